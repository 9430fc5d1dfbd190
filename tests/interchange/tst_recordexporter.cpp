#include "demo/demodata.h"
#include "interchange/csvreader.h"
#include "interchange/recordexporter.h"
#include "interchange/recordimporter.h"
#include "support/testdb.h"

#include <QProcess>

class TestRecordExporter : public QObject
{
    Q_OBJECT

    // The first sheet's cells, one "REF:TYPE:VALUE" a line: TYPE s for a (shared) string, n for a number.
    static QString sheetCells(const QString &path)
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import zipfile,sys,re\n"
                               "z=zipfile.ZipFile(sys.argv[1])\n"
                               "import xml.etree.ElementTree as E\n"
                               "ns='{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
                               "ss=[''.join(t.itertext()) for t in "
                               "E.fromstring(z.read('xl/sharedStrings.xml')).iter(ns+'si')]\n"
                               "for c in E.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(ns+'c'):\n"
                               "  v=c.find(ns+'v')\n"
                               "  if v is None: continue\n"
                               "  t=c.get('t','n')\n"
                               "  print(c.get('r')+':'+t+':'+(ss[int(v.text)] if t=='s' else v.text))\n"),
                path });
        python.waitForFinished();
        return QString::fromUtf8(python.readAllStandardOutput());
    }

private slots:
    // What is exported imports back into an empty file as the same records.
    void csvRoundTripOfEveryKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : RecordImporter::kinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }
    void csvRoundTripOfEveryKind()
    {
        QFETCH(QString, kind);
        TestDb source;
        QVERIFY(DemoData(*source.store).fill());
        QByteArray track("plate,time,lat,lon,speed_kmh,heading\n");
        for (int i = 0; i < 50; ++i)
            track += QStringLiteral("苏F·A1000,2026-10-08T09:00:%1+08:00,32.%2,120.9,%3,\n")
                         .arg(i, 2, 10, QLatin1Char('0'))
                         .arg(100000 + i)
                         .arg(i)
                         .toUtf8();
        source.write(QStringLiteral("track.csv"), track);
        QVERIFY(RecordImporter(*source.store)
                    .importFile(QStringLiteral("positions"), source.file(QStringLiteral("track.csv")), {})
                    .ok);
        TestDb target;
        // References need their targets first.
        for (const QString &k : RecordImporter::kinds()) {
            const QString path = source.file(
                k + (k == QStringLiteral("fences") ? QStringLiteral(".geojson") : QStringLiteral(".csv")));
            RecordExporter exporter(*source.store);
            QVERIFY2(exporter.exportFile(k, path), qPrintable(exporter.errorString()));
            if (k != QStringLiteral("positions"))
                QCOMPARE(exporter.rowsWritten(), source.store->count(k));
            RecordImporter importer(*target.store);
            const ImportOutcome o = importer.importFile(k, path, {});
            QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
            if (k == kind)
                break;
        }
        RecordExporter a(*source.store);
        RecordExporter b(*target.store);
        QCOMPARE(b.table(kind), a.table(kind));
        QCOMPARE(target.store->count(kind), source.store->count(kind));
        if (kind == QStringLiteral("positions")) {
            QVERIFY(a.exportFile(kind, source.file(QStringLiteral("a.csv"))));
            QVERIFY(b.exportFile(kind, target.file(QStringLiteral("b.csv"))));
            QFile fa(source.file(QStringLiteral("a.csv"))), fb(target.file(QStringLiteral("b.csv")));
            QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
            QCOMPARE(fb.readAll(), fa.readAll());
        }
    }

    void csvQuotesWhatNeedsQuoting()
    {
        TestDb t;
        QVERIFY(t.store
                    ->save(QStringLiteral("units"),
                        unitRecord(QStringLiteral("NT1"), QStringLiteral("甲, \"乙\"")), {})
                    .ok);
        RecordExporter exporter(*t.store);
        QVERIFY(exporter.exportFile(QStringLiteral("units"), t.file(QStringLiteral("u.csv"))));
        QFile f(t.file(QStringLiteral("u.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader csv;
        QVERIFY(csv.parse(CsvReader::decode(f.readAll())));
        QCOMPARE(csv.rows().first().fields.at(1), QStringLiteral("甲, \"乙\""));
    }

    void xlsxIsAZipWorkbookWithTheRows()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        RecordExporter exporter(*t.store);
        const QString path = t.file(QStringLiteral("vehicles.xlsx"));
        QVERIFY2(exporter.exportFile(QStringLiteral("vehicles"), path), qPrintable(exporter.errorString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        // The shared strings of the workbook hold the plates (unzip ships with Debian's base system? use
        // python).
        QProcess unzip;
        unzip.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import "
                    "zipfile,sys;print(zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode())"),
                path });
        QVERIFY(unzip.waitForFinished());
        const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(
            xml.contains(t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate"))),
            qPrintable(xml.left(200)));
    }

    // Issue 9 item 14: cells a spreadsheet would run as formulas are written with a leading apostrophe
    // (OWASP's CSV injection guard), and read back by the importer as they were stored.
    void csvGuardsCellsASpreadsheetWouldRun()
    {
        const QStringList names = { QStringLiteral("=HYPERLINK(\"http://evil.example\",\"点此\")"),
            QStringLiteral("+86 513 1234"), QStringLiteral("@SUM(A1:A9)"),
            QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("'=already quoted"),
            QStringLiteral("-7"), QStringLiteral("'plain"), QStringLiteral("市政府") };
        const QStringList written = { QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"点此\")"),
            QStringLiteral("'+86 513 1234"), QStringLiteral("'@SUM(A1:A9)"),
            QStringLiteral("'-2+3+cmd|' /C calc'!A0"), QStringLiteral("''=already quoted"),
            QStringLiteral("-7"), QStringLiteral("'plain"), QStringLiteral("市政府") };
        TestDb t;
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(
                t.store
                    ->save(QStringLiteral("units"), unitRecord(QStringLiteral("U%1").arg(i), names.at(i)), {})
                    .ok);
        RecordExporter exporter(*t.store);
        const QString path = t.file(QStringLiteral("u.csv"));
        QVERIFY(exporter.exportFile(QStringLiteral("units"), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader csv;
        QVERIFY(csv.read(f.readAll()));
        QCOMPARE(csv.rows().size(), names.size());
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(csv.rows().at(i).fields.at(1), written.at(i));
        TestDb target;
        const ImportOutcome o = RecordImporter(*target.store).importFile(QStringLiteral("units"), path, {});
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(target.store->findByKey(QStringLiteral("units"), QStringLiteral("U%1").arg(i))
                         ->text(QStringLiteral("name")),
                names.at(i));
    }

    void guardIsUndoneExactly_data()
    {
        QTest::addColumn<QString>("cell");
        for (const char *c : { "=1+1", "+1", "-1", "-1.5e3", "-x", "@x", "\tx", "\rx", "'=x", "''=x", "'x",
                 "x", "", "'", "-" })
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void guardIsUndoneExactly()
    {
        QFETCH(QString, cell);
        QCOMPARE(CsvReader::unguarded(CsvReader::guarded(cell)), cell);
    }

    // Issue 9 item 14: .xlsx turned text such as -7, +86 or 1e3 into numbers.
    void xlsxKeepsTextAsTextAndNumbersAsNumbers()
    {
        TestDb t;
        QVERIFY(
            t.store->save(
                       QStringLiteral("units"), unitRecord(QStringLiteral("NT1"), QStringLiteral("-7")), {})
                .ok);
        QVERIFY(
            t.store
                ->save(QStringLiteral("units"), unitRecord(QStringLiteral("NT2"), QStringLiteral("+86")), {})
                .ok);
        QVERIFY(
            t.store->save(QStringLiteral("units"), unitRecord(QStringLiteral("3"), QStringLiteral("1e3")), {})
                .ok);
        const QString unitId = t.store->findByKey(QStringLiteral("units"), QStringLiteral("NT1"))->id;
        QVERIFY(
            t.store
                ->save(QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F·A1234"), unitId, 7), {})
                .ok);
        RecordExporter exporter(*t.store);
        QVERIFY2(exporter.exportFile(QStringLiteral("units"), t.file(QStringLiteral("u.xlsx"))),
            qPrintable(exporter.errorString()));
        QVERIFY2(exporter.exportFile(QStringLiteral("vehicles"), t.file(QStringLiteral("v.xlsx"))),
            qPrintable(exporter.errorString()));
        // Every cell as REF:TYPE:VALUE, shared strings resolved (t="s"), numbers with no type.
        const QString cells = sheetCells(t.file(QStringLiteral("u.xlsx")));
        for (const char *text : { "A2:s:3", "B2:s:1e3", "B3:s:-7", "B4:s:+86" })
            QVERIFY2(cells.contains(QLatin1String(text)), qPrintable(cells));
        const QString vehicleCells = sheetCells(t.file(QStringLiteral("v.xlsx")));
        QVERIFY2(vehicleCells.contains(QLatin1String(":n:7\n")), qPrintable(vehicleCells));
    }

    // Issue 9 item 14: a cell over Excel's 32,767 characters was silently left empty.
    void xlsxRefusesACellItCannotHold()
    {
        TestDb t;
        QVERIFY(t.store
                    ->save(QStringLiteral("units"),
                        unitRecord(QStringLiteral("NT1"), QString(40000, QChar(0x5E02))), {})
                    .ok);
        RecordExporter exporter(*t.store);
        const QString path = t.file(QStringLiteral("u.xlsx"));
        QVERIFY(!exporter.exportFile(QStringLiteral("units"), path));
        QVERIFY2(exporter.errorString().contains(path)
                && exporter.errorString().contains(QStringLiteral("40000"))
                && exporter.errorString().contains(QStringLiteral("name")),
            qPrintable(exporter.errorString()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void unwritablePathFailsWithThePathAndLeavesNothing()
    {
        TestDb t;
        RecordExporter exporter(*t.store);
        const QString path = t.file(QStringLiteral("no/such/folder/u.csv"));
        QVERIFY(!exporter.exportFile(QStringLiteral("units"), path));
        QVERIFY(exporter.errorString().contains(path));
        QVERIFY(
            !exporter.exportFile(QStringLiteral("units"), t.file(QStringLiteral("no/such/folder/u.xlsx"))));
    }
};

QTEST_GUILESS_MAIN(TestRecordExporter)
#include "tst_recordexporter.moc"
