// §5 `fuel_consumption`: a driver's month rate >= 1.15 x his pooled rate over the three months before, with
// >= 100 km in each part; litres spread over drivers by the task km driven between consecutive refuels.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");
const QString kRule = QStringLiteral("fuel_consumption");
const QString kCard = QStringLiteral("C1");

// A task of `km` km (500 m steps every 15 s, 120 km/h) starting at `start`, ending 5 min after its last
// fix; then, when litres >= 0, a full-tank refuel an hour after the task's end.
void trip(Scenario &s, const QString &code, const QString &driver, qint64 start, double km, double litres)
{
    const int steps = int(km * 2.0 + 0.5);
    const qint64 end = start + qint64(steps) * 15 * 1000 + 5 * kMinute;
    s.task(code, kPlate, driver, start, end);
    s.drive(kPlate, start, kBase, 0.0, 500.0, 15, steps);
    if (litres >= 0.0)
        s.refuel(kCard, end + 60 * kMinute, litres);
}

// Vehicle with a card, a first full tank on 1 July, and D1's baseline: 100 km on 8 L in July, August and
// September (8 L/100 km). The window is October.
Scenario withBaseline()
{
    Scenario s;
    s.vehicle(kPlate);
    s.card(kCard, kPlate);
    s.station(QStringLiteral("S1"), kBase);
    s.refuel(kCard, bj(2026, 7, 1, 8), 50.0);
    trip(s, QStringLiteral("J1"), QStringLiteral("D1"), bj(2026, 7, 10, 8), 100, 8.0);
    trip(s, QStringLiteral("A1"), QStringLiteral("D1"), bj(2026, 8, 10, 8), 100, 8.0);
    trip(s, QStringLiteral("S1"), QStringLiteral("D1"), bj(2026, 9, 10, 8), 100, 8.0);
    return s;
}

} // namespace

class TestFuelConsumptionRule : public QObject
{
    Q_OBJECT

private slots:
    void exactlyAtThresholdFires()
    {
        // 9.2 L/100 km against 8: ratio 1.15. This also pins the full-tank direction: the 9.2 L put in
        // after the October trip are what it burnt (the refuel before it put in September's 8 L).
        Scenario s = withBaseline();
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, 9.2);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        const QJsonObject e = found[0].evidence;
        QCOMPARE(found[0].driverCode, QStringLiteral("D1"));
        QCOMPARE(found[0].plate, kPlate);
        QCOMPARE(found[0].startMs, bj(2026, 10, 1));
        QCOMPARE(e.value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));
        QVERIFY(qAbs(e.value(QStringLiteral("litres_per_100km")).toDouble() - 9.2) < 1e-6);
        QVERIFY(qAbs(e.value(QStringLiteral("baseline")).toDouble() - 8.0) < 1e-6);
        QVERIFY(qAbs(e.value(QStringLiteral("km")).toDouble() - 100.0) < 1e-6);
        QVERIFY(qAbs(e.value(QStringLiteral("baseline_km")).toDouble() - 300.0) < 1e-6);
    }

    void belowThresholdIsFine()
    {
        Scenario s = withBaseline();
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, 9.1);
        QVERIFY(s.run(kRule).empty());
    }

    void monthNeedsHundredKm()
    {
        Scenario s = withBaseline();
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 99.5, 20.0);
        QVERIFY(s.run(kRule).empty());
    }

    void baselineNeedsHundredKm()
    {
        // Only September in the baseline: 99.5 km is not enough, 100 km is.
        for (double km : { 99.5, 100.0 }) {
            Scenario s;
            s.vehicle(kPlate);
            s.card(kCard, kPlate);
            s.refuel(kCard, bj(2026, 7, 1, 8), 50.0);
            trip(s, QStringLiteral("S1"), QStringLiteral("D1"), bj(2026, 9, 10, 8), km, 8.0);
            trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, 20.0);
            QCOMPARE(s.run(kRule).size(), std::size_t(km >= 100.0 ? 1 : 0));
        }
    }

    void baselineIsPooled()
    {
        // July 300 km on 18 L, August and September 100 km on 10 L each: pooled 38 L / 500 km = 7.6,
        // while the mean of the monthly rates would be 8.67. October at 8.74 = 1.15 x 7.6 fires only with
        // the pooled rate.
        Scenario s;
        s.vehicle(kPlate);
        s.card(kCard, kPlate);
        s.refuel(kCard, bj(2026, 7, 1, 8), 50.0);
        trip(s, QStringLiteral("J1"), QStringLiteral("D1"), bj(2026, 7, 10, 8), 300, 18.0);
        trip(s, QStringLiteral("A1"), QStringLiteral("D1"), bj(2026, 8, 10, 8), 100, 10.0);
        trip(s, QStringLiteral("S1"), QStringLiteral("D1"), bj(2026, 9, 10, 8), 100, 10.0);
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, 8.74);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(qAbs(found[0].evidence.value(QStringLiteral("baseline")).toDouble() - 7.6) < 1e-6);
    }

    void litresSpreadByKm()
    {
        // One refuel of 32 L after D1 drove 100 km and D2 300 km: D1 gets 8 L (his usual 8/100 km, fine),
        // D2 gets 24 L, i.e. 8/100 km against his usual 6: fires for D2 only. Spread per task or all to
        // the last driver would give other answers.
        Scenario s = withBaseline();
        trip(s, QStringLiteral("J2"), QStringLiteral("D2"), bj(2026, 7, 20, 8), 100, 6.0);
        trip(s, QStringLiteral("A2"), QStringLiteral("D2"), bj(2026, 8, 20, 8), 100, 6.0);
        trip(s, QStringLiteral("S2"), QStringLiteral("D2"), bj(2026, 9, 20, 8), 100, 6.0);
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, -1);
        trip(s, QStringLiteral("O2"), QStringLiteral("D2"), bj(2026, 10, 10, 12), 300, 32.0);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].driverCode, QStringLiteral("D2"));
        QVERIFY(qAbs(found[0].evidence.value(QStringLiteral("litres")).toDouble() - 24.0) < 1e-6);
        QVERIFY(qAbs(found[0].evidence.value(QStringLiteral("km")).toDouble() - 300.0) < 1e-6);
    }

    void wholeMonthOverlappingTheWindow()
    {
        // The window is 20–25 October; the trip on the 10th still counts for October.
        Scenario s = withBaseline();
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, 9.2);
        s.window.fromMs = bj(2026, 10, 20);
        s.window.toMs = bj(2026, 10, 25);
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
        // A window wholly in November judges November, where D1 drove nothing.
        s.window.fromMs = bj(2026, 11, 2);
        s.window.toMs = bj(2026, 11, 3);
        QVERIFY(s.run(kRule).empty());
    }

    void taskKmBelongToTheMonthItStarted()
    {
        // The thirsty 200 km trip starts 30 September 23:55 Beijing and is driven almost all in October:
        // its km and litres are still September's, so October has nothing to judge.
        Scenario s = withBaseline();
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 9, 30, 23, 55), 200, 40.0);
        QVERIFY(s.run(kRule).empty());
    }

    void kmAfterTheLastRefuelCountNowhere()
    {
        // A second October trip with no refuel after it: its litres are unknown, so its km must not dilute
        // October's rate (9.2 L over 200 km would be 4.6).
        Scenario s = withBaseline();
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, 9.2);
        trip(s, QStringLiteral("O2"), QStringLiteral("D1"), bj(2026, 10, 20, 8), 100, -1);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(qAbs(found[0].evidence.value(QStringLiteral("km")).toDouble() - 100.0) < 1e-6);
    }

    void kmAfterTheLastRefuelWithinATaskCountNowhere()
    {
        // The last refuel happens halfway through a 200 km October task (a stop at the station): the
        // 100 km before it burnt its 9.2 L, the 100 km after it have no known litres.
        Scenario s = withBaseline();
        const qint64 start = bj(2026, 10, 10, 8);
        s.task(QStringLiteral("O1"), kPlate, QStringLiteral("D1"), start, start + 120 * kMinute);
        const geo::LatLon half = s.drive(kPlate, start, kBase, 0.0, 500.0, 15, 200);
        s.refuel(kCard, start + 55 * kMinute, 9.2);
        s.drive(kPlate, start + 60 * kMinute, half, 0.0, 500.0, 15, 200);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(qAbs(found[0].evidence.value(QStringLiteral("km")).toDouble() - 100.0) < 1e-6);
    }

    void kmBeforeTheFirstRefuelCountNowhere()
    {
        // Without the 1 July full tank, July's 8 L cannot be tied to July's km: the baseline is August and
        // September only (200 km), still enough, and October still fires.
        Scenario s = withBaseline();
        s.data.refuels.erase(s.data.refuels.begin());
        trip(s, QStringLiteral("O1"), QStringLiteral("D1"), bj(2026, 10, 10, 8), 100, 9.2);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(qAbs(found[0].evidence.value(QStringLiteral("baseline_km")).toDouble() - 200.0) < 1e-6);
    }
};

QTEST_APPLESS_MAIN(TestFuelConsumptionRule)
#include "tst_fuelconsumptionrule.moc"
