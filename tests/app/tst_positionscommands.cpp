// The command line's positions commands (DESIGN §6): `export positions` with --plate, --from, --to and GPX,
// and what a damaged track day does to export, check and `verify`.
#include "clirun.h"
#include "store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPositionsCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QByteArray read(const QString &name)
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    using Run = CliRun;
    static Run cli(const QStringList &args) { return runCli(args); }
    Run cli(const QString &db, const QStringList &args)
    {
        return cli(QStringList { QStringLiteral("--db"), db } + args);
    }
    // Two cars; A1234 has 10 fixes on 10-07 (one with a sub-second time) and 20 on 10-08, B5678 5 on 10-08.
    QString fleet(const QString &name)
    {
        const QString db = file(name + QStringLiteral(".sqlite"));
        write(QStringLiteral("units.csv"), "unit_code,name\nNT001,市政府办公室\n");
        write(QStringLiteral("vehicles.csv"),
            "plate,category,unit_code,status\n苏F·A1234,emergency,NT001,active\n"
            "苏F·B5678,general,NT001,active\n");
        QByteArray fixes("plate,time,lat,lon,speed_kmh,heading\n");
        for (int i = 0; i < 10; ++i)
            fixes += QStringLiteral("苏F·A1234,2026-10-07T23:50:%1.%2+08:00,32.%3,120.9,36,90\n")
                         .arg(i * 5, 2, 10, QLatin1Char('0'))
                         .arg(i == 3 ? 250 : 0, 3, 10, QLatin1Char('0'))
                         .arg(1000 + i)
                         .toUtf8();
        for (int i = 0; i < 20; ++i)
            fixes += QStringLiteral("苏F·A1234,2026-10-08T08:%1:00+08:00,32.%2,120.91,,\n")
                         .arg(i, 2, 10, QLatin1Char('0'))
                         .arg(2000 + i)
                         .toUtf8();
        for (int i = 0; i < 5; ++i)
            fixes += QStringLiteral("苏F·B5678,2026-10-08T09:00:%1+08:00,31.9,120.%2,12.5,270\n")
                         .arg(i * 10, 2, 10, QLatin1Char('0'))
                         .arg(8000 + i)
                         .toUtf8();
        write(QStringLiteral("fixes.csv"), fixes);
        for (const auto &[kind, path] : { std::pair { "units", "units.csv" }, { "vehicles", "vehicles.csv" },
                 { "positions", "fixes.csv" } }) {
            const Run r
                = cli(db, { QStringLiteral("import"), QLatin1String(kind), file(QLatin1String(path)) });
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
        }
        return db;
    }
    int dataLines(const QString &name)
    {
        const QList<QByteArray> lines = read(name).split('\n');
        int n = 0;
        for (const QByteArray &l : lines)
            n += l.trimmed().isEmpty() ? 0 : 1;
        return n - 1; // the header
    }
    // Cuts the stored block of `plate`'s `day` in half, as a damaged page would.
    void damage(const QString &db, const QString &plate, const QString &day)
    {
        Database d(QStringLiteral("damage"));
        QVERIFY(d.open(db));
        QSqlQuery q(d.connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE track_days SET data = substr(data, 1, length(data) / 2) WHERE "
                                  "day = '%1' AND vehicle_id = (SELECT id FROM vehicles WHERE plate = '%2')")
                       .arg(day, plate)));
        QCOMPARE(q.numRowsAffected(), 1);
    }

private slots:
    void exportWritesEveryFix()
    {
        const QString db = fleet(QStringLiteral("all"));
        const Run r = cli(
            db, { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("all.csv")) });
        QCOMPARE(r.code, 0);
        QCOMPARE(dataLines(QStringLiteral("all.csv")), 35);
        QVERIFY2(r.out.contains(QStringLiteral("35")), qPrintable(r.out));
        const QByteArray csv = read(QStringLiteral("all.csv"));
        QVERIFY(csv.startsWith("plate,time,lat,lon,speed_kmh,heading\r\n"));
        QVERIFY2(csv.contains("苏F·A1234,2026-10-07T23:50:15.250+08:00,32.100300,120.900000,36.0,90\r\n"),
            csv.constData());
        QVERIFY2(csv.contains("苏F·B5678,2026-10-08T09:00:40+08:00,31.900000,120.800400,12.5,270\r\n"),
            csv.constData());
        QVERIFY(csv.contains("苏F·A1234,2026-10-08T08:19:00+08:00,32.201900,120.910000,,\r\n"));

        // What is exported imports again into an empty fleet as the same fixes.
        const QString copy = fleet(QStringLiteral("copy"));
        Database d(QStringLiteral("wipe"));
        QVERIFY(d.open(copy));
        QVERIFY(QSqlQuery(d.connection()).exec(QStringLiteral("DELETE FROM track_days")));
        d.close();
        const Run back = cli(
            copy, { QStringLiteral("import"), QStringLiteral("positions"), file(QStringLiteral("all.csv")) });
        QCOMPARE(back.code, 0);
        QVERIFY2(back.out.contains(QStringLiteral("35 records read, 35 added")), qPrintable(back.out));
    }

    void exportOneCarsPeriod()
    {
        const QString db = fleet(QStringLiteral("one"));
        Run r = cli(db,
            { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("a.csv")),
                QStringLiteral("--plate"), QStringLiteral("苏F·A1234") });
        QCOMPARE(r.code, 0);
        QCOMPARE(dataLines(QStringLiteral("a.csv")), 30);
        QVERIFY(!read(QStringLiteral("a.csv")).contains("B5678"));
        // --to is inclusive: up to the next Beijing midnight; 10-07 23:50 is on 10-07 in Beijing.
        r = cli(db,
            { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("a7.csv")),
                QStringLiteral("--plate"), QStringLiteral("苏F·A1234"), QStringLiteral("--from"),
                QStringLiteral("2026-10-07"), QStringLiteral("--to"), QStringLiteral("2026-10-07") });
        QCOMPARE(r.code, 0);
        QCOMPARE(dataLines(QStringLiteral("a7.csv")), 10);
        r = cli(db,
            { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("d8.csv")),
                QStringLiteral("--from"), QStringLiteral("2026-10-08") });
        QCOMPARE(r.code, 0);
        QCOMPARE(dataLines(QStringLiteral("d8.csv")), 25);
        r = cli(db,
            { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("none.csv")),
                QStringLiteral("--to"), QStringLiteral("2026-10-06") });
        QCOMPARE(r.code, 0);
        QCOMPARE(dataLines(QStringLiteral("none.csv")), 0);

        // A car that does not exist, a bad date, options on another kind.
        r = cli(db,
            { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("x.csv")),
                QStringLiteral("--plate"), QStringLiteral("苏F·Z0000") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("苏F·Z0000")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("x.csv"))));
        QCOMPARE(cli(db,
                     { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("x.csv")),
                         QStringLiteral("--from"), QStringLiteral("10/07/2026") })
                     .code,
            2);
        QCOMPARE(cli(db,
                     { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("x.csv")),
                         QStringLiteral("--from"), QStringLiteral("2026-10-08"), QStringLiteral("--to"),
                         QStringLiteral("2026-10-07") })
                     .code,
            2);
        QCOMPARE(cli(db,
                     { QStringLiteral("export"), QStringLiteral("vehicles"), file(QStringLiteral("x.csv")),
                         QStringLiteral("--plate"), QStringLiteral("苏F·A1234") })
                     .code,
            2);
    }

    void exportGpx()
    {
        const QString db = fleet(QStringLiteral("gpx"));
        const Run r = cli(db,
            { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("a.gpx")),
                QStringLiteral("--plate"), QStringLiteral("苏F·A1234") });
        QCOMPARE(r.code, 0);
        const QByteArray gpx = read(QStringLiteral("a.gpx"));
        QVERIFY2(gpx.contains("<gpx xmlns=\"http://www.topografix.com/GPX/1/1\""), gpx.constData());
        QVERIFY(gpx.contains("version=\"1.1\""));
        QVERIFY(gpx.contains("<name>苏F·A1234</name>"));
        QCOMPARE(gpx.count("<trkpt "), 30);
        // Times in UTC, speed in m/s.
        QVERIFY2(gpx.contains("<time>2026-10-07T15:50:15.250Z</time>"), gpx.constData());
        QVERIFY(gpx.contains("<gpxtpx:speed>10.00</gpxtpx:speed>"));

        // Our own importer reads it back as the same fixes for another car.
        const QString copy = fleet(QStringLiteral("gpxcopy"));
        Database d(QStringLiteral("wipe"));
        QVERIFY(d.open(copy));
        QVERIFY(QSqlQuery(d.connection()).exec(QStringLiteral("DELETE FROM track_days")));
        d.close();
        const Run back = cli(copy,
            { QStringLiteral("import"), QStringLiteral("positions"), file(QStringLiteral("a.gpx")),
                QStringLiteral("--plate"), QStringLiteral("苏F·B5678") });
        QCOMPARE(back.code, 0);
        QVERIFY2(back.out.contains(QStringLiteral("30 records read, 30 added")), qPrintable(back.out));
        const Run again = cli(copy,
            { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("b.csv")),
                QStringLiteral("--plate"), QStringLiteral("苏F·B5678") });
        QCOMPARE(again.code, 0);
        QVERIFY(read(QStringLiteral("b.csv"))
                    .contains("苏F·B5678,2026-10-07T23:50:15.250+08:00,32.100300,120.900000,36.0,90\r\n"));
    }

    // Issue 9 item 12: a day that does not decode stops export and check, naming the car and the day.
    void damagedDayStopsExportAndCheck()
    {
        const QString db = fleet(QStringLiteral("damaged"));
        damage(db, QStringLiteral("苏F·A1234"), QStringLiteral("2026-10-08"));
        const Run exported = cli(
            db, { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("d.csv")) });
        QCOMPARE(exported.code, 1);
        QVERIFY2(exported.err.contains(QStringLiteral("苏F·A1234"))
                && exported.err.contains(QStringLiteral("2026-10-08")),
            qPrintable(exported.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("d.csv"))));
        const Run gpx = cli(
            db, { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("d.gpx")) });
        QCOMPARE(gpx.code, 1);
        QVERIFY(!QFile::exists(file(QStringLiteral("d.gpx"))));
        // The other car's and the other day's fixes are still there to export.
        QCOMPARE(cli(db,
                     { QStringLiteral("export"), QStringLiteral("positions"), file(QStringLiteral("b.csv")),
                         QStringLiteral("--plate"), QStringLiteral("苏F·B5678") })
                     .code,
            0);

        const Run check = cli(db,
            { QStringLiteral("check"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                QStringLiteral("--to"), QStringLiteral("2026-10-31") });
        QCOMPARE(check.code, 1);
        QVERIFY2(check.err.contains(QStringLiteral("苏F·A1234"))
                && check.err.contains(QStringLiteral("2026-10-08")),
            qPrintable(check.err));
        QCOMPARE(cli(db,
                     { QStringLiteral("check"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-10-07") })
                     .code,
            0);
    }

    void verifyDecodesEveryDay()
    {
        const QString db = fleet(QStringLiteral("verify"));
        const Run ok = cli(db, { QStringLiteral("verify") });
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("3")) && ok.out.contains(QStringLiteral("35")),
            qPrintable(ok.out));
        damage(db, QStringLiteral("苏F·B5678"), QStringLiteral("2026-10-08"));
        const Run bad = cli(db, { QStringLiteral("verify") });
        QCOMPARE(bad.code, 1);
        QVERIFY2(
            bad.err.contains(QStringLiteral("苏F·B5678")) && bad.err.contains(QStringLiteral("2026-10-08")),
            qPrintable(bad.err));
        QVERIFY(!bad.err.contains(QStringLiteral("苏F·A1234")));
    }

    // SQLite's own check: a page overwritten with junk is reported, with exit 1.
    void verifyRunsTheIntegrityCheck()
    {
        const QString db = fleet(QStringLiteral("pages"));
        {
            Database d(QStringLiteral("checkpoint"));
            QVERIFY(d.open(db));
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        }
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Junk over the last page but one: an index or table page the integrity check reads.
        f.seek(size - 2 * 4096);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const Run r = cli(db, { QStringLiteral("verify") });
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestPositionsCommands)
#include "tst_positionscommands.moc"
