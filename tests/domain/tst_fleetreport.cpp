// The Reports page's figures on FleetSample (tests/support/fleetsample.h), each added up by hand there:
// per month, per agency (the car's) and per category, the totals, utilisation and idle cars, and the
// findings with their evidence. October and November 2026.
#include "base/appsettings.h"
#include "domain/fleetreport.h"
#include "domain/supervisionservice.h"
#include "support/fleetsample.h"
#include "support/testdb.h"

#include <QTest>

namespace {
bool near(double a, double b)
{
    return qAbs(a - b) < 0.01;
}
} // namespace

class TestFleetReport : public QObject
{
    Q_OBJECT

    TestDb m_db;
    FleetSample m_fleet;
    const qint64 m_from = FleetSample::ms("2026-10-01T00:00:00+08:00");
    const qint64 m_to = FleetSample::ms("2026-12-01T00:00:00+08:00");

private slots:
    void initTestCase() { QCOMPARE(m_fleet.fill(*m_db.store), QString()); }

    void workingDaysAreMondayToFriday()
    {
        const WorkCalendar plain;
        // October 2026 begins on a Thursday: 4 full weeks (20) + Thu 29, Fri 30 = 22. November begins on a
        // Sunday: 4 full weeks (20) + Mon 30 = 21.
        QCOMPARE(FleetReport::workingDays(m_from, FleetSample::ms("2026-11-01T00:00:00+08:00"), plain), 22);
        QCOMPARE(FleetReport::workingDays(m_from, m_to, plain), 43);
        // A weekend alone has none; a Monday alone has one.
        QCOMPARE(FleetReport::workingDays(FleetSample::ms("2026-10-03T00:00:00+08:00"),
                     FleetSample::ms("2026-10-05T00:00:00+08:00"), plain),
            0);
        QCOMPARE(FleetReport::workingDays(FleetSample::ms("2026-10-05T00:00:00+08:00"),
                     FleetSample::ms("2026-10-06T00:00:00+08:00"), plain),
            1);
    }

    // The calendar supervision counts deadlines with (the settings' holidays and make-up days) is the one
    // utilisation is counted over. National Day 2026 by hand: 1–8 October off (six weekdays: Thu 1, Fri 2,
    // Mon 5 … Thu 8), Saturday 10 October worked instead. October: 22 − 6 + 1 = 17 working days; with
    // November's 21, 38. Car A's 4 h over 38 days; the fleet's 8 h over 3 cars and 38 days.
    void utilisationCountsTheSettingsHolidays()
    {
        TestDb t;
        AppSettings settings(t.file(QStringLiteral("settings.ini")));
        QStringList holidays;
        for (int day = 1; day <= 8; ++day)
            holidays << QStringLiteral("2026-10-%1").arg(day, 2, 10, QLatin1Char('0'));
        settings.setHolidays(holidays);
        settings.setExtraWorkdays({ QStringLiteral("2026-10-10") });
        const WorkCalendar calendar = settings.workCalendar();
        QCOMPARE(
            FleetReport::workingDays(m_from, FleetSample::ms("2026-11-01T00:00:00+08:00"), calendar), 17);
        // Supervision counts with the same calendar: issued Wednesday 30 September with 1 day, due Friday 9.
        QCOMPARE(SupervisionSettings::from(settings).calendar.addWorkingDays(QDate(2026, 9, 30), 1),
            QDate(2026, 10, 9));
        const FleetReport::Data r = FleetReport::compute(*m_db.store, m_from, m_to, calendar);
        QCOMPARE(r.workingDays, 38);
        QVERIFY(near(r.cars[0].hoursPerWorkingDay, 4.0 / 38));
        QVERIFY(qAbs(r.fleetHoursPerCarPerDay - 8.0 / 3 / 38) < 1e-9);
    }

    void perMonth()
    {
        const FleetReport::Data r = FleetReport::compute(*m_db.store, m_from, m_to, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.byMonth.size(), std::size_t(2));
        const FleetReport::Row &oct = r.byMonth[0];
        QCOMPARE(oct.label, QStringLiteral("2026-10"));
        QCOMPARE(oct.trips, 3); // T1, T2, T4
        QCOMPARE(oct.navKm, 110.0);
        QVERIFY(near(oct.trackedKm, 100.0)); // T4 has no track
        QCOMPARE(oct.litres, 59.0);
        QCOMPARE(oct.fuelYuan, 472.0);
        QCOMPARE(oct.repairYuan, 800.0);
        QCOMPARE(oct.costYuan(), 1272.0);
        QCOMPARE(oct.findings, 1);
        const FleetReport::Row &nov = r.byMonth[1];
        QCOMPARE(nov.trips, 1);
        QCOMPARE(nov.navKm, 25.0);
        QVERIFY(near(nov.trackedKm, 30.0));
        QCOMPARE(nov.litres, 3.0);
        QCOMPARE(nov.costYuan(), 24.0);
        QCOMPARE(nov.findings, 0);
        QCOMPARE(r.total.trips, 4);
        QCOMPARE(r.total.costYuan(), 1296.0);
    }

    void perAgencyAndCategoryAddUpToTheSameTotals()
    {
        const FleetReport::Data r = FleetReport::compute(*m_db.store, m_from, m_to, {});
        QCOMPARE(r.byAgency.size(), std::size_t(2));
        const FleetReport::Row &u1 = r.byAgency[0];
        QCOMPARE(u1.key, QStringLiteral("U1"));
        QCOMPARE(u1.label, QStringLiteral("市政府办公室"));
        QCOMPARE(u1.trips, 3);
        QCOMPARE(u1.navKm, 115.0);
        QVERIFY(near(u1.trackedKm, 130.0));
        QCOMPARE(u1.litres, 62.0);
        QCOMPARE(u1.costYuan(), 1296.0);
        QCOMPARE(u1.findings, 1);
        const FleetReport::Row &u2 = r.byAgency[1];
        QCOMPARE(u2.trips, 1);
        QCOMPARE(u2.navKm, 20.0);
        QCOMPARE(u2.trackedKm, 0.0);
        QCOMPARE(u2.costYuan(), 0.0);

        // Categories: every one has a row; emergency has nothing.
        QCOMPARE(r.byCategory.size(), std::size_t(3));
        for (const FleetReport::Row &c : r.byCategory) {
            if (c.key == QStringLiteral("general")) {
                QCOMPARE(c.trips, 3);
                QCOMPARE(c.litres, 62.0);
            } else if (c.key == QStringLiteral("enforcement")) {
                QCOMPARE(c.trips, 1);
                QCOMPARE(c.navKm, 20.0);
            } else {
                QCOMPARE(c.trips, 0);
                QCOMPARE(c.costYuan(), 0.0);
            }
        }
    }

    void utilisationAndIdleCars()
    {
        const FleetReport::Data r = FleetReport::compute(*m_db.store, m_from, m_to, {});
        QCOMPARE(r.workingDays, 43);
        QCOMPARE(r.cars.size(), std::size_t(3));
        // A: T1 2 h + T2 1 h + T3 1 h = 4 h; B: T4 4 h; C: never booked.
        QCOMPARE(r.cars[0].bookedHours, 4.0);
        QCOMPARE(r.cars[1].bookedHours, 4.0);
        QVERIFY(near(r.cars[0].hoursPerWorkingDay, 4.0 / 43));
        QCOMPARE(r.cars[2].plate, QStringLiteral("苏F·C0003"));
        QVERIFY(r.cars[2].idle());
        QCOMPARE(r.cars[2].lastTripDay, QString());
        QVERIFY(!r.cars[0].idle());
        // The fleet: 8 h over 3 cars and 43 days.
        QVERIFY(qAbs(r.fleetHoursPerCarPerDay - 8.0 / 3 / 43) < 1e-9);
        // November alone: A's T3 (1 h) over 21 days; B idle in November, last trip in October.
        const FleetReport::Data nov
            = FleetReport::compute(*m_db.store, FleetSample::ms("2026-11-01T00:00:00+08:00"), m_to, {});
        for (const FleetReport::CarUse &c : nov.cars) {
            if (c.plate == QStringLiteral("苏F·B0002")) {
                QVERIFY(c.idle());
                QCOMPARE(c.lastTripDay, QStringLiteral("2026-10-20"));
            }
        }
    }

    void tablesCarryTheFiguresAndATotalRow()
    {
        const FleetReport::Data r = FleetReport::compute(*m_db.store, m_from, m_to, {});
        const TextTable months = FleetReport::table(r, FleetReport::Grouping::Month);
        QCOMPARE(months.rows.size(), 3);
        QCOMPARE(months.rows[2][7], QStringLiteral("1296.00"));
        const TextTable use = FleetReport::utilisationTable(r);
        QCOMPARE(use.rows.size(), 3);
        QCOMPARE(use.rows[2][7], QStringLiteral("idle"));
    }

    void findingsWithTheirEvidence()
    {
        const TextTable t = FleetReport::findingsTable(*m_db.store, m_from, m_to);
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows[0][3], QStringLiteral("苏F·A0001"));
        QCOMPARE(t.rows[0][5], QStringLiteral("T1"));
        QVERIFY2(t.rows[0][11].contains(QStringLiteral("\"tracked_km\":60")), qPrintable(t.rows[0][11]));
        QVERIFY(!t.rows[0][10].isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleetReport)
#include "tst_fleetreport.moc"
