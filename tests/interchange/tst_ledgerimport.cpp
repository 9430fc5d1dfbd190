#include "demo/demodata.h"
#include "interchange/recordexporter.h"
#include "interchange/recordimporter.h"
#include "support/testdb.h"

// Tasks, refuels, violations and maintenance: references by natural key, times in any §6 form, composite
// keys.
class TestLedgerImport : public QObject
{
    Q_OBJECT

    ImportOutcome run(TestDb &t, const QString &kind, const QByteArray &bytes)
    {
        t.write(kind + QStringLiteral(".csv"), bytes);
        RecordImporter importer(*t.store);
        return importer.importFile(kind, t.file(kind + QStringLiteral(".csv")), QStringLiteral("test"));
    }

private slots:
    void goodFilesAndReimport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rows");
        QTest::newRow("tasks")
            << QStringLiteral("tasks")
            << QByteArray("task_code,plate,driver_code,start,end,dest_name,dest_lat,dest_lon,nav_km,purpose\n"
                          "T1,苏FA1000,D001,2026-10-08 "
                          "09:00,2026-10-08T11:00:00+08:00,如皋市政府,32.3711,120.5737,96.5,会议\n"
                          "T2,苏F·A1037,D002,2026-10-08T01:00:00Z,2026-10-08 12:00,,32.0,120.9,10,\n")
            << 2;
        QTest::newRow("refuels") << QStringLiteral("refuels")
                                 << QByteArray("card_no,time,station_code,litres,amount_yuan\n"
                                               "1000113206000001,2026-10-08 12:00,S01,40.5,310.25\n"
                                               "1000113206000001,2026-10-09 12:00,S02,38,\n")
                                 << 2;
        QTest::newRow("violations") << QStringLiteral("violations")
                                    << QByteArray("plate,time,code,description,driver_code\n"
                                                  "苏F·A1000,2026-10-08 08:00,1352,超速20%以下,D001\n"
                                                  "苏F·A1000,2026-10-21 08:00,1039,违停,\n")
                                    << 2;
        QTest::newRow("maintenance") << QStringLiteral("maintenance")
                                     << QByteArray(
                                            "plate,date,shop,items,cost_yuan,odometer_km\n"
                                            "苏F·A1000,2026-10-08,南通市定点维修厂,更换机油,480,52013\n")
                                     << 1;
    }
    void goodFilesAndReimport()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(int, rows);
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const int before = t.store->count(kind);
        const ImportOutcome first = run(t, kind, bytes);
        QVERIFY2(first.ok, qPrintable(first.errors.value(0).toString()));
        QCOMPARE(t.store->count(kind), before + rows);
        const ImportOutcome again = run(t, kind, bytes);
        QVERIFY(again.ok);
        QCOMPARE(again.changed, 0);
        QCOMPARE(t.store->count(kind), before + rows);
    }

    void timesAreStoredInUtcAndExportedInBeijingTime()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        QVERIFY(run(t, QStringLiteral("tasks"),
            "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km\n"
            "T1,苏F·A1000,D001,2026-10-08 09:00,2026-10-08 11:30:15.5,32.3,120.6,20\n")
                    .ok);
        const Record task = *t.store->findByKey(QStringLiteral("tasks"), QStringLiteral("T1"));
        QCOMPARE(task.text(QStringLiteral("start_at")), QStringLiteral("2026-10-08T01:00:00.000Z"));
        RecordExporter exporter(*t.store);
        const QList<QStringList> table = exporter.table(QStringLiteral("tasks"));
        QCOMPARE(table.at(1).at(table.first().indexOf(QStringLiteral("start"))),
            QStringLiteral("2026-10-08T09:00:00+08:00"));
        QCOMPARE(table.at(1).at(table.first().indexOf(QStringLiteral("end"))),
            QStringLiteral("2026-10-08T11:30:15.500+08:00"));
        QCOMPARE(table.at(1).at(table.first().indexOf(QStringLiteral("plate"))), QStringLiteral("苏F·A1000"));
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("column");
        QTest::newRow("task end before start")
            << QStringLiteral("tasks")
            << QByteArray("task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km\n"
                          "T1,苏F·A1000,D001,2026-10-08 11:00,2026-10-08 09:00,32,120,5\n")
            << 5;
        QTest::newRow("unknown driver")
            << QStringLiteral("tasks")
            << QByteArray("task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km\n"
                          "T1,苏F·A1000,D999,2026-10-08 09:00,2026-10-08 11:00,32,120,5\n")
            << 3;
        QTest::newRow("task time") << QStringLiteral("tasks")
                                   << QByteArray(
                                          "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km\n"
                                          "T1,苏F·A1000,D001,tomorrow,2026-10-08 11:00,32,120,5\n")
                                   << 4;
        QTest::newRow("unknown card")
            << QStringLiteral("refuels")
            << QByteArray("card_no,time,station_code,litres\n9999,2026-10-08 12:00,S01,40\n") << 1;
        QTest::newRow("unknown station")
            << QStringLiteral("refuels")
            << QByteArray("card_no,time,station_code,litres\n1000113206000001,2026-10-08 12:00,S99,40\n")
            << 3;
        QTest::newRow("no litres")
            << QStringLiteral("refuels")
            << QByteArray("card_no,time,station_code,litres\n1000113206000001,2026-10-08 12:00,S01,0\n") << 4;
        QTest::newRow("repeated card and time")
            << QStringLiteral("refuels")
            << QByteArray("card_no,time,station_code,litres\n"
                          "1000113206000001,2026-10-08 12:00,S01,40\n"
                          "1000113206000001,2026-10-08T04:00:00Z,S02,30\n")
            << 1;
        QTest::newRow("maintenance date")
            << QStringLiteral("maintenance")
            << QByteArray("plate,date,shop,items,cost_yuan\n苏F·A1000,2026/10/08,厂,机油,10\n") << 2;
    }
    void badRows()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(int, column);
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const int before = t.store->count(kind);
        const ImportOutcome o = run(t, kind, bytes);
        QVERIFY(!o.ok);
        const ImportError e = o.errors.first();
        QCOMPARE(e.line, kind == QStringLiteral("refuels") && bytes.count('\n') == 3 ? 3 : 2);
        QCOMPARE(e.column, column);
        QCOMPARE(t.store->count(kind), before);
    }
};

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "tst_ledgerimport.moc"
