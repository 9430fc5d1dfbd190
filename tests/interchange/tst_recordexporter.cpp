#include "demo/demodata.h"
#include "interchange/csvreader.h"
#include "interchange/recordexporter.h"
#include "interchange/recordimporter.h"
#include "support/testdb.h"

#include <QProcess>

class TestRecordExporter : public QObject
{
    Q_OBJECT

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
