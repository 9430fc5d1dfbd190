#include "base/timeparse.h"
#include "demo/demodata.h"
#include "interchange/positionimporter.h"
#include "interchange/recordimporter.h"
#include "store/positionstore.h"
#include "support/testdb.h"

#include <QDir>
#include <QStringEncoder>
#include <atomic>
#include <chrono>
#include <future>
#include <thread>

class TestPositions : public QObject
{
    Q_OBJECT

    ImportOutcome import(TestDb &t, const QString &name, const QByteArray &bytes, const QString &plate = {})
    {
        t.write(name, bytes);
        RecordImporter importer(*t.store);
        importer.setPlate(plate);
        return importer.importFile(QStringLiteral("positions"), t.file(name), QStringLiteral("test"));
    }
    static qint64 at(const char *text) { return *TimeParse::parseMs(QString::fromLatin1(text)); }

private slots:
    void csvImportStoresCompactlyAndReadsBackByRange()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QString plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate"));
        QByteArray csv("time,lat,lon,plate,speed_kmh,heading,unknown\n");
        for (int i = 0; i < 1000; ++i) {
            const qint64 ms = at("2026-10-08 23:50:00") + i * 1000LL; // crosses Beijing midnight
            csv += QStringLiteral("%1,%2,%3,%4,%5,90,x\n")
                       .arg(TimeParse::toBeijingIso(ms))
                       .arg(32.0 + i * 1e-5, 0, 'f', 6)
                       .arg(120.9, 0, 'f', 6)
                       .arg(plate)
                       .arg(36.0)
                       .toUtf8();
        }
        const ImportOutcome o = import(t, QStringLiteral("p.csv"), csv);
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        QCOMPARE(o.rows, 1000);
        QCOMPARE(o.changed, 1000);
        PositionStore store(t.db.connection());
        const QString id = t.store->findByKey(QStringLiteral("vehicles"), plate)->id;
        QCOMPARE(store.fixCount(id), 1000);
        QVERIFY2(store.storedBytes() <= 8 * 1000, qPrintable(QString::number(store.storedBytes())));
        // Two Beijing days: 600 fixes before midnight, 400 after.
        const std::vector<PositionFix> before
            = store.fixes(id, at("2026-10-08 00:00"), at("2026-10-09 00:00"));
        QCOMPARE(before.size(), size_t(600));
        const std::vector<PositionFix> all = store.fixes(id, at("2026-10-01 00:00"), at("2026-11-01 00:00"));
        QCOMPARE(all.size(), size_t(1000));
        QCOMPARE(all.front().timeMs, at("2026-10-08 23:50:00"));
        QVERIFY(qAbs(all.back().lat - (32.0 + 999e-5)) < 1e-6);
        QCOMPARE(all.back().speedKmh, 36.0f);
        // The same file again changes nothing.
        QCOMPARE(import(t, QStringLiteral("p.csv"), csv).changed, 0);
    }

    // Excel on a Chinese Windows writes GB18030: the plate 苏F·A1000 arrives as CB D5 46 A1 A4 41 31 30
    // 30 30.
    void gb18030PositionsImport()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray plate("\xCB\xD5"
                               "F"
                               "\xA1\xA4"
                               "A1000");
        const QByteArray csv = "plate,time,lat,lon\n" + plate + ",2026-10-08 10:00:00,32,120.9\n" + plate
            + ",2026-10-08 10:00:10,32.001,120.9\n";
        const ImportOutcome o = import(t, QStringLiteral("gb.csv"), csv);
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        QCOMPARE(o.changed, 2);
        const QString id = t.store->findByKey(QStringLiteral("vehicles"), QStringLiteral("苏F·A1000"))->id;
        QCOMPARE(PositionStore(t.db.connection()).fixCount(id), 2);
    }

    void outOfOrderAndRepeatedFixesAcrossImports()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QString plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate"));
        const QByteArray head("plate,time,lat,lon\n");
        QVERIFY(import(t, QStringLiteral("a.csv"),
            head + plate.toUtf8() + ",2026-10-08 10:00:20,32.002,120.9\n" + plate.toUtf8()
                + ",2026-10-08 10:00:00,32.000,120.9\n")
                    .ok);
        // A later file brings a fix in between and one again with a corrected position.
        const ImportOutcome o = import(t, QStringLiteral("b.csv"),
            head + plate.toUtf8() + ",2026-10-08 10:00:10,32.001,120.9\n" + plate.toUtf8()
                + ",2026-10-08 10:00:20,32.0025,120.9\n");
        QVERIFY(o.ok);
        QCOMPARE(o.changed, 2);
        PositionStore store(t.db.connection());
        const std::vector<PositionFix> fixes
            = store.fixes(t.store->findByKey(QStringLiteral("vehicles"), plate)->id, at("2026-10-08 00:00"),
                at("2026-10-09 00:00"));
        QCOMPARE(fixes.size(), size_t(3));
        QVERIFY(fixes[0].timeMs < fixes[1].timeMs && fixes[1].timeMs < fixes[2].timeMs);
        QVERIFY(qAbs(fixes[2].lat - 32.0025) < 1e-6);
    }

    // The codec keeps headings in [0, 360): a heading of 359.6 comes back as 0, and is still the same fix.
    void headingsNearNorthDoNotCountAsChanges()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate")).toUtf8();
        const QByteArray csv = "plate,time,lat,lon,speed_kmh,heading\n" + plate
            + ",2026-10-08 10:00:00,32,120.9,30,359.6\n" + plate
            + ",2026-10-08 10:00:10,32.001,120.9,30,0.2\n";
        QCOMPARE(import(t, QStringLiteral("h.csv"), csv).changed, 2);
        QCOMPARE(import(t, QStringLiteral("h.csv"), csv).changed, 0);
    }

    void badRowsImportNothingAndSayWhere_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("unknown plate") << QByteArray("苏F·Z9999,2026-10-08 10:00:00,32,120.9") << 1;
        QTest::newRow("bad time") << QByteArray("PLATE,2026-10-08 25:00:00,32,120.9") << 2;
        QTest::newRow("latitude") << QByteArray("PLATE,2026-10-08 10:00:00,91,120.9") << 3;
        QTest::newRow("longitude text") << QByteArray("PLATE,2026-10-08 10:00:00,32,east") << 4;
        QTest::newRow("negative speed") << QByteArray("PLATE,2026-10-08 10:00:00,32,120.9,-3") << 5;
        QTest::newRow("repeated instant") << QByteArray("PLATE,2026-10-08 09:00:00,32.1,120.9") << 2;
        QTest::newRow("year 0001") << QByteArray("PLATE,0001-10-08 10:00:00,32,120.9") << 2;
        QTest::newRow("year 9999") << QByteArray("PLATE,9999-10-08 10:00:00,32,120.9") << 2;
    }
    void badRowsImportNothingAndSayWhere()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, column);
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate")).toUtf8();
        row.replace("PLATE", plate);
        const ImportOutcome o = import(t, QStringLiteral("bad.csv"),
            "plate,time,lat,lon,speed_kmh\n" + plate + ",2026-10-08 09:00:00,32,120.9\n" + row + "\n");
        QVERIFY(!o.ok);
        QCOMPARE(o.errors.first().line, 3);
        QCOMPARE(o.errors.first().column, column);
        QCOMPARE(PositionStore(t.db.connection()).fixCount(), 0);
    }

    // DESIGN §6: a fix repeated at the same instant and place (within 1 m), whatever its speed or heading,
    // is one report sent twice: the first is kept, the repeats counted in the summary.
    void repeatedInstantAtTheSamePlaceIsOneReport()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate")).toUtf8();
        const QByteArray csv = "plate,time,lat,lon,speed_kmh,heading\n" + plate
            + ",2026-10-08 09:00:00,32.000000,120.9,36,90\n" + plate
            + ",2026-10-08 09:00:10,32.001000,120.9,36,90\n"
            + plate
            // the same second again, stopped: 0.56 m north, speed 0, no heading
            + ",2026-10-08 09:00:00,32.000005,120.9,0,\n" + plate
            + ",2026-10-08 09:00:00,32.000000,120.9,0,180\n";
        const ImportOutcome o = import(t, QStringLiteral("rep.csv"), csv);
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        QCOMPARE(o.rows, 4);
        QCOMPARE(o.changed, 2);
        QCOMPARE(o.notes.size(), 1);
        QVERIFY2(o.notes.first().contains(QStringLiteral("2 ")), qPrintable(o.notes.first()));
        const QString id = t.store->findByKey(QStringLiteral("vehicles"), QString::fromUtf8(plate))->id;
        const std::vector<PositionFix> fixes
            = PositionStore(t.db.connection()).fixes(id, at("2026-10-08 00:00"), at("2026-10-09 00:00"));
        QCOMPARE(fixes.size(), size_t(2));
        QCOMPARE(fixes.front().speedKmh, 36.0f); // the first report is kept
        QCOMPARE(fixes.front().headingDeg, 90.0f);
    }

    // At another place (more than 1 m away) the repeat contradicts the first: a bad row naming both lines.
    void repeatedInstantAtAnotherPlaceNamesBothLines()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate")).toUtf8();
        const QByteArray csv = "plate,time,lat,lon,speed_kmh\n" + plate + ",2026-10-08 09:00:00,32,120.9,0\n"
            + plate + ",2026-10-08 09:00:10,32.001,120.9,36\n" + plate
            + ",2026-10-08 09:00:00,32.00002,120.9,0\n"; // 2.2 m north
        const ImportOutcome o = import(t, QStringLiteral("far.csv"), csv);
        QVERIFY(!o.ok);
        QCOMPARE(o.errors.size(), 1);
        QCOMPARE(o.errors.first().line, 4);
        QCOMPARE(o.errors.first().column, 2);
        QVERIFY2(
            o.errors.first().reason.contains(QStringLiteral("line 2")), qPrintable(o.errors.first().reason));
        QCOMPARE(PositionStore(t.db.connection()).fixCount(), 0);
    }

    // Issue 9 item 7: while another connection (another program on the file) holds the write lock, a
    // positions import waits for it like every other writer instead of failing with "database is locked".
    void importWaitsForAnotherWriter()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate")).toUtf8();
        const QByteArray csv = "plate,time,lat,lon\n" + plate + ",2026-10-08 09:00:00,32,120.9\n" + plate
            + ",2026-10-08 09:00:10,32.001,120.9\n";
        QVERIFY(import(t, QStringLiteral("first.csv"), csv).ok); // a stored day to merge into
        std::promise<void> locked;
        std::atomic<bool> wrote { false };
        std::thread other([&] {
            Database db(QStringLiteral("other-writer"));
            if (!db.open(t.path())) {
                locked.set_value();
                return;
            }
            {
                RecordStore store(db.connection());
                RecordStore::WriteScope scope(store);
                const SaveResult saved = store.save(
                    QStringLiteral("units"), unitRecord(QStringLiteral("NT-LOCK"), QStringLiteral("锁")), {});
                locked.set_value();
                // Hold the lock a moment, as a long import in another program would.
                std::this_thread::sleep_for(std::chrono::milliseconds(800));
                wrote = saved.ok && scope.commit();
            }
        });
        locked.get_future().wait();
        const ImportOutcome o = import(t, QStringLiteral("second.csv"),
            "plate,time,lat,lon\n" + plate + ",2026-10-08 09:00:20,32.002,120.9\n");
        other.join();
        QVERIFY(wrote);
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        QCOMPARE(o.changed, 1);
        QCOMPARE(PositionStore(t.db.connection()).fixCount(), 3);
    }

    // Issue 9 item 4: the file is read as a stream. A "line" of 10 MB, or a file of zero bytes such as
    // /dev/zero, fails with a message instead of growing memory until std::bad_alloc.
    void hugeLineAndZeroBytesFailWithAMessage()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QByteArray plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate")).toUtf8();
        const ImportOutcome longLine = import(t, QStringLiteral("long.csv"),
            "plate,time,lat,lon\n" + plate + ",2026-10-08 09:00:00,32,120.9\n" + QByteArray(10 << 20, 'x')
                + "\n");
        QVERIFY(!longLine.ok);
        QCOMPARE(longLine.errors.first().line, 3);
        QVERIFY2(longLine.errors.first().reason.contains(QStringLiteral("longer")),
            qPrintable(longLine.errors.first().reason));
        const ImportOutcome zeros = import(t, QStringLiteral("zeros.csv"),
            "plate,time,lat,lon\n" + plate + ",2026-10-08 09:00:00,32,120.9\n" + QByteArray(3 << 20, '\0'));
        QVERIFY(!zeros.ok);
        QCOMPARE(zeros.errors.first().line, 3);
        RecordImporter importer(*t.store);
        const ImportOutcome devZero
            = importer.importFile(QStringLiteral("positions"), QStringLiteral("/dev/zero"), {});
        QVERIFY(!devZero.ok);
        QVERIFY2(devZero.errors.first().reason.contains(QStringLiteral("zero")),
            qPrintable(devZero.errors.first().reason));
        QCOMPARE(PositionStore(t.db.connection()).fixCount(), 0);
    }

    // The CSV is merged into the store every N fixes, all in one transaction: a bad row after several merges
    // stores nothing, and a repeated instant is judged the same across merges as within one.
    void streamedImportIsOneTransactionAcrossMerges()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QList<Record> vehicles = t.store->records(QStringLiteral("vehicles"));
        const QByteArray a = vehicles.at(0).text(QStringLiteral("plate")).toUtf8();
        const QByteArray b = vehicles.at(1).text(QStringLiteral("plate")).toUtf8();
        auto run = [&](const QByteArray &csv) {
            t.write(QStringLiteral("s.csv"), csv);
            PositionImporter importer(*t.store, t.db.connection());
            importer.setFlushEvery(3);
            return importer.importFile(t.file(QStringLiteral("s.csv")), {});
        };
        QByteArray csv("plate,time,lat,lon,speed_kmh\n");
        for (int i = 0; i < 20; ++i)
            csv += (i % 2 ? a : b)
                + QStringLiteral(",2026-10-08 09:%1:00,32.%2,120.9,30\n")
                      .arg(i, 2, 10, QLatin1Char('0'))
                      .arg(100 + i)
                      .toUtf8();
        // A bad value on the last line: nothing of the six merges before it is kept.
        ImportOutcome o = run(csv + a + ",2026-10-08 10:00:00,95,120.9,30\n");
        QVERIFY(!o.ok);
        QCOMPARE(o.errors.first().line, 22);
        QCOMPARE(PositionStore(t.db.connection()).fixCount(), 0);
        // The same instant of car a again after three merges: at the same place one report, elsewhere a bad
        // row that names the first line (line 3: 09:01).
        o = run(csv + a + ",2026-10-08 09:01:00,32.101,120.9,0\n");
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        QCOMPARE(o.rows, 21);
        QCOMPARE(o.changed, 20);
        QVERIFY2(o.notes.value(0).startsWith(QStringLiteral("1 ")), qPrintable(o.notes.value(0)));
        QCOMPARE(PositionStore(t.db.connection()).fixCount(), 20);
        o = run(csv + a + ",2026-10-08 09:01:00,32.2,120.9,0\n");
        QVERIFY(!o.ok);
        QCOMPARE(o.errors.size(), 1);
        QCOMPARE(o.errors.first().line, 22);
        QVERIFY2(
            o.errors.first().reason.contains(QStringLiteral("line 3")), qPrintable(o.errors.first().reason));
        // Out of time order but no repeat within the file: a stored fix from before is corrected.
        o = run("plate,time,lat,lon\n" + a + ",2026-10-08 09:03:00,32.2,120.9\n" + a
            + ",2026-10-08 09:05:00,32.2,120.9\n" + a + ",2026-10-08 09:07:00,32.2,120.9\n" + a
            + ",2026-10-08 09:01:00,32.2,120.9\n");
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        QCOMPARE(o.changed, 4);
        QVERIFY(o.notes.isEmpty());
        const QString id = vehicles.at(0).id;
        const std::vector<PositionFix> fixes
            = PositionStore(t.db.connection()).fixes(id, at("2026-10-08 09:01"), at("2026-10-08 09:02"));
        QCOMPARE(fixes.size(), size_t(1));
        QVERIFY(qAbs(fixes.front().lat - 32.2) < 1e-6);
    }

    // The real receiver logs of tests/data/nmea go through the importer: fixes stored, bad sentences
    // counted.
    void nmeaLogsImportForAVehicle()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QString plate
            = t.store->records(QStringLiteral("vehicles")).at(1).text(QStringLiteral("plate"));
        const QString dir = QStringLiteral(FD_TEST_DATA_DIR "/nmea");
        QVERIFY2(QDir(dir).exists(), qPrintable(dir));
        qint64 stored = 0;
        for (const char *log :
            { "beidou-bd.log", "bt451.log", "nmea-fuzzy-cases.log", "ublox-zed-f9p-nmea.log" }) {
            RecordImporter importer(*t.store);
            importer.setPlate(plate);
            const ImportOutcome o = importer.importFile(
                QStringLiteral("positions"), dir + QLatin1Char('/') + QLatin1String(log), {});
            QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
            QVERIFY(o.rows > 0);
            QCOMPARE(o.notes.size(), 1);
            stored += o.rows;
        }
        const QString id = t.store->findByKey(QStringLiteral("vehicles"), plate)->id;
        QCOMPARE(PositionStore(t.db.connection()).fixCount(id), stored);
    }

    // Issue 9 item 16: old receivers and some loggers end lines with CR alone; such a log imported 0 fixes
    // with success. It imports the same fixes as with LF.
    void nmeaWithCarriageReturnLineEnds()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QString plate
            = t.store->records(QStringLiteral("vehicles")).at(1).text(QStringLiteral("plate"));
        QFile log(QStringLiteral(FD_TEST_DATA_DIR "/nmea/ublox-zed-f9p-nmea.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QByteArray lf = log.readAll();
        lf.replace("\r\n", "\n");
        QByteArray cr = lf;
        cr.replace('\n', '\r');
        const ImportOutcome withLf = import(t, QStringLiteral("lf.nmea"), lf, plate);
        QVERIFY2(withLf.ok, qPrintable(withLf.errors.value(0).toString()));
        QVERIFY(withLf.rows > 0);
        const ImportOutcome withCr = import(t, QStringLiteral("cr.nmea"), cr, plate);
        QVERIFY2(withCr.ok, qPrintable(withCr.errors.value(0).toString()));
        QCOMPARE(withCr.rows, withLf.rows);
        QCOMPARE(withCr.notes, withLf.notes);
    }

    // A track that gives no fix at all (every sentence void, or no timed point) is refused, saying what was
    // seen, rather than "imported" with nothing stored.
    void trackWithoutAnyFixIsRefused()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QString plate
            = t.store->records(QStringLiteral("vehicles")).at(1).text(QStringLiteral("plate"));
        const ImportOutcome o = import(
            t, QStringLiteral("void.nmea"), "$GPRMC,,V,,,,,,,,,,N*53\n$GPRMC,,V,,,,,,,,,,N*53\n", plate);
        QVERIFY(!o.ok);
        QVERIFY2(
            o.errors.first().reason.contains(QStringLiteral("2 void")), qPrintable(o.errors.first().reason));
        const ImportOutcome g = import(t, QStringLiteral("untimed.gpx"),
            "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\" "
            "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
            "<trkpt lat=\"32.01\" lon=\"120.86\"></trkpt></trkseg></trk></gpx>",
            plate);
        QVERIFY(!g.ok);
        QVERIFY2(
            g.errors.first().reason.contains(QStringLiteral("time")), qPrintable(g.errors.first().reason));
    }

    // Empty files and UTF-16 ones were taken for CSV: "the header has no column plate".
    void emptyAndUtf16TrackFiles()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QString plate
            = t.store->records(QStringLiteral("vehicles")).at(1).text(QStringLiteral("plate"));
        for (const char *name : { "empty.nmea", "empty.gpx", "empty.csv" }) {
            const ImportOutcome o = import(t, QLatin1String(name), QByteArray(), plate);
            QVERIFY(!o.ok);
            QVERIFY2(o.errors.first().reason.contains(QStringLiteral("empty")),
                qPrintable(o.errors.first().reason));
        }
        // Windows tools write UTF-16 with a byte order mark; NMEA is ASCII and GPX is XML (which allows
        // UTF-16), so both are read.
        const QString nmea
            = QStringLiteral("$GPRMC,081836,A,3751.65,S,14507.36,E,000.0,360.0,130998,011.3,E*62\r\n"
                             "$GPRMC,081837,A,3751.66,S,14507.36,E,000.0,360.0,130998,011.3,E*60\r\n");
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const ImportOutcome n = import(t, QStringLiteral("u16.nmea"), QByteArray(le(nmea)), plate);
        QVERIFY2(n.ok, qPrintable(n.errors.value(0).toString()));
        QCOMPARE(n.rows, 2);
        const QString gpx
            = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><gpx version=\"1.1\" creator=\"t\" "
                             "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
                             "<trkpt lat=\"32.01\" lon=\"120.86\"><time>2026-10-08T01:00:00Z</time></trkpt>"
                             "</trkseg></trk></gpx>");
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        const ImportOutcome g = import(t, QStringLiteral("u16.gpx"), QByteArray(be(gpx)), plate);
        QVERIFY2(g.ok, qPrintable(g.errors.value(0).toString()));
        QCOMPARE(g.rows, 1);
        // A positions CSV is UTF-8 or GB18030 (DESIGN §6): UTF-16 is refused by name.
        QStringEncoder csv(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const ImportOutcome c = import(t, QStringLiteral("u16.csv"),
            QByteArray(
                csv(QStringLiteral("plate,time,lat,lon\r\n%1,2026-10-08 09:00:00,32,120.9\r\n").arg(plate))));
        QVERIFY(!c.ok);
        QVERIFY2(
            c.errors.first().reason.contains(QStringLiteral("UTF-16")), qPrintable(c.errors.first().reason));
    }

    void nmeaNeedsAPlate()
    {
        TestDb t;
        const ImportOutcome o = import(t, QStringLiteral("a.nmea"),
            "$GPRMC,081836,A,3751.65,S,14507.36,E,000.0,360.0,130998,011.3,E*62\n");
        QVERIFY(!o.ok);
        QVERIFY(o.errors.first().reason.contains(QStringLiteral("--plate")));
    }

    void gpxTrackImports()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const QString plate
            = t.store->records(QStringLiteral("vehicles")).first().text(QStringLiteral("plate"));
        // (An ordinary literal: moc 6.4 loses its way in a raw string holding "<?xml".)
        const QByteArray gpx("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\" "
                             "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
                             "<trkpt lat=\"32.01\" lon=\"120.86\"><time>2026-10-08T01:00:00Z</time></trkpt>"
                             "<trkpt lat=\"32.02\" lon=\"120.87\"><time>2026-10-08T01:00:10Z</time></trkpt>"
                             "</trkseg></trk></gpx>");
        const ImportOutcome o = import(t, QStringLiteral("t.gpx"), gpx, plate);
        QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        QCOMPARE(o.changed, 2);
    }
};

QTEST_GUILESS_MAIN(TestPositions)
#include "tst_positions.moc"
