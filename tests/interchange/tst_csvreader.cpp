#include "interchange/csvreader.h"

#include <QTest>
#include <iconv.h>

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotingPerRfc4180()
    {
        CsvReader csv;
        QVERIFY(csv.parse(QStringLiteral("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n")));
        QCOMPARE(
            csv.header(), (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(csv.rows().size(), 2);
        QCOMPARE(csv.rows().at(0).fields,
            (QStringList { QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("say \"hi\"") }));
        QCOMPARE(csv.rows().at(1).fields,
            (QStringList { QStringLiteral("2"), QStringLiteral("two\nlines"), QString() }));
        QCOMPARE(csv.rows().at(0).line, 2);
        QCOMPARE(csv.rows().at(1).line, 3);
    }

    void lineNumbersCountBreaksInsideQuotesAndBlankLines()
    {
        CsvReader csv;
        QVERIFY(csv.parse(QStringLiteral("h\n\"a\nb\"\n\nlast\n")));
        QCOMPARE(csv.rows().size(), 2);
        QCOMPARE(csv.rows().at(1).line, 5);
    }

    void unterminatedQuoteIsAnErrorWithItsPlace()
    {
        CsvReader csv;
        QVERIFY(!csv.parse(QStringLiteral("a,b\n1,\"open\n2,3\n")));
        QCOMPARE(csv.errorLine(), 2);
        QCOMPARE(csv.errorColumn(), 2);
    }

    void textAfterAClosingQuoteIsAnError()
    {
        CsvReader csv;
        QVERIFY(!csv.parse(QStringLiteral("a\n\"x\"y\n")));
        QCOMPARE(csv.errorLine(), 2);
    }

    void headerIsTrimmedAndLowerCase()
    {
        CsvReader csv;
        QVERIFY(csv.parse(QStringLiteral(" Plate ,STATUS\n")));
        QCOMPARE(csv.header(), (QStringList { QStringLiteral("plate"), QStringLiteral("status") }));
    }

    void decodesUtf8WithAndWithoutBom()
    {
        const QByteArray utf8 = QStringLiteral("名称\n南通\n").toUtf8();
        QString encoding;
        QCOMPARE(CsvReader::decode(utf8, &encoding), QStringLiteral("名称\n南通\n"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
        QCOMPARE(CsvReader::decode(QByteArray("\xEF\xBB\xBF") + utf8), QStringLiteral("名称\n南通\n"));
    }

    void decodesGb18030WhenNotUtf8()
    {
        // 南通 in GB18030 (= GBK for these characters) is C4 CF CD A8: not valid UTF-8.
        const QByteArray gb("\xC4\xCF\xCD\xA8,\xCA\xD0\n");
        QString encoding;
        QCOMPARE(CsvReader::decode(gb, &encoding), QStringLiteral("南通,市\n"));
        QCOMPARE(encoding, QStringLiteral("GB18030"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
