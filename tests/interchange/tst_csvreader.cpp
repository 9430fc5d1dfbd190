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

    // Issue 9 item 10: one bad byte in a UTF-8 file must not make the whole file GB18030.
    void oneBadByteIsRefusedAtItsLineNotReadAsGb18030()
    {
        CsvReader csv;
        QVERIFY(!csv.read(QByteArray("unit_code,name\nNT001,\xE5\xB8\x82\xE5\xA7\x94\nNT002,x\xFF\n")));
        QCOMPARE(csv.errorLine(), 3);
        QCOMPARE(csv.errorColumn(), 8);
        QVERIFY2(csv.errorString().contains(QStringLiteral("0xFF")), qPrintable(csv.errorString()));
        QVERIFY(csv.rows().isEmpty());
    }

    void utf8CutMidCharacterIsRefusedNotReadAsGb18030()
    {
        // 市委办公室 in UTF-8 with its last character cut after two of its three bytes: E5 AE is also a
        // GB18030 character, so a whole-file GB18030 reading would succeed and garble the name.
        QByteArray bytes = QStringLiteral("unit_code,name\nNT001,市委办公室").toUtf8();
        bytes.chop(1);
        CsvReader csv;
        QString text;
        QVERIFY(!csv.decodeFile(bytes, &text));
        QCOMPARE(csv.errorLine(), 2);
        QCOMPARE(csv.errorColumn(), 11);
        QVERIFY2(csv.errorString().contains(QStringLiteral("cut")), qPrintable(csv.errorString()));
    }

    void aGb18030FileWithABadByteIsRefusedAtThatByte()
    {
        // Line 2 is good GB18030 (南通), line 3 has 0xFF: GB18030 reads further, so the error is there.
        CsvReader csv;
        QVERIFY(!csv.read(QByteArray("a,b\n\xC4\xCF\xCD\xA8,1\n\xC4\xCF\xFF,2\n")));
        QCOMPARE(csv.errorLine(), 3);
        QCOMPARE(csv.errorColumn(), 2);
    }

    void wholeFileGb18030IsReadAsGb18030()
    {
        CsvReader csv;
        QVERIFY(csv.read(QByteArray("a,b\n\xC4\xCF\xCD\xA8,1\n")));
        QCOMPARE(csv.encoding(), QStringLiteral("GB18030"));
        QCOMPARE(csv.rows().first().fields.first(), QStringLiteral("南通"));
    }

    void lenientDecodeKeepsGoodTextOfABrokenFile()
    {
        QString encoding;
        QCOMPARE(
            CsvReader::decode(QByteArray("\xE5\x8D\x97,\xFF\n"), &encoding), QStringLiteral("南,\uFFFD\n"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
