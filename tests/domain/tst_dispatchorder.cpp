#include "base/timeparse.h"
#include "demo/demodata.h"
#include "domain/dispatchorder.h"
#include "domain/dispatchservice.h"
#include "support/bykeys.h"
#include "support/testdb.h"

// The printed dispatch order's data, gathered from a real SQLite file: order, request, car, driver, agency.
class TestDispatchOrder : public QObject
{
    Q_OBJECT

private slots:
    void gathersTheOrderFromEveryRecordItNames()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        Record r;
        r.values = { { QStringLiteral("code"), QStringLiteral("R1") },
            { QStringLiteral("unit_id"), DemoData::idFor(QStringLiteral("units"), QStringLiteral("NT003")) },
            { QStringLiteral("contact"), QStringLiteral("陈科长") },
            { QStringLiteral("phone"), QStringLiteral("13800000001") }, { QStringLiteral("passengers"), 3 },
            { QStringLiteral("start_at"), QStringLiteral("2026-10-08 09:00") },
            { QStringLiteral("end_at"), QStringLiteral("2026-10-08 12:00") },
            { QStringLiteral("origin_name"), QStringLiteral("市公务用车服务中心") },
            { QStringLiteral("dest_name"), QStringLiteral("如皋市政府") },
            { QStringLiteral("dest_lat"), 32.3711 }, { QStringLiteral("dest_lon"), 120.5737 },
            { QStringLiteral("purpose"), QStringLiteral("防汛检查") },
            { QStringLiteral("trip_type"), QStringLiteral("county") }, { QStringLiteral("nav_km"), 96.5 },
            { QStringLiteral("nav_source"), QStringLiteral("osrm") } };
        QVERIFY(service.submit(r, {}).ok);
        QVERIFY(service.approve(QStringLiteral("R1"), {}).ok);
        QString plate;
        for (const Record &v : t.store->records(QStringLiteral("vehicles"))) {
            if (v.value(QStringLiteral("seats")).toInt() == 5
                && v.text(QStringLiteral("status")) == QStringLiteral("active")) {
                plate = v.text(QStringLiteral("plate"));
                break;
            }
        }
        const DispatchResult d
            = ByKeys::dispatch(service, *t.store, QStringLiteral("R1"), plate, QStringLiteral("D002"), {});
        QVERIFY2(d.ok, qPrintable(d.errors.join(QLatin1Char('\n'))));

        DispatchOrder o = DispatchOrder::load(*t.store, QStringLiteral("PR1"));
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.taskCode, QStringLiteral("PR1"));
        QCOMPARE(o.requestCode, QStringLiteral("R1"));
        QCOMPARE(o.unitCode, QStringLiteral("NT003"));
        QVERIFY(!o.unitName.isEmpty());
        QCOMPARE(o.contact, QStringLiteral("陈科长"));
        QCOMPARE(o.phone, QStringLiteral("13800000001"));
        QCOMPARE(o.passengers, 3);
        QCOMPARE(o.startMs, *TimeParse::parseMs(QStringLiteral("2026-10-08 09:00")));
        QCOMPARE(o.endMs, *TimeParse::parseMs(QStringLiteral("2026-10-08 12:00")));
        QCOMPARE(o.originName, QStringLiteral("市公务用车服务中心"));
        QCOMPARE(o.destName, QStringLiteral("如皋市政府"));
        QCOMPARE(o.purpose, QStringLiteral("防汛检查"));
        QCOMPARE(o.tripType, QStringLiteral("county"));
        QVERIFY(!o.tripTypeLabel.isEmpty());
        QCOMPARE(o.plate, plate);
        QCOMPARE(o.seats, 5);
        const Record driver = *t.store->findByKey(QStringLiteral("drivers"), QStringLiteral("D002"));
        QCOMPARE(o.driverCode, QStringLiteral("D002"));
        QCOMPARE(o.driverName, driver.text(QStringLiteral("name")));
        QCOMPARE(o.driverPhone, driver.text(QStringLiteral("phone")));
        QCOMPARE(o.licenceClass, driver.text(QStringLiteral("license_class")));
        QCOMPARE(o.navKm.value_or(-1), 96.5);
        QCOMPARE(o.navSource, QStringLiteral("osrm"));
        // Not yet on the road: nothing about departure or return.
        QVERIFY(!o.departedMs && !o.odometerOut && !o.returnedMs && !o.odometerIn && !o.kmDriven());

        QVERIFY(service
                    .depart(QStringLiteral("R1"), *TimeParse::parseMs(QStringLiteral("2026-10-08 09:05")),
                        52000, {})
                    .ok);
        o = DispatchOrder::load(*t.store, QStringLiteral("PR1"));
        QCOMPARE(o.departedMs.value_or(0), *TimeParse::parseMs(QStringLiteral("2026-10-08 09:05")));
        QCOMPARE(o.odometerOut.value_or(-1), 52000.0);
        QVERIFY(!o.returnedMs && !o.kmDriven());
        QVERIFY(service
                    .returned(QStringLiteral("R1"), *TimeParse::parseMs(QStringLiteral("2026-10-08 11:50")),
                        52201.5, {})
                    .ok);
        o = DispatchOrder::load(*t.store, QStringLiteral("PR1"));
        QCOMPARE(o.returnedMs.value_or(0), *TimeParse::parseMs(QStringLiteral("2026-10-08 11:50")));
        QCOMPARE(o.kmDriven().value_or(-1), 201.5);
    }

    // Orders of the demo data were made without a request: what the order itself holds is still there.
    void anOrderWithoutARequest()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill(nullptr, DemoData::Scope::FleetAndOperations));
        const Record task = t.store->records(QStringLiteral("tasks")).first();
        const DispatchOrder o = DispatchOrder::load(*t.store, task.text(QStringLiteral("code")));
        QVERIFY2(o.ok, qPrintable(o.error));
        QVERIFY(o.requestCode.isEmpty());
        QCOMPARE(o.passengers, 0);
        QVERIFY(!o.plate.isEmpty());
        QVERIFY(!o.driverName.isEmpty());
        QVERIFY(o.navKm.has_value());
    }

    void anUnknownOrderIsSaidSo()
    {
        TestDb t;
        const DispatchOrder o = DispatchOrder::load(*t.store, QStringLiteral("P-NONE"));
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("P-NONE")), qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TestDispatchOrder)
#include "tst_dispatchorder.moc"
