// Calendar arithmetic in Asia/Shanghai, which is a fixed UTC+8 (China has had no DST since 1991): the
// monthly rules need month boundaries for millions of records, so this is plain integer arithmetic with no
// time-zone database and no QDateTime.
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace checks {

constexpr qint64 kBeijingOffsetMs = 8LL * 3600 * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct YearMonth
{
    int year = 1970;
    int month = 1; // 1..12

    YearMonth addMonths(int n) const;
    int index() const { return year * 12 + (month - 1); } // consecutive months differ by 1
    QString toString() const; // "2026-10"
};

inline bool operator==(const YearMonth &a, const YearMonth &b)
{
    return a.index() == b.index();
}
inline bool operator!=(const YearMonth &a, const YearMonth &b)
{
    return a.index() != b.index();
}
inline bool operator<(const YearMonth &a, const YearMonth &b)
{
    return a.index() < b.index();
}

// UTC ms of Beijing midnight starting that calendar day.
qint64 beijingMidnightMs(int year, int month, int day);
YearMonth beijingMonthOf(qint64 ms);
qint64 beijingMonthStartMs(const YearMonth &month);
qint64 beijingMonthEndMs(const YearMonth &month); // the next month's start (exclusive)

// Every calendar month that overlaps [fromMs, toMs), in order (none when the range is empty).
std::vector<YearMonth> beijingMonthsOverlapping(qint64 fromMs, qint64 toMs);

// ISO 8601 in Beijing time, as the interchange format writes it: 2026-10-08T09:30:00+08:00; the
// milliseconds are added only when there are any (receivers report up to 10 Hz).
QString beijingIso(qint64 ms);

} // namespace checks
