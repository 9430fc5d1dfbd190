#include "base/beijingtime.h"

namespace checks {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, exact for every int year).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(static_cast<qint64>(yoe) + era * 400 + (month <= 2));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

QString pad(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

} // namespace

YearMonth YearMonth::addMonths(int n) const
{
    const int i = index() + n;
    const int y = i >= 0 ? i / 12 : (i - 11) / 12;
    return { y, i - y * 12 + 1 };
}

QString YearMonth::toString() const
{
    return pad(year, 4) + QLatin1Char('-') + pad(month, 2);
}

qint64 beijingMidnightMs(int year, int month, int day)
{
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kDayMs
        - kBeijingOffsetMs;
}

YearMonth beijingMonthOf(qint64 ms)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(floorDiv(ms + kBeijingOffsetMs, kDayMs), y, m, d);
    return { y, m };
}

qint64 beijingMonthStartMs(const YearMonth &month)
{
    return beijingMidnightMs(month.year, month.month, 1);
}

qint64 beijingMonthEndMs(const YearMonth &month)
{
    return beijingMonthStartMs(month.addMonths(1));
}

std::vector<YearMonth> beijingMonthsOverlapping(qint64 fromMs, qint64 toMs)
{
    std::vector<YearMonth> months;
    if (toMs <= fromMs)
        return months;
    const YearMonth last = beijingMonthOf(toMs - 1);
    for (YearMonth m = beijingMonthOf(fromMs); !(last < m); m = m.addMonths(1))
        months.push_back(m);
    return months;
}

QString beijingIso(qint64 ms)
{
    const qint64 local = ms + kBeijingOffsetMs;
    const qint64 days = floorDiv(local, kDayMs);
    qint64 rest = local - days * kDayMs;
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const qint64 millis = rest % 1000;
    rest /= 1000;
    QString s = pad(y, 4) + QLatin1Char('-') + pad(m, 2) + QLatin1Char('-') + pad(d, 2) + QLatin1Char('T')
        + pad(rest / 3600, 2) + QLatin1Char(':') + pad(rest / 60 % 60, 2) + QLatin1Char(':')
        + pad(rest % 60, 2);
    if (millis != 0)
        s += QLatin1Char('.') + pad(millis, 3);
    return s + QStringLiteral("+08:00");
}

} // namespace checks
