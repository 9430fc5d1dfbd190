// The car's file and the driver's on FleetSample (tests/support/fleetsample.h), every figure added up by hand
// there: trips with tracked and navigation km, fill-to-fill litres per 100 km and each trip's share, repairs,
// violations with the driver at that time, findings, month and year totals.
#include "domain/vehiclefile.h"
#include "support/fleetsample.h"
#include "support/testdb.h"

#include <QTest>

namespace {
constexpr double kEps = 0.01;
bool near(double a, double b)
{
    return qAbs(a - b) < kEps;
}
} // namespace

class TestVehicleFile : public QObject
{
    Q_OBJECT

    TestDb m_db;
    FleetSample m_fleet;
    const qint64 m_from = FleetSample::ms("2026-10-01T00:00:00+08:00");
    const qint64 m_to = FleetSample::ms("2026-12-01T00:00:00+08:00");

private slots:
    void initTestCase() { QCOMPARE(m_fleet.fill(*m_db.store), QString()); }

    void vehicleTripsCarTrackedAndNavigationKm()
    {
        const VehicleFile::Data f = VehicleFile::vehicle(*m_db.store, m_fleet.a, m_from, m_to);
        QVERIFY2(f.ok(), qPrintable(f.error));
        QCOMPARE(f.title, QStringLiteral("苏F·A0001"));
        QCOMPARE(f.trips.size(), std::size_t(3));
        QCOMPARE(f.trips[0].code, QStringLiteral("T1"));
        QCOMPARE(f.trips[0].driverCode, QStringLiteral("D1"));
        QCOMPARE(f.trips[0].navKm, 50.0);
        QVERIFY2(near(f.trips[0].trackedKm, 60.0), qPrintable(QString::number(f.trips[0].trackedKm)));
        QCOMPARE(f.trips[0].fixCount, 121);
        QVERIFY(near(f.trips[1].trackedKm, 40.0));
        QVERIFY(near(f.trips[2].trackedKm, 30.0));
        QCOMPARE(f.tracks.size(), std::size_t(3));
        // The record and its history (one insert).
        QCOMPARE(f.record.text(QStringLiteral("plate")), QStringLiteral("苏F·A0001"));
        QCOMPARE(f.history.size(), 1);
    }

    void refuelsReadFillToFill()
    {
        const VehicleFile::Data f = VehicleFile::vehicle(*m_db.store, m_fleet.a, m_from, m_to);
        QCOMPARE(f.fills.size(), std::size_t(3));
        QVERIFY(!f.fills[0].reading.hasRate()); // the first fill known: nothing before it
        QVERIFY(near(f.fills[1].reading.km, 100.0));
        QVERIFY(near(f.fills[1].reading.litresPer100Km(), 9.0));
        QVERIFY(near(f.fills[2].reading.km, 30.0));
        QVERIFY(near(f.fills[2].reading.litresPer100Km(), 10.0));
        // The 9 L (72 元) are shared 60 : 40 by T1 and T2; T3 burnt the 3 L (24 元).
        QVERIFY(near(f.trips[0].litres, 5.4));
        QVERIFY(near(f.trips[0].fuelYuan, 43.2));
        QVERIFY(near(f.trips[1].litres, 3.6));
        QVERIFY(near(f.trips[2].litres, 3.0));
        QVERIFY(near(f.trips[2].fuelYuan, 24.0));
    }

    void violationsNameTheDriverAtThatTime()
    {
        const VehicleFile::Data f = VehicleFile::vehicle(*m_db.store, m_fleet.a, m_from, m_to);
        QCOMPARE(f.violations.size(), std::size_t(2));
        QCOMPARE(f.violations[0].driverCode, QStringLiteral("D1")); // from T1, which was on the road
        QVERIFY(f.violations[0].driverFromTrip);
        QCOMPARE(f.violations[1].driverCode, QStringLiteral("D2")); // recorded with it
        QVERIFY(!f.violations[1].driverFromTrip);
        QCOMPARE(f.repairs.size(), std::size_t(1));
        QCOMPARE(f.repairs[0].costYuan, 800.0);
        QCOMPARE(f.findings.size(), std::size_t(1));
        QCOMPARE(f.findings[0].taskCode, QStringLiteral("T1"));
    }

    void monthAndYearTotals()
    {
        const VehicleFile::Data f = VehicleFile::vehicle(*m_db.store, m_fleet.a, m_from, m_to);
        QCOMPARE(f.months.size(), std::size_t(2));
        const VehicleFile::Totals &oct = f.months[0];
        QCOMPARE(oct.label, QStringLiteral("2026-10"));
        QCOMPARE(oct.trips, 2);
        QCOMPARE(oct.navKm, 90.0);
        QVERIFY(near(oct.trackedKm, 100.0));
        QCOMPARE(oct.litres, 59.0); // the fills bought in October: 50 + 9
        QCOMPARE(oct.fuelYuan, 472.0);
        QCOMPARE(oct.repairYuan, 800.0);
        QCOMPARE(oct.costYuan(), 1272.0);
        QCOMPARE(oct.violations, 1);
        QCOMPARE(oct.findings, 1);
        const VehicleFile::Totals &nov = f.months[1];
        QCOMPARE(nov.trips, 1);
        QCOMPARE(nov.litres, 3.0);
        QCOMPARE(nov.violations, 1);
        QCOMPARE(nov.findings, 0);
        QCOMPARE(f.years.size(), std::size_t(1));
        QCOMPARE(f.years[0].label, QStringLiteral("2026"));
        QCOMPARE(f.years[0].trips, 3);
        QCOMPARE(f.years[0].navKm, 115.0);
        QVERIFY(near(f.years[0].trackedKm, 130.0));
        QCOMPARE(f.years[0].costYuan(), 1296.0);
    }

    void aShorterPeriodHoldsOnlyItsOwn()
    {
        const VehicleFile::Data f = VehicleFile::vehicle(
            *m_db.store, m_fleet.a, FleetSample::ms("2026-11-01T00:00:00+08:00"), m_to);
        QCOMPARE(f.trips.size(), std::size_t(1));
        QCOMPARE(f.fills.size(), std::size_t(1));
        QVERIFY(near(f.fills[0].reading.litresPer100Km(), 10.0)); // still measured from October's fill
        QCOMPARE(f.repairs.size(), std::size_t(0));
        QCOMPARE(f.violations.size(), std::size_t(1));
        QCOMPARE(f.findings.size(), std::size_t(0));
    }

    void driversFile()
    {
        const VehicleFile::Data f = VehicleFile::driver(*m_db.store, m_fleet.d1, m_from, m_to);
        QVERIFY2(f.ok(), qPrintable(f.error));
        QCOMPARE(f.title, QStringLiteral("王建国 (D1)"));
        QCOMPARE(f.trips.size(), std::size_t(2));
        QCOMPARE(f.trips[0].code, QStringLiteral("T1"));
        QCOMPARE(f.trips[1].code, QStringLiteral("T3"));
        QCOMPARE(f.violations.size(), std::size_t(1)); // the one on T1, none recorded with his name
        QCOMPARE(f.violations[0].plate, QStringLiteral("苏F·A0001"));
        QCOMPARE(f.findings.size(), std::size_t(1));
        QVERIFY(f.fills.empty());
        // His litres are his trips' shares, in the month each trip started.
        QVERIFY(near(f.months[0].litres, 5.4));
        QVERIFY(near(f.months[1].litres, 3.0));
        QVERIFY(near(f.years[0].fuelYuan, 67.2));
        QVERIFY(near(f.years[0].trackedKm, 90.0));

        const VehicleFile::Data g = VehicleFile::driver(*m_db.store, m_fleet.d2, m_from, m_to);
        QCOMPARE(g.trips.size(), std::size_t(2)); // T2 in car A, T4 in car B
        QCOMPARE(g.trips[1].fixCount, 0);
        QCOMPARE(g.violations.size(), std::size_t(1));
        QCOMPARE(g.violations[0].code, QStringLiteral("1002"));
        QCOMPARE(g.findings.size(), std::size_t(0));
    }

    void unknownIdSaysSo()
    {
        const VehicleFile::Data f = VehicleFile::vehicle(*m_db.store, QStringLiteral("nope"), m_from, m_to);
        QVERIFY(!f.ok());
        QVERIFY(f.error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestVehicleFile)
#include "tst_vehiclefile.moc"
