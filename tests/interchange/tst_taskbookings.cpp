// A tasks file is held to the same booking rules as the dispatch board: a car or a driver booked twice at
// once, within the file or against an order already stored, refuses the whole file, naming both orders.
#include "demo/demodata.h"
#include "interchange/recordimporter.h"
#include "support/testdb.h"

class TestTaskBookings : public QObject
{
    Q_OBJECT

    ImportOutcome run(TestDb &t, const QByteArray &bytes)
    {
        t.write(QStringLiteral("tasks.csv"),
            "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km\n" + bytes);
        RecordImporter importer(*t.store);
        return importer.importFile(
            QStringLiteral("tasks"), t.file(QStringLiteral("tasks.csv")), QStringLiteral("test"));
    }
    static QString errors(const ImportOutcome &o)
    {
        QStringList lines;
        for (const ImportError &e : o.errors)
            lines << e.toString();
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void doubleBookingsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("one car, two rows")
            << QByteArray("T1,苏F·A1000,D001,2026-10-08 09:00,2026-10-08 11:00,32,120,5\n"
                          "T2,苏F·A1000,D002,2026-10-08 10:00,2026-10-08 12:00,32,120,5\n")
            << 3 << 2 << QStringLiteral("T2") << QStringLiteral("T1");
        QTest::newRow("one driver, two cars")
            << QByteArray("T1,苏F·A1000,D001,2026-10-08 09:00,2026-10-08 11:00,32,120,5\n"
                          "T2,苏F·A1037,D001,2026-10-08 10:59,2026-10-08 12:00,32,120,5\n")
            << 3 << 3 << QStringLiteral("T2") << QStringLiteral("T1");
        QTest::newRow("a row against a stored order")
            << QByteArray("T3,苏F·A1000,D003,2026-10-09 09:30,2026-10-09 10:00,32,120,5\n") << 2 << 2
            << QStringLiteral("T3") << QStringLiteral("S1");
    }
    void doubleBookingsAreRefused()
    {
        QFETCH(QByteArray, rows);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, first);
        QFETCH(QString, second);
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        QVERIFY(run(t, "S1,苏F·A1000,D005,2026-10-09 09:00,2026-10-09 11:00,32,120,5\n").ok);
        const int before = t.store->count(QStringLiteral("tasks"));
        const ImportOutcome o = run(t, rows);
        QVERIFY(!o.ok);
        QCOMPARE(o.errors.size(), 1);
        QCOMPARE(o.errors.first().line, line);
        QCOMPARE(o.errors.first().column, column);
        QVERIFY2(o.errors.first().reason.contains(first) && o.errors.first().reason.contains(second),
            qPrintable(errors(o)));
        QCOMPARE(t.store->count(QStringLiteral("tasks")), before);
    }

    // Back to back is no clash (a trip may start the minute another ends), and a file imported again, or
    // moving its own order, does not clash with itself.
    void backToBackAndReimportAreAccepted()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray rows = "T1,苏F·A1000,D001,2026-10-08 09:00,2026-10-08 11:00,32,120,5\n"
                                "T2,苏F·A1000,D001,2026-10-08 11:00,2026-10-08 12:00,32,120,5\n";
        ImportOutcome o = run(t, rows);
        QVERIFY2(o.ok, qPrintable(errors(o)));
        o = run(t, rows);
        QVERIFY2(o.ok, qPrintable(errors(o)));
        o = run(t, "T1,苏F·A1000,D001,2026-10-08 08:00,2026-10-08 10:30,32,120,5\n");
        QVERIFY2(o.ok, qPrintable(errors(o)));
    }
};

QTEST_GUILESS_MAIN(TestTaskBookings)
#include "tst_taskbookings.moc"
