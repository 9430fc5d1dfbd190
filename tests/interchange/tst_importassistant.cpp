// The import assistant's core on statements as they arrive: the oil company's card statement in GB18030 with
// its own Chinese column titles, the same with its columns moved (the remembered mapping follows the titles),
// one with bad rows (marked in the preview, refused whole on import, at the file's own line and column), and
// the traffic police's .xlsx (shared and inline strings, rich text, date-time serials).
#include "base/appsettings.h"
#include "interchange/importassistant.h"
#include "interchange/xlsxreader.h"
#include "store/recordkinds.h"
#include "support/booksample.h"

class TestImportAssistant : public QObject
{
    Q_OBJECT

    static QString data(const QString &name) { return QStringLiteral(FD_TEST_DATA_DIR "/books/") + name; }

    static QStringList fieldsOf(const ImportAssistant &a, const ImportAssistant::Mapping &m)
    {
        QStringList out;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            out << it.key() + QLatin1Char('=') + a.table().header().value(it.value());
        out.sort();
        return out;
    }

private slots:
    void gb18030CardStatementWithChineseTitles()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        ImportAssistant a(*t.store);
        QVERIFY2(a.open(data(QStringLiteral("card-statement-gb18030.csv"))), qPrintable(a.errorString()));
        QCOMPARE(a.table().format(), QStringLiteral("GB18030"));
        QCOMPARE(a.table().header().value(1), QStringLiteral("卡号"));
        const ImportAssistant::Mapping m = a.suggest(Kind::Refuels);
        QCOMPARE(fieldsOf(a, m),
            QStringList({ QStringLiteral("amount_yuan=金额（元）"), QStringLiteral("card_id=卡号"),
                QStringLiteral("litres=数量(升)"), QStringLiteral("station_id=加油站编号"),
                QStringLiteral("time=交易时间") }));
        QVERIFY(a.missing(Kind::Refuels, m).isEmpty());

        int errorRows = -1;
        const QList<ImportAssistant::PreviewRow> preview = a.preview(Kind::Refuels, m, 2, &errorRows);
        QCOMPARE(errorRows, 0);
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview[0].line, 2);
        // card_no, time, station_code, litres, amount_yuan, odometer_km: times in §6's form.
        QCOMPARE(preview[0].values.mid(0, 5),
            QStringList({ QStringLiteral("C1"), QStringLiteral("2026-10-01 07:00:00"), QStringLiteral("S1"),
                QStringLiteral("45.00"), QStringLiteral("337.50") }));
        QCOMPARE(t.store->count(Kind::Refuels), 0); // a preview stores nothing

        const ImportOutcome done = a.import(Kind::Refuels, m, QStringLiteral("test"));
        QVERIFY2(done.ok, qPrintable(done.errors.value(0).toString()));
        QCOMPARE(t.store->count(Kind::Refuels), 3);
        QCOMPARE(a.import(Kind::Refuels, m, QStringLiteral("test")).changed, 0); // again: nothing changes
        // 2026年10月7日 7:00 Beijing is 6 October 23:00 UTC.
        QStringList times;
        for (const Record &r : t.store->records(Kind::Refuels))
            times << r.text(Field::Time);
        QVERIFY2(times.contains(QStringLiteral("2026-10-06T23:00:00.000Z")),
            qPrintable(times.join(QLatin1Char(' '))));
    }

    void theMappingIsRememberedPerSourceByTitle()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        AppSettings settings(t.file(QStringLiteral("settings.ini")));
        const QString source = QStringLiteral("中石化加油卡对账单");
        {
            ImportAssistant a(*t.store);
            QVERIFY(a.open(data(QStringLiteral("card-statement-gb18030.csv"))));
            ImportAssistant::Mapping m = a.suggest(Kind::Refuels);
            m.insert(Field::OdometerKm, 0); // a deliberate choice the suggestion would not make
            a.remember(settings, source, Kind::Refuels, m);
        }
        AppSettings reread(t.file(QStringLiteral("settings.ini")));
        ImportAssistant next(*t.store);
        QVERIFY(next.open(data(QStringLiteral("card-statement-moved-gb18030.csv"))));
        QCOMPARE(next.recognisedSource(reread, Kind::Refuels), QString()); // 序号 is gone from this layout
        QCOMPARE(next.recognisedSource(reread, Kind::Violations), QString());
        const ImportAssistant::Mapping m = next.remembered(reread, source, Kind::Refuels);
        QCOMPARE(fieldsOf(next, m),
            QStringList({ QStringLiteral("amount_yuan=金额（元）"), QStringLiteral("card_id=卡号"),
                QStringLiteral("litres=数量(升)"), QStringLiteral("station_id=加油站编号"),
                QStringLiteral("time=交易时间") }));
        QCOMPARE(m.value(Field::CardId), 0);
        QCOMPARE(m.value(Field::Time), 4);
        // Remembered without the 序号 choice, the moved layout is recognised.
        next.remember(reread, source, Kind::Refuels, m);
        QCOMPARE(next.recognisedSource(reread, Kind::Refuels), source);
        QVERIFY(next.import(Kind::Refuels, m, QStringLiteral("test")).ok);
        QCOMPARE(t.store->count(Kind::Refuels), 1);
    }

    void badRowsAreMarkedAndRefuseTheWholeFile()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        ImportAssistant a(*t.store);
        const QString path = data(QStringLiteral("card-statement-bad-gb18030.csv"));
        QVERIFY(a.open(path));
        const ImportAssistant::Mapping m = a.suggest(Kind::Refuels);
        int errorRows = -1;
        const QList<ImportAssistant::PreviewRow> preview = a.preview(Kind::Refuels, m, 10, &errorRows);
        QCOMPARE(errorRows, 2);
        QCOMPARE(preview.size(), 3);
        QVERIFY(preview[0].errors.isEmpty());
        QVERIFY2(preview[1].errors.value(Field::CardId).contains(QStringLiteral("C9")),
            qPrintable(preview[1].errors.values().join(QLatin1Char('|'))));
        QVERIFY(preview[2].errors.contains(Field::Litres));
        const ImportOutcome refused = a.import(Kind::Refuels, m, QStringLiteral("test"));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.errors.first().toString().left(path.size() + 5), path + QStringLiteral(":3:2:"));
        QCOMPARE(t.store->count(Kind::Refuels), 0);
    }

    void policeViolationListAsXlsx()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        XlsxReader x;
        QVERIFY2(x.read(data(QStringLiteral("violations-police.xlsx"))), qPrintable(x.errorString()));
        QCOMPARE(x.sheetName(), QStringLiteral("违法记录"));
        QCOMPARE(x.rows().size(), 3);
        QCOMPARE(x.rows()[0].cells,
            QStringList({ QStringLiteral("序号"), QStringLiteral("号牌号码"), QStringLiteral("违法时间"),
                QStringLiteral("违法代码"), QStringLiteral("违法行为"), QStringLiteral("罚款金额") }));
        QCOMPARE(x.rows()[1].cells,
            QStringList(
                { QStringLiteral("1"), QStringLiteral("苏F·A0001"), QStringLiteral("2026-10-08 08:15:00"),
                    QStringLiteral("1039"), QStringLiteral("机动车违反规定停放"), QStringLiteral("200") }));
        QCOMPARE(x.rows()[2].cells.value(2), QStringLiteral("2026-10-21 17:42:30"));

        ImportAssistant a(*t.store);
        QVERIFY(a.open(data(QStringLiteral("violations-police.xlsx"))));
        QCOMPARE(a.table().format(), QStringLiteral("xlsx"));
        const ImportAssistant::Mapping m = a.suggest(Kind::Violations);
        QCOMPARE(fieldsOf(a, m),
            QStringList({ QStringLiteral("code=违法代码"), QStringLiteral("description=违法行为"),
                QStringLiteral("time=违法时间"), QStringLiteral("vehicle_id=号牌号码") }));
        const ImportOutcome done = a.import(Kind::Violations, m, QStringLiteral("test"));
        QVERIFY2(done.ok, qPrintable(done.errors.value(0).toString()));
        QCOMPARE(t.store->count(Kind::Violations), 2);
    }

    void serialsAndTimes()
    {
        QCOMPARE(XlsxReader::serialToText(46331), QStringLiteral("2026-11-05"));
        QCOMPARE(XlsxReader::serialToText(46331.5), QStringLiteral("2026-11-05 12:00:00"));
        QCOMPARE(XlsxReader::serialToText(1), QStringLiteral("1900-01-01"));
        QCOMPARE(XlsxReader::serialToText(61), QStringLiteral("1900-03-01"));
        QCOMPARE(XlsxReader::columnOf(QStringLiteral("AB12")), 27);
        QCOMPARE(ImportAssistant::normalizedTime(QStringLiteral("2026/10/8 9:30")),
            QStringLiteral("2026-10-08 09:30:00"));
        QCOMPARE(
            ImportAssistant::normalizedTime(QStringLiteral("2026年10月8日")), QStringLiteral("2026-10-08"));
        QCOMPARE(ImportAssistant::normalizedTime(QStringLiteral("昨天")), QStringLiteral("昨天"));
    }
};

QTEST_GUILESS_MAIN(TestImportAssistant)
#include "tst_importassistant.moc"
