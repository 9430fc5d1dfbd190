#include "base/timeparse.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class TestTimeParse : public QObject
{
    Q_OBJECT

private slots:
    // Every form of DESIGN §6, against QDateTime's own reading of the same instant.
    void formsOfSection6_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QTimeZone beijing(8 * 3600);
        const QDateTime at0930(QDate(2026, 10, 8), QTime(9, 30), beijing);
        QTest::newRow("offset") << QStringLiteral("2026-10-08T09:30:00+08:00") << at0930;
        QTest::newRow("no offset, T") << QStringLiteral("2026-10-08T09:30:00") << at0930;
        QTest::newRow("no offset, space") << QStringLiteral("2026-10-08 09:30:00") << at0930;
        QTest::newRow("no seconds") << QStringLiteral("2026-10-08 09:30") << at0930;
        QTest::newRow("Z") << QStringLiteral("2026-10-08T01:30:00Z") << at0930;
        QTest::newRow("other offset") << QStringLiteral("2026-10-08T03:30:00+02:00") << at0930;
        QTest::newRow("offset without colon") << QStringLiteral("2026-10-08T03:30:00+0200") << at0930;
        QTest::newRow("negative offset") << QStringLiteral("2026-10-07T20:30:00-05:00") << at0930;
        QTest::newRow("sub-second kept")
            << QStringLiteral("2026-10-08T09:30:00.125+08:00") << at0930.addMSecs(125);
        QTest::newRow("many fraction digits")
            << QStringLiteral("2026-10-08 09:30:00.1259") << at0930.addMSecs(125);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29 00:00:00")
                                  << QDateTime(QDate(2028, 2, 29), QTime(0, 0), beijing);
        QTest::newRow("surrounding blanks") << QStringLiteral("  2026-10-08 09:30:00 ") << at0930;
    }
    void formsOfSection6()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<qint64> ms = TimeParse::parseMs(text);
        QVERIFY(ms);
        QCOMPARE(*ms, expected.toMSecsSinceEpoch());
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(TimeParse::parseMs(utf8.constData(), utf8.constData() + utf8.size()), ms);
    }

    void rejectsWhatIsNotATime_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : { "", "2026-10-08", "2026-13-01 00:00", "2026-02-29 10:00", "2026-10-08 24:00",
                 "2026-10-08 09:60", "08/10/2026 09:30", "2026-10-08T09:30:00+8", "2026-10-08T09:30:00 junk",
                 "2026-10-08T09:30:00.", "yesterday" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsWhatIsNotATime()
    {
        QFETCH(QString, text);
        QVERIFY(!TimeParse::parseMs(text));
    }

    void formatsAndDays()
    {
        const qint64 ms = *TimeParse::parseMs(QStringLiteral("2026-10-08T00:30:00+08:00"));
        QCOMPARE(TimeParse::toUtcIso(ms), QStringLiteral("2026-10-07T16:30:00.000Z"));
        QCOMPARE(TimeParse::toBeijingIso(ms), QStringLiteral("2026-10-08T00:30:00+08:00"));
        QCOMPARE(TimeParse::toBeijingIso(ms + 250), QStringLiteral("2026-10-08T00:30:00.250+08:00"));
        // Half past midnight in Beijing is still the previous day in UTC: the day is Beijing's.
        QCOMPARE(TimeParse::toBeijingDay(ms), QStringLiteral("2026-10-08"));
        QCOMPARE(
            TimeParse::beijingDayStartMs(ms), *TimeParse::parseMs(QStringLiteral("2026-10-08 00:00:00")));
        QCOMPARE(*TimeParse::parseDateMs(QStringLiteral("2026-10-08")),
            *TimeParse::parseMs(QStringLiteral("2026-10-08 00:00")));
        QVERIFY(!TimeParse::parseDateMs(QStringLiteral("2026-10-8")));
    }
};

QTEST_GUILESS_MAIN(TestTimeParse)
#include "tst_timeparse.moc"
