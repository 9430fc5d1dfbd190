#pragma once
// Working days in China: Monday to Friday, less the public holidays, plus the weekend days worked instead
// (调休). Both tables are settings (AppSettings::holidays, extraWorkdays). A supervision order's deadline is
// a number of working days after the day it is issued.
#include <QDate>
#include <QSet>
#include <QStringList>

class WorkCalendar
{
public:
    WorkCalendar() = default;
    // Days as YYYY-MM-DD; an entry that is not a date is ignored (the settings dialog refuses them).
    WorkCalendar(const QStringList &holidays, const QStringList &extraWorkdays);

    bool isWorkingDay(const QDate &day) const;
    // The `days`-th working day after `from` (from itself does not count): issued on a Friday with 1 day
    // to answer, the deadline is Monday. 0 gives `from`.
    QDate addWorkingDays(const QDate &from, int days) const;
    // Working days after `from` up to and including `to` (0 when to <= from).
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_extraWorkdays;
};
