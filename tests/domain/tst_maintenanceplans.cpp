// Maintenance plans fall due by distance and by time, whichever first; the due day and the due km are due,
// past them overdue. Cases computed by hand.
#include "domain/maintenanceplans.h"
#include "store/recordkinds.h"
#include "support/booksample.h"

class TestMaintenancePlans : public QObject
{
    Q_OBJECT

    static PlanFacts servicing(std::optional<double> everyKm, std::optional<int> everyMonths)
    {
        PlanFacts p;
        p.plate = QStringLiteral("苏F·A0001");
        p.item = PlanItem::Servicing;
        p.everyKm = everyKm;
        p.everyMonths = everyMonths;
        p.lastDate = QDate(2026, 5, 1);
        p.lastKm = 50000;
        return p;
    }

private slots:
    void byKm_data()
    {
        QTest::addColumn<double>("odometer");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("kmLeft");
        // Every 5 000 km from 50 000: due at 55 000, shown from 54 000 (lead 1 000 km).
        QTest::newRow("well before") << 53999.0 << int(PlanStatus::NotDue) << 1001.0;
        QTest::newRow("lead reached") << 54000.0 << int(PlanStatus::Due) << 1000.0;
        QTest::newRow("at the due km") << 55000.0 << int(PlanStatus::Due) << 0.0;
        QTest::newRow("past it") << 55000.5 << int(PlanStatus::Overdue) << -0.5;
    }
    void byKm()
    {
        QFETCH(double, odometer);
        QFETCH(int, state);
        QFETCH(double, kmLeft);
        const PlanStatus s = MaintenancePlans::evaluate(
            servicing(5000, std::nullopt), QDate(2026, 6, 1), odometer, MaintenancePlans::Lead { 30, 1000 });
        QCOMPARE(int(s.state), state);
        QCOMPARE(*s.dueKm, 55000.0);
        QCOMPARE(*s.kmLeft, kmLeft);
        QVERIFY(!s.dueDate);
    }

    void byDate_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("daysLeft");
        // Every 6 months from 1 May 2026: due 1 November 2026, shown from 2 October (lead 30 days).
        QTest::newRow("31 days before") << QDate(2026, 10, 1) << int(PlanStatus::NotDue) << 31;
        QTest::newRow("30 days before") << QDate(2026, 10, 2) << int(PlanStatus::Due) << 30;
        QTest::newRow("on the day") << QDate(2026, 11, 1) << int(PlanStatus::Due) << 0;
        QTest::newRow("the day after") << QDate(2026, 11, 2) << int(PlanStatus::Overdue) << -1;
    }
    void byDate()
    {
        QFETCH(QDate, today);
        QFETCH(int, state);
        QFETCH(int, daysLeft);
        const PlanStatus s = MaintenancePlans::evaluate(
            servicing(std::nullopt, 6), today, std::nullopt, MaintenancePlans::Lead { 30, 1000 });
        QCOMPARE(int(s.state), state);
        QCOMPARE(*s.dueDate, QDate(2026, 11, 1));
        QCOMPARE(int(*s.daysLeft), daysLeft);
    }

    void whicheverComesFirst()
    {
        const MaintenancePlans::Lead lead { 30, 1000 };
        // Date far off, km past: overdue. Km far off, date past: overdue.
        QCOMPARE(MaintenancePlans::evaluate(servicing(5000, 6), QDate(2026, 6, 1), 55100, lead).state,
            PlanStatus::Overdue);
        QCOMPARE(MaintenancePlans::evaluate(servicing(5000, 6), QDate(2026, 11, 2), 50100, lead).state,
            PlanStatus::Overdue);
        // No odometer and a km-only plan: nothing to count from.
        QCOMPARE(
            MaintenancePlans::evaluate(servicing(5000, std::nullopt), QDate(2026, 6, 1), std::nullopt, lead)
                .state,
            PlanStatus::Unknown);
    }

    void loadTakesTheHighestOdometerOfAnyRecord()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        QVERIFY(booksample::import(t, Kind::Plans,
            "plate,item,every_km,every_months,last_date,last_km\n"
            "苏F·A0001,servicing,5000,,,50000\n"
            "苏F·A0001,inspection,,12,2025-11-20,\n"
            "苏F·A0002,insurance,,12,2026-03-01,\n"
            "苏F·B0001,servicing,10000,,,20000\n"));
        // A0001: a return at 54 100 km, a refuel at 54 300 km (its newest reading), a repair at 53 000.
        QVERIFY(booksample::import(t, Kind::Tasks,
            "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km,odometer_out,odometer_in\n"
            "T1,苏F·A0001,D1,2026-10-02 08:00,2026-10-02 09:00,32.1,120.9,20,54080,54100\n"));
        QVERIFY(booksample::import(t, Kind::Refuels,
            "card_no,time,station_code,litres,odometer_km\nC2,2026-10-03 08:00,S1,30,54300\n"));
        QVERIFY(booksample::import(t, Kind::Maintenance,
            "plate,date,shop,items,cost_yuan,odometer_km\n苏F·A0001,2026-09-01,某厂,机油,300,53000\n"));
        const QList<PlanStatus> all
            = MaintenancePlans::load(*t.store, QDate(2026, 11, 1), MaintenancePlans::Lead { 30, 1000 });
        QCOMPARE(all.size(), 4);
        // Worst first: A0001's inspection (due 20 Nov 2026, 19 days ahead) and servicing (700 km left) are
        // due; A0002's insurance is not; B0001 has no odometer reading at all.
        QCOMPARE(all[0].state, PlanStatus::Due);
        QCOMPARE(all[0].plan.item, PlanItem::Inspection);
        QCOMPARE(*all[0].daysLeft, qint64(19));
        QCOMPARE(all[1].plan.item, PlanItem::Servicing);
        QCOMPARE(*all[1].odometerKm, 54300.0);
        QCOMPARE(*all[1].kmLeft, 700.0);
        QCOMPARE(all[2].plan.plate, QStringLiteral("苏F·A0002"));
        QCOMPARE(all[2].state, PlanStatus::NotDue);
        QCOMPARE(all[3].plan.plate, QStringLiteral("苏F·B0001"));
        QCOMPARE(all[3].state, PlanStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestMaintenancePlans)
#include "tst_maintenanceplans.moc"
