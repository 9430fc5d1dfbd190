#include "base/workcalendar.h"

namespace {

QSet<QDate> dates(const QStringList &days)
{
    QSet<QDate> out;
    for (const QString &d : days) {
        const QDate date = QDate::fromString(d.trimmed(), Qt::ISODate);
        if (date.isValid())
            out.insert(date);
    }
    return out;
}

} // namespace

WorkCalendar::WorkCalendar(const QStringList &holidays, const QStringList &extraWorkdays)
    : m_holidays(dates(holidays))
    , m_extraWorkdays(dates(extraWorkdays))
{ }

bool WorkCalendar::isWorkingDay(const QDate &day) const
{
    if (m_extraWorkdays.contains(day))
        return true;
    if (m_holidays.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int days) const
{
    QDate day = from;
    // A year of holidays cannot hold more than a few weeks off, so this ends.
    for (int left = days; left > 0;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int n = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++n;
    }
    return n;
}
