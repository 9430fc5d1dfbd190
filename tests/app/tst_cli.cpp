#include "base/appsettings.h"
#include "clirun.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

class TestCli : public QObject
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
    using Run = CliRun;
    static Run cli(const QStringList &args) { return runCli(args); }
    int count(const QString &db, const QString &kind)
    {
        Database d(QStringLiteral("count"));
        if (!d.open(db))
            return -1;
        return RecordStore(d.connection()).count(kind);
    }

private slots:
    void demoFillsTheFileAndIsRepeatable()
    {
        const QString db = file(QStringLiteral("demo.sqlite"));
        const Run first = cli({ QStringLiteral("--db"), db, QStringLiteral("demo") });
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("45")) || first.out.contains(QStringLiteral("vehicles")),
            qPrintable(first.out));
        QCOMPARE(count(db, QStringLiteral("vehicles")), 70);
        const Run second = cli({ QStringLiteral("--db"), db, QStringLiteral("demo") });
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(QStringLiteral("0 records and 0 fixes added or changed")),
            qPrintable(second.out));
    }

    void importExportRoundTrip()
    {
        const QString db = file(QStringLiteral("ie.sqlite"));
        write(QStringLiteral("units.csv"), "unit_code,name\nNT001,市政府办公室\n");
        write(QStringLiteral("vehicles.csv"),
            "plate,category,unit_code,status\n苏F·A1234,emergency,NT001,active\n");
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"),
                         file(QStringLiteral("units.csv")) })
                     .code,
            0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("vehicles"),
                         file(QStringLiteral("vehicles.csv")) })
                     .code,
            0);
        const Run exported = cli({ QStringLiteral("--db"), db, QStringLiteral("export"),
            QStringLiteral("vehicles"), file(QStringLiteral("out.csv")) });
        QCOMPARE(exported.code, 0);
        QFile out(file(QStringLiteral("out.csv")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(out.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("plate,category,unit_code,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("苏F·A1234,emergency,NT001,")), qPrintable(text));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("vehicles"),
                         file(QStringLiteral("out.xlsx")) })
                     .code,
            0);
        QVERIFY(QFile::exists(file(QStringLiteral("out.xlsx"))));
    }

    void usageErrors()
    {
        QCOMPARE(cli({ QStringLiteral("demo") }).code, int(CliApp::UsageError));
        QCOMPARE(
            cli({ QStringLiteral("--db"), file(QStringLiteral("u.sqlite")), QStringLiteral("fly") }).code,
            int(CliApp::UsageError));
        QCOMPARE(cli({ QStringLiteral("--db"), file(QStringLiteral("u.sqlite")), QStringLiteral("import"),
                         QStringLiteral("units") })
                     .code,
            int(CliApp::UsageError));
    }

    // The real binary: exit status 1 and FILE:LINE:COLUMN on standard error, nothing stored.
    void badFileExitsOneWithTheLocation()
    {
        const QString db = file(QStringLiteral("bad.sqlite"));
        write(QStringLiteral("u.csv"), "unit_code,name\nNT001,甲\nNT002,\n");
        QProcess p;
        p.start(QStringLiteral(FD_CLI_BINARY),
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"),
                file(QStringLiteral("u.csv")) });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(file(QStringLiteral("u.csv")) + QStringLiteral(":3:2: ")), qPrintable(err));
        QCOMPARE(count(db, QStringLiteral("units")), 0);
    }

    // DESIGN §6: one JSON array; each element has rule, plate, start, end (ISO 8601), the ids that apply and
    // an evidence object. --to is inclusive (a task on the last day counts), --rule narrows the run.
    void checkPrintsTheFindingsAsJson()
    {
        const QString db = file(QStringLiteral("check.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo") }).code, 0);
        write(QStringLiteral("t.csv"),
            "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km\n"
            "X1,苏F·A1000,D001,2026-10-31 09:00,2026-10-31 10:00,32.3711,120.5737,10\n");
        QByteArray track("plate,time,lat,lon\n");
        for (int i = 0; i < 360; ++i)
            track += QStringLiteral("苏F·A1000,2026-10-31T09:%1:%2+08:00,32.0,%3\n")
                         .arg(i / 6, 2, 10, QLatin1Char('0'))
                         .arg(i % 6 * 10, 2, 10, QLatin1Char('0'))
                         .arg(120.86 + i * 0.0005, 0, 'f', 6)
                         .toUtf8();
        write(QStringLiteral("p.csv"), track);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("tasks"),
                         file(QStringLiteral("t.csv")) })
                     .code,
            0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("positions"),
                         file(QStringLiteral("p.csv")) })
                     .code,
            0);

        QProcess p;
        p.start(QStringLiteral(FD_CLI_BINARY),
            { QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--from"),
                QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                QStringLiteral("--rule"), QStringLiteral("destination"), QStringLiteral("--rule"),
                QStringLiteral("mileage"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QStringList rules;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(QStringLiteral("rule")) && o.contains(QStringLiteral("plate"))
                && o.contains(QStringLiteral("start")) && o.contains(QStringLiteral("end"))
                && o.value(QStringLiteral("evidence")).isObject());
            if (o.value(QStringLiteral("task_code")).toString() != QStringLiteral("X1"))
                continue; // the demo's own October findings
            rules << o.value(QStringLiteral("rule")).toString();
            QCOMPARE(o.value(QStringLiteral("plate")).toString(), QStringLiteral("苏F·A1000"));
            QCOMPARE(o.value(QStringLiteral("task_code")).toString(), QStringLiteral("X1"));
            QCOMPARE(
                o.value(QStringLiteral("start")).toString(), QStringLiteral("2026-10-31T09:00:00+08:00"));
            QCOMPARE(o.value(QStringLiteral("end")).toString(), QStringLiteral("2026-10-31T10:00:00+08:00"));
            QVERIFY(o.value(QStringLiteral("evidence")).isObject());
        }
        rules.sort();
        QCOMPARE(rules, (QStringList { QStringLiteral("destination"), QStringLiteral("mileage") }));

        // The day before the task is outside a window that ends on 10-30.
        const Run narrow = cli({ QStringLiteral("--db"), db, QStringLiteral("check"),
            QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
            QStringLiteral("2026-10-30"), QStringLiteral("--rule"), QStringLiteral("destination") });
        QCOMPARE(narrow.code, 0);
        for (const QJsonValue &v : QJsonDocument::fromJson(narrow.out.toUtf8()).array())
            QVERIFY(v.toObject().value(QStringLiteral("task_code")).toString() != QStringLiteral("X1"));

        const Run csv = cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--from"),
            QStringLiteral("2026-10-31"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
            QStringLiteral("--rule"), QStringLiteral("mileage"), QStringLiteral("--format"),
            QStringLiteral("csv") });
        QCOMPARE(csv.code, 0);
        QVERIFY2(csv.out.startsWith(
                     QStringLiteral("rule,plate,start,end,driver_code,task_code,card_no,evidence\r\n")),
            qPrintable(csv.out));
        QVERIFY2(
            csv.out.contains(QStringLiteral(
                "\r\nmileage,苏F·A1000,2026-10-31T09:00:00+08:00,2026-10-31T10:00:00+08:00,D001,X1,,\"{")),
            qPrintable(csv.out));
    }

    void checkRefusesBadArguments()
    {
        const QString db = file(QStringLiteral("args.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--from"),
                         QStringLiteral("2026-10-01") })
                     .code,
            int(CliApp::UsageError));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--from"),
                         QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-09-01") })
                     .code,
            int(CliApp::UsageError));
        const Run unknown = cli({ QStringLiteral("--db"), db, QStringLiteral("check"),
            QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
            QStringLiteral("2026-10-31"), QStringLiteral("--rule"), QStringLiteral("speeding") });
        QCOMPARE(unknown.code, int(CliApp::UsageError));
        QVERIFY(unknown.err.contains(QStringLiteral("speeding")));
    }

    // Only the fields a person may set: the state, the order a request is linked to and who referred it are
    // the program's, so a typed task_code cannot make `request cancel` remove an unrelated order.
    void requestAddTakesOnlyWhatAUserSets()
    {
        const QString db = file(QStringLiteral("add.sqlite"));
        write(QStringLiteral("u3.csv"), "unit_code,name\nNT003,市政府办公室\n");
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"),
                         file(QStringLiteral("u3.csv")) })
                     .code,
            0);
        const QStringList base { QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("add"),
            QStringLiteral("unit_code=NT003"), QStringLiteral("passengers=2"),
            QStringLiteral("start=2026-12-01 09:00"), QStringLiteral("end=2026-12-01 11:00"),
            QStringLiteral("dest_lat=32.37"), QStringLiteral("dest_lon=120.57") };
        for (const QString &extra : { QStringLiteral("referred_by=局长"), QStringLiteral("status=approved"),
                 QStringLiteral("task_code=PC20260701-001"), QStringLiteral("referral_provider=某平台") }) {
            const Run refused = cli(base + QStringList { QStringLiteral("request_code=X1"), extra });
            QVERIFY2(
                refused.code == int(CliApp::UsageError), qPrintable(extra + QLatin1Char(' ') + refused.err));
            QVERIFY2(refused.err.contains(extra.section(QLatin1Char('='), 0, 0)), qPrintable(refused.err));
        }
        QCOMPARE(count(db, QStringLiteral("requests")), 0);
        const Run added = cli(base + QStringList { QStringLiteral("request_code=X2") });
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(count(db, QStringLiteral("requests")), 1);
    }

    void dispatchCommandsRefuseADoubleBooking()
    {
        const QString db = file(QStringLiteral("dispatch.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo") }).code, 0);
        for (const QString &code : { QStringLiteral("Q1"), QStringLiteral("Q2") }) {
            const Run add
                = cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("add"),
                    QStringLiteral("request_code=") + code, QStringLiteral("unit_code=NT003"),
                    QStringLiteral("passengers=2"), QStringLiteral("start=2026-12-01 09:00"),
                    QStringLiteral("end=2026-12-01 11:00"), QStringLiteral("dest_lat=32.37"),
                    QStringLiteral("dest_lon=120.57"), QStringLiteral("nav_km=96") });
            QVERIFY2(add.code == 0, qPrintable(add.err));
            QCOMPARE(add.out.trimmed(), code);
            QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("approve"),
                             code })
                         .code,
                0);
        }
        const Run first = cli({ QStringLiteral("--db"), db, QStringLiteral("dispatch"), QStringLiteral("Q1"),
            QStringLiteral("--plate"), QStringLiteral("苏FA1000"), QStringLiteral("--driver"),
            QStringLiteral("D002") });
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(first.out.trimmed(), QStringLiteral("PQ1"));
        const Run second = cli({ QStringLiteral("--db"), db, QStringLiteral("dispatch"), QStringLiteral("Q2"),
            QStringLiteral("--plate"), QStringLiteral("苏F·A1000"), QStringLiteral("--driver"),
            QStringLiteral("D003") });
        QCOMPARE(second.code, int(CliApp::DataError));
        QVERIFY2(second.err.contains(QStringLiteral("PQ1")), qPrintable(second.err));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("reject"),
                         QStringLiteral("Q2") })
                     .code,
            int(CliApp::DataError)); // approved requests are not rejected, and never without a reason
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("depart"), QStringLiteral("Q1"),
                         QStringLiteral("--odometer"), QStringLiteral("52000"), QStringLiteral("--time"),
                         QStringLiteral("2026-12-01 09:02") })
                     .code,
            0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("return"), QStringLiteral("Q1"),
                         QStringLiteral("--odometer"), QStringLiteral("52190") })
                     .code,
            0);
    }

    // 报备: only to a provider of the settings, with a reason, and only while the request is approved.
    void referCommand()
    {
        const QString db = file(QStringLiteral("refer.sqlite"));
        const QString ini = file(QStringLiteral("refer.ini")); // empty: the default providers
        write(QStringLiteral("refer.ini"), QByteArray());
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo") }).code, 0);
        const Run add = cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("add"),
            QStringLiteral("request_code=G1"), QStringLiteral("unit_code=NT003"),
            QStringLiteral("passengers=12"), QStringLiteral("start=2026-12-02 08:00"),
            QStringLiteral("end=2026-12-02 18:00"), QStringLiteral("dest_lat=32.06"),
            QStringLiteral("dest_lon=118.79"), QStringLiteral("trip_type=long") });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QString provider = AppSettings::defaultReferralProviders().last();
        auto refer = [&](const QStringList &extra) {
            return cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("--settings"), ini,
                           QStringLiteral("request"), QStringLiteral("refer"), QStringLiteral("G1") }
                + extra);
        };
        const Run early = refer({ QStringLiteral("--provider"), provider, QStringLiteral("--reason"),
            QStringLiteral("12人赴南京") });
        QCOMPARE(early.code, int(CliApp::DataError)); // not approved yet
        QVERIFY2(early.err.contains(QStringLiteral("G1")), qPrintable(early.err));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("approve"),
                         QStringLiteral("G1") })
                     .code,
            0);
        QCOMPARE(refer({ QStringLiteral("--provider"), provider }).code, int(CliApp::UsageError));
        const Run unknown = refer({ QStringLiteral("--provider"), QStringLiteral("某出租车公司"),
            QStringLiteral("--reason"), QStringLiteral("12人赴南京") });
        QCOMPARE(unknown.code, int(CliApp::DataError));
        QVERIFY2(unknown.err.contains(QStringLiteral("某出租车公司")) && unknown.err.contains(provider),
            qPrintable(unknown.err));
        const Run blank = refer(
            { QStringLiteral("--provider"), provider, QStringLiteral("--reason"), QStringLiteral(" ") });
        QCOMPARE(blank.code, int(CliApp::DataError));
        QVERIFY2(blank.err.contains(QStringLiteral("reason")), qPrintable(blank.err));
        const Run ok = refer({ QStringLiteral("--provider"), provider, QStringLiteral("--reason"),
            QStringLiteral("12人赴南京") });
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        Database d(QStringLiteral("refer-check"));
        QVERIFY(d.open(db));
        const Record r
            = *RecordStore(d.connection()).findByKey(QStringLiteral("requests"), QStringLiteral("G1"));
        QCOMPARE(r.text(QStringLiteral("status")), QStringLiteral("referred"));
        QCOMPARE(r.text(QStringLiteral("referral_provider")), provider);
        QCOMPARE(r.text(QStringLiteral("referral_reason")), QStringLiteral("12人赴南京"));
        QVERIFY(r.text(QStringLiteral("referred_by")).startsWith(QStringLiteral("cli")));
        const Run again = refer(
            { QStringLiteral("--provider"), provider, QStringLiteral("--reason"), QStringLiteral("再次") });
        QCOMPARE(again.code, int(CliApp::DataError));
    }

    // The board's bar drag from the command line: the same rules, and what is not given stays.
    void moveKeepsTheRulesAndTheLength()
    {
        const QString db = file(QStringLiteral("move.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo") }).code, 0);
        const QStringList plates = { QStringLiteral("苏F·A1000"), QStringLiteral("苏F·A1037") };
        for (int i = 0; i < 2; ++i) {
            const QString code = QStringLiteral("M%1").arg(i + 1);
            QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("add"),
                             QStringLiteral("request_code=") + code, QStringLiteral("unit_code=NT003"),
                             QStringLiteral("passengers=2"), QStringLiteral("start=2026-12-01 09:00"),
                             QStringLiteral("end=2026-12-01 11:00"), QStringLiteral("dest_lat=32.37"),
                             QStringLiteral("dest_lon=120.57"), QStringLiteral("nav_km=96") })
                         .code,
                0);
            QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("approve"),
                             code })
                         .code,
                0);
            const Run d = cli({ QStringLiteral("--db"), db, QStringLiteral("dispatch"), code,
                QStringLiteral("--plate"), plates[i], QStringLiteral("--driver"),
                i == 0 ? QStringLiteral("D003") : QStringLiteral("D004") });
            QVERIFY2(d.code == 0, qPrintable(d.err));
        }
        const Run clash = cli({ QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("PM1"),
            QStringLiteral("--plate"), plates[1] });
        QCOMPARE(clash.code, int(CliApp::DataError));
        QVERIFY2(clash.err.contains(QStringLiteral("PM2")), qPrintable(clash.err));
        const Run later = cli({ QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("PM1"),
            QStringLiteral("--plate"), plates[1], QStringLiteral("--start"),
            QStringLiteral("2026-12-01 13:00") });
        QVERIFY2(later.code == 0, qPrintable(later.err));
        const QString tasks = file(QStringLiteral("moved.csv"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("tasks"), tasks })
                     .code,
            0);
        QFile csv(tasks);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        const QString row = text.section(QStringLiteral("\nPM1,"), 1, 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(row.startsWith(plates[1] + QLatin1Char(',')), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("2026-12-01T13:00:00+08:00,2026-12-01T15:00:00+08:00")),
            qPrintable(row));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("PM9"),
                         QStringLiteral("--plate"), plates[0] })
                     .code,
            int(CliApp::DataError));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("PM1") }).code,
            int(CliApp::UsageError));
    }

    void dispatchAllPrintsThePlanAndAppliesIt()
    {
        const QString db = file(QStringLiteral("dispatchall.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo") }).code, 0);
        for (const auto &[code, passengers] : { std::pair { QStringLiteral("A1"), QStringLiteral("2") },
                 std::pair { QStringLiteral("A2"), QStringLiteral("3") },
                 std::pair { QStringLiteral("A3"), QStringLiteral("59") } }) {
            const Run add
                = cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("add"),
                    QStringLiteral("request_code=") + code, QStringLiteral("unit_code=NT003"),
                    QStringLiteral("passengers=") + passengers, QStringLiteral("start=2026-12-02 09:00"),
                    QStringLiteral("end=2026-12-02 11:00"), QStringLiteral("dest_lat=32.37"),
                    QStringLiteral("dest_lon=120.57"), QStringLiteral("nav_km=96") });
            QVERIFY2(add.code == 0, qPrintable(add.err));
            QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("request"), QStringLiteral("approve"),
                             code })
                         .code,
                0);
        }
        const QStringList base { QStringLiteral("--db"), db, QStringLiteral("dispatch-all"),
            QStringLiteral("--date"), QStringLiteral("2026-12-02") };
        const Run shown = cli(base);
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral("2 assigned, 1 unassigned")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("total cost")), qPrintable(shown.out));
        QVERIFY2(
            shown.out.contains(QStringLiteral("A3")) && shown.out.contains(QStringLiteral("unassigned: ")),
            qPrintable(shown.out));
        const int tasks = count(db, QStringLiteral("tasks"));
        // Only shown: nothing stored, the same plan again.
        QCOMPARE(cli(base).out, shown.out);
        QCOMPARE(count(db, QStringLiteral("tasks")), tasks);
        const Run applied = cli(base + QStringList { QStringLiteral("--apply") });
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QVERIFY2(applied.out.contains(QStringLiteral("stored 2 dispatch order")), qPrintable(applied.out));
        QCOMPARE(count(db, QStringLiteral("tasks")), tasks + 2);
        const Run after = cli(base);
        QVERIFY2(after.out.contains(QStringLiteral("0 assigned, 1 unassigned")), qPrintable(after.out));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("dispatch-all"), QStringLiteral("--date"),
                         QStringLiteral("2.12.2026") })
                     .code,
            int(CliApp::UsageError));
        const Run empty = cli({ QStringLiteral("--db"), db, QStringLiteral("dispatch-all"),
            QStringLiteral("--date"), QStringLiteral("2026-12-03") });
        QCOMPARE(empty.code, 0);
        QVERIFY2(empty.out.contains(QStringLiteral("no approved requests")), qPrintable(empty.out));
    }

    // The real binary routes render to the map renderer under a GUI application, offscreen without a display.
    void renderWritesThePng()
    {
        const QString db = file(QStringLiteral("render.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo") }).code, 0);
        const QString png = file(QStringLiteral("task.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FD_CLI_BINARY),
            { QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("--task"),
                QStringLiteral("PC20261015-067"), QStringLiteral("--out"), png, QStringLiteral("--size"),
                QStringLiteral("320x200") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(320, 200));
    }

    // print-order writes the 派车单 as a PDF under an offscreen GUI application, like render.
    void printOrderWritesThePdf()
    {
        const QString db = file(QStringLiteral("print.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo") }).code, 0);
        const QString pdf = file(QStringLiteral("order.pdf"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        auto run = [&](const QString &task, const QString &out) {
            QProcess p;
            p.setProcessEnvironment(env);
            write(QStringLiteral("print.ini"), QByteArray()); // empty: the default center
            p.start(QStringLiteral(FD_CLI_BINARY),
                { QStringLiteral("--db"), db, QStringLiteral("print-order"), QStringLiteral("--task"), task,
                    QStringLiteral("--out"), out, QStringLiteral("--settings"),
                    file(QStringLiteral("print.ini")) });
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const auto ok = run(QStringLiteral("PC20261015-067"), pdf);
        QVERIFY2(ok.first == 0, qPrintable(ok.second));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 8000);
        const auto missing = run(QStringLiteral("P-NONE"), file(QStringLiteral("none.pdf")));
        QCOMPARE(missing.first, 1);
        QVERIFY2(missing.second.contains(QStringLiteral("P-NONE")), qPrintable(missing.second));
        QVERIFY(!QFile::exists(file(QStringLiteral("none.pdf"))));
    }

    void unopenableDatabaseIsADataError()
    {
        write(QStringLiteral("junk.sqlite"), QByteArray(8192, 'j'));
        const Run r
            = cli({ QStringLiteral("--db"), file(QStringLiteral("junk.sqlite")), QStringLiteral("demo") });
        QCOMPARE(r.code, int(CliApp::DataError));
        QVERIFY2(r.err.contains(file(QStringLiteral("junk.sqlite"))), qPrintable(r.err));
    }

    // `demo` killed while it writes leaves the file with all of the demo or none of it, never a part.
    void demoKilledMidwayLeavesAllOrNothing()
    {
        const QString db = file(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.start(QStringLiteral(FD_CLI_BINARY), { QStringLiteral("--db"), db, QStringLiteral("demo") });
        QVERIFY(p.waitForStarted());
        // Kill it once the write-ahead log has grown well past the empty schema's: the fill is under way.
        const QString wal = db + QStringLiteral("-wal");
        while (p.state() == QProcess::Running && QFileInfo(wal).size() < 1024 * 1024)
            p.waitForFinished(10);
        p.kill();
        p.waitForFinished();
        const int vehicles = count(db, QStringLiteral("vehicles"));
        const int units = count(db, QStringLiteral("units"));
        const int tasks = count(db, QStringLiteral("tasks"));
        QVERIFY2((units == 0 && vehicles == 0 && tasks == 0) || (vehicles == 70 && tasks > 1000),
            qPrintable(
                QStringLiteral("%1 units, %2 vehicles, %3 tasks").arg(units).arg(vehicles).arg(tasks)));
    }

    // A disk that fills up while saving (here a file size limit, which SQLite meets as a failed write):
    // the reason is SQLite's, never empty, and nothing is stored.
    void fullDiskGivesTheReason()
    {
        const QString db = file(QStringLiteral("full.sqlite"));
        write(QStringLiteral("one.csv"), "unit_code,name\nNT001,市政府办公室\n");
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"),
                         file(QStringLiteral("one.csv")) })
                     .code,
            0);
        QByteArray many = "unit_code,name\n";
        for (int i = 0; i < 400; ++i)
            many += QStringLiteral("U%1,%2\n")
                        .arg(i, 5, 10, QLatin1Char('0'))
                        .arg(QString(120, QChar(0x529E)))
                        .toUtf8();
        write(QStringLiteral("many.csv"), many);
        QProcess p;
        // SIGXFSZ ignored: a write past the limit then fails as on a full disk instead of killing the
        // program.
        p.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"),
                QStringLiteral("trap '' XFSZ; ulimit -f 100; exec \"$0\" --db \"$1\" import units \"$2\""),
                QStringLiteral(FD_CLI_BINARY), db, file(QStringLiteral("many.csv")) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        QVERIFY2(!err.endsWith(QLatin1Char(':')) && !err.contains(QStringLiteral(": \n")), qPrintable(err));
        QVERIFY2(
            err.contains(QStringLiteral("I/O")) || err.contains(QStringLiteral("full")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("does not exist")), qPrintable(err));
        QCOMPARE(count(db, QStringLiteral("units")), 1);
    }

    // An export replaces its target: never the open database (nor its WAL files), never a device, whose
    // node it would replace and whose write errors it did not see (/dev/full said "1 records written").
    void exportRefusesTheDatabaseAndDevices()
    {
        const QString db = file(QStringLiteral("target.sqlite"));
        write(QStringLiteral("t.csv"), "unit_code,name\nNT001,市政府办公室\n");
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"),
                         file(QStringLiteral("t.csv")) })
                     .code,
            0);
        for (const QString &target :
            { db, db + QStringLiteral("-wal"), m_dir.path() + QStringLiteral("/./target.sqlite") }) {
            const Run r = cli(
                { QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("units"), target });
            QCOMPARE(r.code, int(CliApp::DataError));
            QVERIFY2(r.err.contains(QStringLiteral("open database")), qPrintable(r.err));
            QCOMPARE(count(db, QStringLiteral("units")), 1);
        }
        const QFileInfo full(QStringLiteral("/dev/full"));
        if (!full.exists() || full.isFile())
            QSKIP("no /dev/full device here");
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("units"),
            QStringLiteral("/dev/full") });
        QCOMPARE(r.code, int(CliApp::DataError));
        QVERIFY2(r.err.contains(QStringLiteral("/dev/full")) && !r.out.contains(QStringLiteral("written")),
            qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile()); // the device is still a device
    }

    // A settings file named but missing would silently mean the defaults; an in-memory database keeps
    // nothing. Both refused with a message.
    void missingSettingsAndMemoryDatabaseAreRefused()
    {
        const QString db = file(QStringLiteral("settings.sqlite"));
        const QString missing = file(QStringLiteral("no-such-settings.ini"));
        const Run settings = cli({ QStringLiteral("--db"), db, QStringLiteral("--settings"), missing,
            QStringLiteral("check"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
            QStringLiteral("--to"), QStringLiteral("2026-10-02") });
        QCOMPARE(settings.code, int(CliApp::DataError));
        QVERIFY2(settings.err.contains(missing), qPrintable(settings.err));
        write(QStringLiteral("m.csv"), "unit_code,name\nNT001,市政府办公室\n");
        const Run memory = cli({ QStringLiteral("--db"), QStringLiteral(":memory:"), QStringLiteral("import"),
            QStringLiteral("units"), file(QStringLiteral("m.csv")) });
        QCOMPARE(memory.code, int(CliApp::DataError));
        QVERIFY2(memory.err.contains(QStringLiteral(":memory:")), qPrintable(memory.err));
        QVERIFY(!memory.out.contains(QStringLiteral("added")));
    }

    // A file nobody may write: export reads it (opened read-only), an import is refused saying read-only.
    // Run as another user when the tests run as root, whom file permissions do not stop.
    void readOnlyFileIsReadButNotWritten()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        const QString db = dir.filePath(QStringLiteral("ro.sqlite"));
        write(QStringLiteral("ro.csv"), "unit_code,name\nNT001,市政府办公室\n");
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"),
                         file(QStringLiteral("ro.csv")) })
                     .code,
            0);
        QVERIFY(QFile::setPermissions(
            db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        const QString out
            = QStringLiteral("/tmp/fleetdesk-ro-export-%1.csv").arg(QCoreApplication::applicationPid());
        QStringList prefix;
        if (::geteuid() == 0) {
            if (!QFileInfo::exists(QStringLiteral("/usr/bin/setpriv")))
                QSKIP("running as root without setpriv: file permissions cannot be tested");
            prefix = { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral(FD_CLI_BINARY) };
        }
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            if (prefix.isEmpty())
                p.start(QStringLiteral(FD_CLI_BINARY), args);
            else
                p.start(QStringLiteral("/usr/bin/setpriv"), prefix + args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAll()));
        };
        const auto exported
            = run({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("units"), out });
        QVERIFY2(exported.first == 0, qPrintable(exported.second));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("NT001"));
        csv.remove();
        const auto imported = run({ QStringLiteral("--db"), db, QStringLiteral("import"),
            QStringLiteral("units"), file(QStringLiteral("ro.csv")) });
        QCOMPARE(imported.first, 1);
        QVERIFY2(imported.second.contains(QStringLiteral("read-only")), qPrintable(imported.second));
        QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
