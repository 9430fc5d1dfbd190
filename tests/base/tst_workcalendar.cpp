#include "base/appsettings.h"
#include "base/workcalendar.h"

#include <QTemporaryDir>
#include <QTest>

class TestWorkCalendar : public QObject
{
    Q_OBJECT

    static QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

private slots:
    // Friday 2026-03-13 + 5 working days: the weekend is skipped, Friday 2026-03-20.
    void deadlineSkipsTheWeekend()
    {
        const WorkCalendar plain;
        QCOMPARE(plain.addWorkingDays(d("2026-03-13"), 5), d("2026-03-20"));
        QCOMPARE(plain.addWorkingDays(d("2026-03-13"), 1), d("2026-03-16"));
        QCOMPARE(plain.addWorkingDays(d("2026-03-14"), 1), d("2026-03-16")); // issued on a Saturday
        QCOMPARE(plain.addWorkingDays(d("2026-03-13"), 0), d("2026-03-13"));
        QCOMPARE(plain.workingDaysBetween(d("2026-03-13"), d("2026-03-20")), 5);
        QCOMPARE(plain.workingDaysBetween(d("2026-03-20"), d("2026-03-13")), 0);
    }

    // National Day week: 2026-10-01 (Thu) to 10-07 are holidays, Saturday 10-10 is worked (调休).
    void holidaysAndSwappedWeekendDays()
    {
        QStringList holidays;
        for (int day = 1; day <= 7; ++day)
            holidays << QStringLiteral("2026-10-0%1").arg(day);
        const WorkCalendar calendar(holidays, { QStringLiteral("2026-10-10"), QStringLiteral("not a date") });
        QVERIFY(!calendar.isWorkingDay(d("2026-10-01")));
        QVERIFY(!calendar.isWorkingDay(d("2026-10-05"))); // a Monday, but a holiday
        QVERIFY(calendar.isWorkingDay(d("2026-10-10"))); // a Saturday, but worked
        QVERIFY(!calendar.isWorkingDay(d("2026-10-11")));
        // Issued Wednesday 09-30 with 3 days: 10-08 (Thu), 10-09 (Fri), 10-10 (Sat, worked).
        QCOMPARE(calendar.addWorkingDays(d("2026-09-30"), 3), d("2026-10-10"));
        QCOMPARE(WorkCalendar().addWorkingDays(d("2026-09-30"), 3), d("2026-10-05"));
    }

    // The tables are settings, as are the working days an order gives.
    void tablesAreSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.holidays(), QStringList());
        QCOMPARE(settings.threshold(QStringLiteral("supervision/deadline_days")), 5.0);
        settings.setHolidays({ QStringLiteral("2026-03-16"), QStringLiteral(" ") });
        settings.setThreshold(QStringLiteral("supervision/deadline_days"), 3);
        settings.sync();
        AppSettings again(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(again.holidays(), QStringList { QStringLiteral("2026-03-16") });
        QCOMPARE(again.threshold(QStringLiteral("supervision/deadline_days")), 3.0);
        QCOMPARE(again.threshold(QStringLiteral("assessment/base")), 100.0);
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
