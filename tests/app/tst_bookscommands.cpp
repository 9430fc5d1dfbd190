// settle, compare-finance and statement as DESIGN §6 and issue 14 give them: exact JSON, exit 0, 1 with the
// reason on stderr, 2 for a usage error. The finance file of tests/data/books has one mismatch of each kind,
// as CSV and as an .xlsx in a spreadsheet program's layout (shared and inline strings, date serials).
#include "clirun.h"
#include "interchange/xlsxreader.h"
#include "support/pdftext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestBooksCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = CliRun;
    Run cli(const QStringList &args)
    {
        return runCli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--settings"),
                          m_dir.filePath(QStringLiteral("s.ini")) }
            + args);
    }
    static QString data(const QString &name) { return QStringLiteral(FD_TEST_DATA_DIR "/books/") + name; }

    static QJsonArray expectedMismatches()
    {
        // T4 (55.00) unpaid; T99 is no order of October; T2 billed 60.00 (law-enforcement minimum), paid
        // 55.00; U3 booked nothing. T1 and T3 (the latter paid without its number) match; T9 is September's.
        return QJsonDocument::fromJson(R"([
            {"kind": "billed_not_paid", "unit_code": "U1", "order_code": "T4", "billed_yuan": 55},
            {"kind": "paid_not_billed", "unit_code": "U1", "order_code": "T99", "paid_yuan": 88},
            {"kind": "amount_differs", "unit_code": "U2", "order_code": "T2", "billed_yuan": 60, "paid_yuan": 55},
            {"kind": "paid_without_trips", "unit_code": "U3", "paid_yuan": 300}
        ])")
            .array();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("books.sqlite"));
        QFile settings(m_dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.close();
        for (const QString &kind : { QStringLiteral("units"), QStringLiteral("vehicles"),
                 QStringLiteral("drivers"), QStringLiteral("tasks") }) {
            const Run r = cli({ QStringLiteral("import"), kind, data(kind + QStringLiteral(".csv")) });
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void settleShowsThenStores()
    {
        const Run shown
            = cli({ QStringLiteral("settle"), QStringLiteral("--month"), QStringLiteral("2026-10") });
        QCOMPARE(shown.code, 0);
        const QJsonArray lines = QJsonDocument::fromJson(shown.out.toUtf8()).array();
        QCOMPARE(lines.size(), 4);
        QStringList got;
        for (const QJsonValue &v : lines) {
            got << QStringLiteral("%1=%2").arg(v[QStringLiteral("task_code")].toString(),
                QString::number(v[QStringLiteral("billed_yuan")].toDouble(), 'f', 2));
            QVERIFY(!v.toObject().contains(QStringLiteral("stored_yuan")));
        }
        QCOMPARE(got.join(QLatin1Char(' ')), QStringLiteral("T1=175.00 T2=60.00 T3=100.00 T4=55.00"));
        QVERIFY2(shown.err.contains(QStringLiteral("390.00")), qPrintable(shown.err));

        const Run stored
            = cli({ QStringLiteral("settle"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                QStringLiteral("--apply"), QStringLiteral("--format"), QStringLiteral("table") });
        QCOMPARE(stored.code, 0);
        QVERIFY2(stored.err.contains(QStringLiteral("(4 changed)")), qPrintable(stored.err));
        QVERIFY(stored.out.startsWith(QStringLiteral("task_code")));
        const Run again = cli({ QStringLiteral("settle"), QStringLiteral("--month"),
            QStringLiteral("2026-10"), QStringLiteral("--apply") });
        QVERIFY2(again.err.contains(QStringLiteral("(0 changed)")), qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                     .array()
                     .at(0)[QStringLiteral("stored_yuan")]
                     .toDouble(),
            175.0);
    }

    void adjustChargeNeedsAReasonAndIsBilled()
    {
        QCOMPARE(cli({ QStringLiteral("adjust-charge"), QStringLiteral("T4"), QStringLiteral("--amount"),
                         QStringLiteral("50") })
                     .code,
            2); // no reason
        const Run blank
            = cli({ QStringLiteral("adjust-charge"), QStringLiteral("T4"), QStringLiteral("--amount"),
                QStringLiteral("50"), QStringLiteral("--reason"), QStringLiteral(" ") });
        QCOMPARE(blank.code, 1);
        const Run adjusted
            = cli({ QStringLiteral("adjust-charge"), QStringLiteral("T4"), QStringLiteral("--amount"),
                QStringLiteral("50"), QStringLiteral("--reason"), QStringLiteral("等候时间按协议减免") });
        QVERIFY2(adjusted.code == 0, qPrintable(adjusted.err));
        const Run shown
            = cli({ QStringLiteral("settle"), QStringLiteral("--month"), QStringLiteral("2026-10") });
        const QJsonObject t4 = QJsonDocument::fromJson(shown.out.toUtf8()).array().at(3).toObject();
        QCOMPARE(t4.value(QStringLiteral("adjusted_yuan")).toDouble(), 50.0);
        QCOMPARE(t4.value(QStringLiteral("billed_yuan")).toDouble(), 50.0);
        QCOMPARE(t4.value(QStringLiteral("adjust_reason")).toString(), QStringLiteral("等候时间按协议减免"));
        QVERIFY(cli({ QStringLiteral("adjust-charge"), QStringLiteral("T4"), QStringLiteral("--clear"),
                        QStringLiteral("--reason"), QStringLiteral("复核后恢复标准") })
                    .code
            == 0);
        const Run back
            = cli({ QStringLiteral("settle"), QStringLiteral("--month"), QStringLiteral("2026-10") });
        QCOMPARE(QJsonDocument::fromJson(back.out.toUtf8())
                     .array()
                     .at(3)[QStringLiteral("billed_yuan")]
                     .toDouble(),
            55.0);
    }

    void plansByDate()
    {
        QFile plans(m_dir.filePath(QStringLiteral("plans.csv")));
        QVERIFY(plans.open(QIODevice::WriteOnly));
        plans.write("plate,item,every_km,every_months,last_date,last_km\n"
                    "苏F·A0001,servicing,5000,6,2026-05-01,\n");
        plans.close();
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("plans"), plans.fileName() }).code, 0);
        const Run r
            = cli({ QStringLiteral("plans"), QStringLiteral("--date"), QStringLiteral("2026-11-02") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject p = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("state")).toString(), QStringLiteral("overdue"));
        QCOMPARE(p.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(
            cli({ QStringLiteral("plans"), QStringLiteral("--date"), QStringLiteral("2026-13-01") }).code, 2);
    }

    void settleUsage()
    {
        QCOMPARE(cli({ QStringLiteral("settle") }).code, 2);
        QCOMPARE(
            cli({ QStringLiteral("settle"), QStringLiteral("--month"), QStringLiteral("2026-13") }).code, 2);
        QCOMPARE(
            cli({ QStringLiteral("settle"), QStringLiteral("--month"), QStringLiteral("10/2026") }).code, 2);
    }

    void compareFinance_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << data(QStringLiteral("payments-2026-10.csv"));
        QTest::newRow("xlsx") << data(QStringLiteral("payments-2026-10.xlsx"));
    }
    void compareFinance()
    {
        QFETCH(QString, file);
        const Run r = cli({ QStringLiteral("compare-finance"), file, QStringLiteral("--month"),
            QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array(), expectedMismatches());
        const Run table = cli({ QStringLiteral("compare-finance"), file, QStringLiteral("--month"),
            QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
            QStringList({ QStringLiteral("kind,unit_code,order_code,billed_yuan,paid_yuan"),
                QStringLiteral("billed_not_paid,U1,T4,55.00,"),
                QStringLiteral("paid_not_billed,U1,T99,,88.00"),
                QStringLiteral("amount_differs,U2,T2,60.00,55.00"),
                QStringLiteral("paid_without_trips,U3,,,300.00") }));
    }

    void compareFinanceRefusals()
    {
        QCOMPARE(
            cli({ QStringLiteral("compare-finance"), QStringLiteral("--month"), QStringLiteral("2026-10") })
                .code,
            2);
        QCOMPARE(
            cli({ QStringLiteral("compare-finance"), data(QStringLiteral("payments-2026-10.csv")) }).code, 2);
        QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("unit_code,paid_on,amount_yuan\nU1,2026-11-05,175\nU1,2026-11-05,一百\n");
        bad.close();
        const Run r = cli({ QStringLiteral("compare-finance"), bad.fileName(), QStringLiteral("--month"),
            QStringLiteral("2026-10") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad.fileName() + QStringLiteral(":3:3: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run missing
            = cli({ QStringLiteral("compare-finance"), m_dir.filePath(QStringLiteral("none.csv")),
                QStringLiteral("--month"), QStringLiteral("2026-10") });
        QCOMPARE(missing.code, 1);
    }

    void statementXlsxReadBack()
    {
        const QString out = m_dir.filePath(QStringLiteral("U1-2026-10.xlsx"));
        const Run r = cli({ QStringLiteral("statement"), QStringLiteral("--unit"), QStringLiteral("U1"),
            QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        XlsxReader x;
        QVERIFY2(x.read(out), qPrintable(x.errorString()));
        const QList<XlsxReader::Row> &rows = x.rows();
        QCOMPARE(rows.size(), 6); // title, header, three trips, total
        QVERIFY(rows[0].cells.value(0).contains(QStringLiteral("U1")));
        QCOMPARE(rows[2].line, 4);
        QCOMPARE(rows[2].cells.mid(0, 4),
            QStringList({ QStringLiteral("1"), QStringLiteral("T1"), QStringLiteral("2026-10-08"),
                QStringLiteral("苏F·A0001") }));
        QCOMPARE(rows[2].cells.value(6), QStringLiteral("40"));
        QCOMPARE(rows[2].cells.value(8), QStringLiteral("175"));
        QCOMPARE(rows[3].cells.value(1), QStringLiteral("T3"));
        QCOMPARE(rows[4].cells.value(1), QStringLiteral("T4"));
        QCOMPARE(rows[5].cells.value(8), QStringLiteral("330"));
    }

    void statementPdfReadBack()
    {
        const QString out = m_dir.filePath(QStringLiteral("U1-2026-10.pdf"));
        const Run r = cli({ QStringLiteral("statement"), QStringLiteral("--unit"), QStringLiteral("U1"),
            QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(out, PdfLayout::Physical);
        for (const QString &expected : { QStringLiteral("市委办公室"), QStringLiteral("T1"),
                 QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("175.00"),
                 QStringLiteral("330.00"), QStringLiteral("苏F·A0001"), QStringLiteral("如皋市政府") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("T2"))); // U2's
    }

    void statementRefusals()
    {
        QCOMPARE(cli({ QStringLiteral("statement"), QStringLiteral("--unit"), QStringLiteral("U1"),
                         QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                         m_dir.filePath(QStringLiteral("x.txt")) })
                     .code,
            2);
        const Run none = cli({ QStringLiteral("statement"), QStringLiteral("--unit"), QStringLiteral("U9"),
            QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("x.pdf")) });
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("U9")));
    }
};

QTEST_MAIN(TestBooksCommands)
#include "tst_bookscommands.moc"
