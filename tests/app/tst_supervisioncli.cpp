#include "clirun.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "support/anomalysample.h"
#include "support/pdftext.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Supervision from the command line exactly as DESIGN §6 writes it: check prints the findings' keys,
// supervise drafts an order from them, order issue/reply/return/accept walk it to its close, scores and feed
// report it; exit 0, 1 with the reason on standard error, 2 for a usage error.
class TestSupervisionCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = CliRun;
    Run cli(const QStringList &args) { return runCli(QStringList { QStringLiteral("--db"), m_db } + args); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QStringList keys()
    {
        const Run check = cli({ QStringLiteral("check"), QStringLiteral("--from"),
            QStringLiteral("2026-03-10"), QStringLiteral("--to"), QStringLiteral("2026-03-10"),
            QStringLiteral("--rule"), QStringLiteral("mileage") });
        QStringList keys;
        for (const QJsonValue &v : QJsonDocument::fromJson(check.out.toUtf8()).array())
            keys << v.toObject().value(QStringLiteral("key")).toString();
        keys.sort();
        return keys;
    }

private slots:
    void initTestCase()
    {
        m_db = file(QStringLiteral("sup.sqlite"));
        Database db(QStringLiteral("fill"));
        QVERIFY(db.open(m_db));
        RecordStore store(db.connection());
        QVERIFY(AnomalySample::fill(store).isEmpty());
    }

    void orderFromFindingToClose()
    {
        const QStringList k = keys();
        QCOMPARE(k.size(), 2); // 苏F·A1001 (NT001), 苏F·A2002 (NT002)
        Run r = cli({ QStringLiteral("supervise"), QStringLiteral("--from-anomaly"), k[0], k[1] });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("different agencies")), qPrintable(r.err));
        QCOMPARE(cli({ QStringLiteral("supervise") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("supervise"), QStringLiteral("--from-anomaly"), k[0],
                         QStringLiteral("--from-complaint"), QStringLiteral("X") })
                     .code,
            2);
        r = cli({ QStringLiteral("supervise"), QStringLiteral("--from-anomaly"), k[0] });
        QCOMPARE(r.code, 0);
        const QString number = r.out.trimmed();
        QCOMPARE(number, QStringLiteral("督办%1-001").arg(QDate::currentDate().year()));

        auto order
            = [&](const QStringList &rest) { return cli(QStringList { QStringLiteral("order") } + rest); };
        r = order({ QStringLiteral("reply"), number, QStringLiteral("--text"), QStringLiteral("x") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not been issued")), qPrintable(r.err));
        r = order(
            { QStringLiteral("issue"), number, QStringLiteral("--deadline"), QStringLiteral("2020-01-01") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("in the past")), qPrintable(r.err));
        r = order(
            { QStringLiteral("issue"), number, QStringLiteral("--text"), QStringLiteral("请说明绕行原因") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(number + QStringLiteral(" issued deadline ")), qPrintable(r.out));
        r = order({ QStringLiteral("accept"), number, QStringLiteral("--conclusion"),
            QStringLiteral("confirmed") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no reply to accept")), qPrintable(r.err));
        QCOMPARE(order({ QStringLiteral("accept"), number }).code, 2);
        QCOMPARE(order({ QStringLiteral("accept"), number, QStringLiteral("--conclusion"),
                           QStringLiteral("maybe") })
                     .code,
            2);
        QCOMPARE(order({ QStringLiteral("reply"), number }).code, 2);
        QCOMPARE(order({ QStringLiteral("return"), number }).code, 2);
        QCOMPARE(order({ QStringLiteral("close"), number }).code, 2);
        QCOMPARE(order({ QStringLiteral("issue") }).code, 2);
        QFile attachment(file(QStringLiteral("说明.txt")));
        QVERIFY(attachment.open(QIODevice::WriteOnly));
        attachment.write("道路施工");
        attachment.close();
        QCOMPARE(order({ QStringLiteral("reply"), number, QStringLiteral("--text"),
                           QStringLiteral("因施工绕行"), QStringLiteral("--attach"), attachment.fileName() })
                     .code,
            0);
        QCOMPARE(order({ QStringLiteral("return"), number, QStringLiteral("--reason"),
                           QStringLiteral("缺少证明") })
                     .code,
            0);
        QCOMPARE(
            order({ QStringLiteral("reply"), number, QStringLiteral("--text"), QStringLiteral("附施工公告") })
                .code,
            0);
        r = order({ QStringLiteral("accept"), number, QStringLiteral("--conclusion"),
            QStringLiteral("confirmed"), QStringLiteral("--text"), QStringLiteral("属实") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), number + QStringLiteral(" closed"));
        r = order({ QStringLiteral("reply"), number, QStringLiteral("--text"), QStringLiteral("补充") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("closed")), qPrintable(r.err));

        r = order({ QStringLiteral("show"), number });
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(shown.value(QStringLiteral("conclusion")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(shown.value(QStringLiteral("steps")).toArray().size(), 6);
        QCOMPARE(shown.value(QStringLiteral("unit_code")).toString(), QStringLiteral("NT001"));

        // The finding follows the order.
        const Run check = cli({ QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("csv") });
        QVERIFY2(check.out.contains(number + QStringLiteral(",NT001,closed,")), qPrintable(check.out));

        // Scores: NT001 −2 for the confirmed mileage finding, +1 back since the accepted answer came in time.
        const QString year = QString::number(QDate::currentDate().year());
        r = cli({ QStringLiteral("scores"), QStringLiteral("--year"), year });
        QCOMPARE(r.code, 0);
        const QJsonArray scores = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(scores.size(), 2);
        const QJsonObject first = scores.at(0).toObject();
        QCOMPARE(first.keys(),
            QStringList({ QStringLiteral("changes"), QStringLiteral("score"), QStringLiteral("unit_code") }));
        QCOMPARE(
            scores.at(1).toObject().value(QStringLiteral("unit_code")).toString(), QStringLiteral("NT001"));
        const QJsonObject north = scores.at(1).toObject();
        QCOMPARE(north.value(QStringLiteral("score")).toDouble(), 99.0);
        const QJsonArray changes = north.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().keys(),
            QStringList({ QStringLiteral("delta"), QStringLiteral("order"), QStringLiteral("reason") }));
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("delta")).toDouble(), -2.0);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("order")).toString(), number);
        QCOMPARE(first.value(QStringLiteral("score")).toDouble(), 100.0);
        QCOMPARE(cli({ QStringLiteral("scores") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("scores"), QStringLiteral("--year"), QStringLiteral("26") }).code, 2);
        r = cli({ QStringLiteral("scores"), QStringLiteral("--year"), year, QStringLiteral("--format"),
            QStringLiteral("csv") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("rank,unit_code,unit_name,score,delta,order,reason")));

        // The printed order, read back: Chinese, the number, the agency, the evidence, with the track's map.
        const QString pdf = file(QStringLiteral("order.pdf"));
        QFile ini(file(QStringLiteral("zh.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[app]\nlanguage=zh_CN\n");
        ini.close();
        // Through the real program: it carries the translations (the .qm are its resources).
        QProcess program;
        program.start(QStringLiteral(FD_CLI_BINARY),
            { QStringLiteral("--db"), m_db, QStringLiteral("--settings"), ini.fileName(),
                QStringLiteral("order"), QStringLiteral("print"), number, QStringLiteral("--out"), pdf });
        QVERIFY(program.waitForFinished(120000));
        QCOMPARE(program.exitCode(), 0);
        const QString printed = QString::fromUtf8(program.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("轨迹地图")), qPrintable(printed));
        QCOMPARE(order({ QStringLiteral("print"), number }).code, 2);
        const QString text = pdfText(pdf);
        for (const QString &part : { number, QStringLiteral("督办单"), QStringLiteral("责任单位"),
                 QStringLiteral("NT001"), QStringLiteral("市政府办公室"), QStringLiteral("请说明绕行原因"),
                 QStringLiteral("苏F·A1001"), QStringLiteral("缺少证明") })
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing from:\n") + text));

        // The feed as a file: findings and the order's steps from its issue, each id once.
        const QString json = file(QStringLiteral("feed.json"));
        r = cli({ QStringLiteral("feed"), QStringLiteral("--since"), QStringLiteral("2026-01-01"),
            QStringLiteral("--out"), json });
        QCOMPARE(r.code, 0);
        QFile feedFile(json);
        QVERIFY(feedFile.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(feedFile.readAll()).array();
        QCOMPARE(records.size(), 2 + 5);
        QSet<QString> ids;
        for (const QJsonValue &v : records)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), 7);
        QVERIFY(ids.contains(QStringLiteral("order:%1:6").arg(number)));
        QCOMPARE(cli({ QStringLiteral("feed"), QStringLiteral("--since"), QStringLiteral("soon"),
                         QStringLiteral("--out"), json })
                     .code,
            2);
        QCOMPARE(
            cli({ QStringLiteral("feed"), QStringLiteral("--since"), QStringLiteral("2026-01-01") }).code, 2);
    }

    void complaintImportedAndSupervised()
    {
        QFile csv(file(QStringLiteral("c.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("complaint_no,received,account,plate,place,seen_at,lat,lon\n"
                  "12345-0001,2026-03-10 11:02,公车停在商场门口,苏F·A2002,万达广场,2026-03-10 "
                  "09:30,32.05,120.96\n");
        csv.close();
        Run r = cli({ QStringLiteral("import"), QStringLiteral("complaints"), csv.fileName() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("supervise"), QStringLiteral("--from-complaint"),
            QStringLiteral("12345-0001") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString number = r.out.trimmed();
        r = cli({ QStringLiteral("order"), QStringLiteral("show"), number });
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("unit_code")).toString(),
            QStringLiteral("NT002"));
        r = cli({ QStringLiteral("supervise"), QStringLiteral("--from-complaint"),
            QStringLiteral("12345-0009") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("12345-0009")));
        const QString pdf = file(QStringLiteral("complaint.pdf"));
        QCOMPARE(
            cli({ QStringLiteral("order"), QStringLiteral("print"), number, QStringLiteral("--out"), pdf })
                .code,
            0);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("12345-0001")) && text.contains(QStringLiteral("T002")),
            qPrintable(text));
    }
};

QTEST_MAIN(TestSupervisionCli)
#include "tst_supervisioncli.moc"
