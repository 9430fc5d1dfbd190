// The fill-to-fill reading shared by the fuel_consumption rule and the refuel ledger, on cases computed by
// hand: the litres of a refuel over the task km tracked since the refuel before it.
#include "checks/filltofill.h"
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");

// A task driving `km` km north (500 m every 15 s) from `start`.
void trip(Scenario &s, const QString &code, qint64 start, double km)
{
    const int steps = int(km * 2.0 + 0.5);
    s.task(code, kPlate, QStringLiteral("D1"), start, start + qint64(steps) * 15 * 1000 + 5 * kMinute);
    s.drive(kPlate, start, kBase, 0.0, 500.0, 15, steps);
}

checks::FillToFill read(const Scenario &s)
{
    const checks::CheckContext context(s.data, s.tracks, s.window, s.thresholds);
    checks::VehicleTrack track(s.tracks, kPlate, context.jumpOptions());
    return checks::readFillToFill(
        context, track, std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2);
}

} // namespace

class TestFillToFill : public QObject
{
    Q_OBJECT

private slots:
    void litresOverKmSinceThePreviousFill()
    {
        Scenario s;
        s.vehicle(kPlate);
        s.card(QStringLiteral("C1"), kPlate);
        s.card(QStringLiteral("C2"), kPlate); // a second card of the same car: one series of fills
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 1, 7), 45.0);
        trip(s, QStringLiteral("T1"), bj(2026, 10, 2, 8), 100.0);
        trip(s, QStringLiteral("T2"), bj(2026, 10, 3, 8), 50.0);
        s.refuel(QStringLiteral("C2"), bj(2026, 10, 4, 7), 12.0); // 12 L over 150 km: 8 L/100 km
        trip(s, QStringLiteral("T3"), bj(2026, 10, 5, 8), 40.0);
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 6, 7), 3.8); // 3.8 L over 40 km: 9.5 L/100 km
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 6, 9), 1.0); // no km since: no reading
        const checks::FillToFill f = read(s);
        QCOMPARE(f.refuels.size(), std::size_t(4));
        QVERIFY(!f.litresPer100Km(0)); // the first fill: nothing before it
        QVERIFY(qAbs(*f.kmSincePrevious(1) - 150.0) < 1e-6);
        QVERIFY(qAbs(*f.litresPer100Km(1) - 8.0) < 1e-6);
        QVERIFY(qAbs(*f.kmSincePrevious(2) - 40.0) < 1e-6);
        QVERIFY(qAbs(*f.litresPer100Km(2) - 9.5) < 1e-6);
        QCOMPARE(*f.kmSincePrevious(3), 0.0);
        QVERIFY(!f.litresPer100Km(3));
    }

    void kmOutsideTasksAndBeforeTheFirstFillCountNowhere()
    {
        Scenario s;
        s.vehicle(kPlate);
        s.card(QStringLiteral("C1"), kPlate);
        trip(s, QStringLiteral("T0"), bj(2026, 9, 30, 8), 30.0); // before the first fill
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 1, 7), 45.0);
        trip(s, QStringLiteral("T1"), bj(2026, 10, 2, 8), 60.0);
        // Driving with no task (a private trip) is not task km.
        s.drive(kPlate, bj(2026, 10, 2, 20), kBase, 90.0, 500.0, 15, 40);
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 4, 7), 6.3); // 6.3 L over 60 km: 10.5 L/100 km
        const checks::FillToFill f = read(s);
        QVERIFY(qAbs(*f.kmSincePrevious(1) - 60.0) < 1e-6);
        QVERIFY(qAbs(*f.litresPer100Km(1) - 10.5) < 1e-6);
    }

    void aTaskAcrossAFillIsSplitAtIt()
    {
        Scenario s;
        s.vehicle(kPlate);
        s.card(QStringLiteral("C1"), kPlate);
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 1, 7), 45.0);
        trip(s, QStringLiteral("T1"), bj(2026, 10, 2, 8), 100.0); // 200 steps of 15 s: 8:00 to 8:50
        // Refuel at 8:25 (after step 100 = 50 km); the rest of the trip belongs to the next interval.
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 2, 8, 25), 4.0);
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 3, 7), 5.0);
        const checks::FillToFill f = read(s);
        QVERIFY(qAbs(*f.kmSincePrevious(1) - 50.0) < 1e-6);
        QVERIFY(qAbs(*f.litresPer100Km(1) - 8.0) < 1e-6);
        QVERIFY(qAbs(*f.litresPer100Km(2) - 10.0) < 1e-6);
    }

    // The car's file reads a fill as one value: whether a fill came before, the km since, the litres.
    void oneReadingPerFill()
    {
        Scenario s;
        s.vehicle(kPlate);
        s.card(QStringLiteral("C1"), kPlate);
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 1, 7), 30.0);
        trip(s, QStringLiteral("T1"), bj(2026, 10, 2, 8), 60.0);
        trip(s, QStringLiteral("T2"), bj(2026, 10, 2, 14), 40.0);
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 3, 7), 9.0); // 9 L over 100 km
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 3, 9), 5.0); // no km since
        const checks::FillToFill f = read(s);
        QVERIFY(!f.reading(0).hasPrevious);
        QVERIFY(!f.reading(0).hasRate());
        const checks::FillReading second = f.reading(1);
        QVERIFY(second.hasPrevious);
        QVERIFY(qAbs(second.km - 100.0) < 1e-6);
        QCOMPARE(second.litres, 9.0);
        QVERIFY(qAbs(second.litresPer100Km() - 9.0) < 1e-6);
        QVERIFY(f.reading(2).hasPrevious);
        QVERIFY(!f.reading(2).hasRate());
        QCOMPARE(f.reading(2).litresPer100Km(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFillToFill)
#include "tst_filltofill.moc"
