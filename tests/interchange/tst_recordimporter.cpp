#include "interchange/recordimporter.h"
#include "support/testdb.h"

class TestRecordImporter : public QObject
{
    Q_OBJECT

    ImportOutcome run(TestDb &t, const QString &kind, const QString &name, const QByteArray &bytes)
    {
        t.write(name, bytes);
        RecordImporter importer(*t.store);
        return importer.importFile(kind, t.file(name), QStringLiteral("importer"));
    }

    void seedUnits(TestDb &t)
    {
        const ImportOutcome o = run(t, QStringLiteral("units"), QStringLiteral("units.csv"),
            "unit_code,name\nNT001,市政府办公室\nNT002,市公安局\n");
        QVERIFY(o.ok);
    }

private slots:
    // A good file of every kind imports, and the same file again changes nothing.
    void goodFileOfEveryKindAndReimport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rows");
        QTest::newRow("units") << QStringLiteral("units") << QByteArray("name,unit_code\n市审计局,NT003\n")
                               << 1;
        QTest::newRow("vehicles") << QStringLiteral("vehicles")
                                  << QByteArray(
                                         "plate,category,unit_code,model,seats,status,terminal_id,colour\n"
                                         "苏F·A1234,emergency,NT001,红旗H5,5,active,BD1,black\n"
                                         "苏FA2345,enforcement,NT002,,,maintenance,,\n")
                                  << 2;
        QTest::newRow("drivers") << QStringLiteral("drivers")
                                 << QByteArray("driver_code,name,license_class,phone,unit_code,status\n"
                                               "D001,张建国,C1,13962000001,NT001,active\nD002,李明,,,,\n")
                                 << 2;
        QTest::newRow("stations") << QStringLiteral("stations")
                                  << QByteArray("station_code,name,lat,lon\nS01,工农路站,32.0095,120.8841\n")
                                  << 1;
        QTest::newRow("cards") << QStringLiteral("cards")
                               << QByteArray("card_no,plate,unit_code\n1000113206000001,苏F·K8M21,NT001\n")
                               << 1;
        QTest::newRow("fences") << QStringLiteral("fences")
                                << QByteArray(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"市区","plates":["苏F·A1234"]},
 "geometry":{"type":"Polygon","coordinates":[[[120.8,31.9],[121.1,31.9],[121.1,32.1],[120.8,31.9]]]}},
{"type":"Feature","properties":{"name":"全市"},
 "geometry":{"type":"MultiPolygon","coordinates":[[[[120.2,31.7],[121.9,31.7],[121.9,32.7],[120.2,31.7]]]]}}]})")
                                << 2;
    }
    void goodFileOfEveryKindAndReimport()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(int, rows);
        TestDb t;
        seedUnits(t);
        const int before = t.store->count(kind);
        ImportOutcome first = run(t, kind, QStringLiteral("f"), bytes);
        QVERIFY2(first.ok, qPrintable(first.errors.value(0).toString()));
        QCOMPARE(first.changed, rows);
        QCOMPARE(t.store->count(kind), before + rows);
        const QList<Record> afterFirst = t.store->records(kind);

        const ImportOutcome second = run(t, kind, QStringLiteral("f"), bytes);
        QVERIFY(second.ok);
        QCOMPARE(second.changed, 0);
        const QList<Record> afterSecond = t.store->records(kind);
        QCOMPARE(afterSecond.size(), afterFirst.size());
        for (int i = 0; i < afterFirst.size(); ++i) {
            QCOMPARE(afterSecond.at(i).id, afterFirst.at(i).id);
            QCOMPARE(afterSecond.at(i).updatedAt, afterFirst.at(i).updatedAt);
        }
    }

    // Each kind of bad row: nothing is stored, and the error names file, line and column.
    void badRowImportsNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        const QByteArray head("plate,category,unit_code,seats,status\n苏F·A1111,general,NT001,5,active\n");
        QTest::newRow("bad plate") << QStringLiteral("vehicles") << head + "XYZ,general,NT001,5,active\n"
                                   << 3 << 1 << QStringLiteral("XYZ");
        QTest::newRow("seats not a number")
            << QStringLiteral("vehicles") << head + "苏F·A2222,general,NT001,many,active\n"
            << 3 << 4 << QStringLiteral("many");
        QTest::newRow("seats out of range")
            << QStringLiteral("vehicles") << head + "苏F·A2222,general,NT001,0,active\n"
            << 3 << 4 << QStringLiteral("1");
        QTest::newRow("unknown category")
            << QStringLiteral("vehicles") << head + "苏F·A2222,sports,NT001,5,active\n"
            << 3 << 2 << QStringLiteral("sports");
        QTest::newRow("unknown agency")
            << QStringLiteral("vehicles") << head + "苏F·A2222,general,NT999,5,active\n"
            << 3 << 3 << QStringLiteral("NT999");
        QTest::newRow("repeated key")
            << QStringLiteral("vehicles") << head + "苏FA1111,general,NT001,5,active\n"
            << 3 << 1 << QStringLiteral("line 2");
        QTest::newRow("missing status") << QStringLiteral("vehicles") << head + "苏F·A2222,general,NT001,5,\n"
                                        << 3 << 5 << QStringLiteral("Status");
        QTest::newRow("missing column")
            << QStringLiteral("vehicles") << QByteArray("plate,category\n苏F·A2222,general\n") << 1 << 1
            << QStringLiteral("unit_code");
        QTest::newRow("unclosed quote")
            << QStringLiteral("vehicles") << head + "\"苏F·A2222,general,NT001,5,active\n"
            << 3 << 1 << QStringLiteral("quoted");
        QTest::newRow("latitude out of range")
            << QStringLiteral("stations")
            << QByteArray("station_code,name,lat,lon\nS1,甲,32,120\nS2,乙,92.5,120\n") << 3 << 3
            << QStringLiteral("92.5");
        QTest::newRow("card plate") << QStringLiteral("cards")
                                    << QByteArray("card_no,plate\nC1,苏F·A1234\nC2,F1234\n") << 3 << 2
                                    << QStringLiteral("F1234");
        QTest::newRow("fence not json") << QStringLiteral("fences")
                                        // Qt reports the offset just past the unexpected '}' at column 15.
                                        << QByteArray("{\"type\":\"FeatureCollection\",\n\"features\": [ }")
                                        << 2 << 16 << QStringLiteral("JSON");
        // Issue 9 item 16: a bow-tie was accepted; now refused naming the feature, at the feature's line.
        QTest::newRow("fence bow-tie")
            << QStringLiteral("fences")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[\n"
                          "{\"type\":\"Feature\",\"properties\":{\"name\":\"甲\"},\"geometry\":"
                          "{\"type\":\"Polygon\",\"coordinates\":[[[120,32],[121,32],[121,33],[120,32]]]}},\n"
                          "  {\"type\":\"Feature\",\"properties\":{\"name\":\"蝴蝶结\"},\"geometry\":"
                          "{\"type\":\"Polygon\",\"coordinates\":[[[120,32],[121,33],[121,32],[120,33],[120,"
                          "32]]]}}]}")
            << 3 << 4
            << QStringLiteral("feature 2 (蝴蝶结): a ring crosses itself at [120.500000, 32.500000]");
        QTest::newRow("fence without name")
            << QStringLiteral("fences")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[\n"
                          "{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                          "{\"type\":\"Polygon\",\"coordinates\":[[[120,32],[121,32],[121,33],[120,32]]]}}]}")
            << 2 << 2 << QStringLiteral("Name");
    }
    void badRowImportsNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        TestDb t;
        seedUnits(t);
        const int before = t.store->count(kind);
        const ImportOutcome o = run(t, kind, QStringLiteral("bad.csv"), bytes);
        QVERIFY(!o.ok);
        QVERIFY(!o.errors.isEmpty());
        const ImportError e = o.errors.first();
        QCOMPARE(e.file, t.file(QStringLiteral("bad.csv")));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.reason.contains(says), qPrintable(e.toString()));
        QVERIFY(e.toString().startsWith(
            t.file(QStringLiteral("bad.csv")) + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
        QCOMPARE(t.store->count(kind), before);
    }

    void gb18030FileImports()
    {
        TestDb t;
        // "unit_code,name\nNT009,南通\n" with the name in GB18030.
        const ImportOutcome o = run(t, QStringLiteral("units"), QStringLiteral("gb.csv"),
            QByteArray("unit_code,name\nNT009,\xC4\xCF\xCD\xA8\n"));
        QVERIFY(o.ok);
        QCOMPARE(t.store->findByKey(QStringLiteral("units"), QStringLiteral("NT009"))
                     ->text(QStringLiteral("name")),
            QStringLiteral("南通"));
    }

    // Issue 9 item 10: a row ending in 0xFF used to make the whole file GB18030, rewriting every name.
    void aBadByteImportsNothingAndKeepsTheNames()
    {
        TestDb t;
        seedUnits(t);
        const ImportOutcome o = run(t, QStringLiteral("units"), QStringLiteral("bad.csv"),
            QByteArray("unit_code,name\nNT001,市政府办公室\nNT002,x\xFF\n"));
        QVERIFY(!o.ok);
        QCOMPARE(o.errors.value(0).line, 3);
        QVERIFY(o.errors.value(0).toString().startsWith(
            t.file(QStringLiteral("bad.csv")) + QStringLiteral(":3:")));
        QCOMPARE(t.store->findByKey(QStringLiteral("units"), QStringLiteral("NT001"))
                     ->text(QStringLiteral("name")),
            QStringLiteral("市政府办公室"));
    }

    void gb18030ImportShowsTheFirstRowsAsRead()
    {
        TestDb t;
        const ImportOutcome o = run(t, QStringLiteral("units"), QStringLiteral("gb.csv"),
            QByteArray("unit_code,name\nNT009,\xC4\xCF\xCD\xA8\n"));
        QVERIFY(o.ok);
        QCOMPARE(o.notes.size(), 1);
        QVERIFY2(o.notes.first().contains(QStringLiteral("GB18030")), qPrintable(o.notes.first()));
        QVERIFY2(o.notes.first().contains(QStringLiteral("NT009, 南通")), qPrintable(o.notes.first()));
    }

    // Issue 9 item 11: NaN erased a stored amount, a NaN litres failed only at the database (raw SQL text,
    // column 1), and years 0001 and 9999 were accepted. Each is a bad value at its line and column.
    void impossibleNumbersAndYearsAreBadValues_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("amount NaN") << QByteArray("C1,2026-10-08 09:00,S1,30,NaN") << 5
                                    << QStringLiteral("NaN");
        QTest::newRow("amount nan") << QByteArray("C1,2026-10-08 09:00,S1,30,nan") << 5
                                    << QStringLiteral("nan");
        QTest::newRow("amount inf") << QByteArray("C1,2026-10-08 09:00,S1,30,inf") << 5
                                    << QStringLiteral("inf");
        QTest::newRow("amount 1e308")
            << QByteArray("C1,2026-10-08 09:00,S1,30,1e308") << 5 << QStringLiteral("Amount");
        QTest::newRow("litres NaN (required)")
            << QByteArray("C1,2026-10-08 09:00,S1,NaN,200") << 4 << QStringLiteral("Litres");
        QTest::newRow("litres -inf") << QByteArray("C1,2026-10-08 09:00,S1,-inf,200") << 4
                                     << QStringLiteral("Litres");
        QTest::newRow("year 0001") << QByteArray("C1,0001-01-01 09:00,S1,30,200") << 2
                                   << QStringLiteral("0001");
        QTest::newRow("year 9999") << QByteArray("C1,9999-12-31T23:59:59Z,S1,30,200") << 2
                                   << QStringLiteral("9999");
    }
    void impossibleNumbersAndYearsAreBadValues()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, column);
        QFETCH(QString, says);
        TestDb t;
        seedUnits(t);
        QVERIFY(run(t, QStringLiteral("vehicles"), QStringLiteral("v.csv"),
            "plate,category,unit_code,status\n苏F·A1234,general,NT001,active\n")
                    .ok);
        QVERIFY(run(t, QStringLiteral("cards"), QStringLiteral("c.csv"), "card_no,plate\nC1,苏F·A1234\n").ok);
        QVERIFY(run(t, QStringLiteral("stations"), QStringLiteral("s.csv"),
            "station_code,name,lat,lon\nS1,工农路站,32,120.9\n")
                    .ok);
        const QByteArray head("card_no,time,station_code,litres,amount_yuan\n");
        QVERIFY(run(
            t, QStringLiteral("refuels"), QStringLiteral("r.csv"), head + "C1,2026-10-08 09:00,S1,30,200\n")
                    .ok);
        const ImportOutcome o
            = run(t, QStringLiteral("refuels"), QStringLiteral("bad.csv"), head + row + "\n");
        QVERIFY(!o.ok);
        const ImportError e = o.errors.value(0);
        QVERIFY2(e.line == 2 && e.column == column, qPrintable(e.toString()));
        QVERIFY2(e.reason.contains(says), qPrintable(e.toString()));
        QVERIFY2(!e.reason.contains(QStringLiteral("constraint")), qPrintable(e.toString()));
        const QList<Record> refuels = t.store->records(QStringLiteral("refuels"));
        QCOMPARE(refuels.size(), 1);
        QCOMPARE(refuels.first().value(QStringLiteral("amount_yuan")).toDouble(), 200.0);
    }

    void reimportWithAChangedValueUpdatesOnlyThatRecord()
    {
        TestDb t;
        seedUnits(t);
        QVERIFY(run(t, QStringLiteral("units"), QStringLiteral("u.csv"),
            "unit_code,name\nNT001,市政府办公室\nNT002,市公安局局\n")
                    .ok);
        const ImportOutcome o = run(t, QStringLiteral("units"), QStringLiteral("u.csv"),
            "unit_code,name\nNT001,市政府办公室\nNT002,市公安局\n");
        QVERIFY(o.ok);
        QCOMPARE(o.changed, 1);
    }

    void optionalColumnsLeftOutKeepStoredValues()
    {
        TestDb t;
        seedUnits(t);
        QVERIFY(run(t, QStringLiteral("vehicles"), QStringLiteral("v.csv"),
            "plate,category,unit_code,model,seats,status\n苏F·A1234,general,NT001,红旗H5,5,active\n")
                    .ok);
        const ImportOutcome o = run(t, QStringLiteral("vehicles"), QStringLiteral("v2.csv"),
            "plate,category,unit_code,status\n苏F·A1234,general,NT001,active\n");
        QVERIFY(o.ok);
        QCOMPARE(o.changed, 0);
        QCOMPARE(t.store->findByKey(QStringLiteral("vehicles"), QStringLiteral("苏F·A1234"))
                     ->text(QStringLiteral("model")),
            QStringLiteral("红旗H5"));
    }

    void missingFileSaysSo()
    {
        TestDb t;
        RecordImporter importer(*t.store);
        const ImportOutcome o
            = importer.importFile(QStringLiteral("units"), t.file(QStringLiteral("nope.csv")), {});
        QVERIFY(!o.ok);
        QVERIFY(o.errors.first().toString().contains(QStringLiteral("nope.csv")));
    }

    void cancelStoresNothing()
    {
        TestDb t;
        QByteArray bytes("unit_code,name\n");
        for (int i = 0; i < 2000; ++i)
            bytes += QStringLiteral("U%1,单位%1\n").arg(i).toUtf8();
        t.write(QStringLiteral("many.csv"), bytes);
        RecordImporter importer(*t.store);
        importer.setProgress([](int done, int) { return done < 1000; });
        const ImportOutcome o
            = importer.importFile(QStringLiteral("units"), t.file(QStringLiteral("many.csv")), {});
        QVERIFY(o.cancelled);
        QVERIFY(!o.ok);
        QCOMPARE(t.store->count(QStringLiteral("units")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordImporter)
#include "tst_recordimporter.moc"
