#include "base/timeparse.h"

#include <QByteArray>

namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2));
}

int daysInMonth(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

template<typename Char>
class Cursor
{
public:
    Cursor(const Char *p, const Char *end)
        : m_p(p)
        , m_end(end)
    { }
    bool digits(int count, int &out)
    {
        out = 0;
        for (int i = 0; i < count; ++i) {
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return false;
            out = out * 10 + int(*m_p++ - '0');
        }
        return true;
    }
    bool take(char c)
    {
        if (m_p != m_end && *m_p == Char(c)) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool atEnd() const { return m_p == m_end; }
    Char peek() const { return m_p == m_end ? Char(0) : *m_p; }
    void skip() { ++m_p; }

private:
    const Char *m_p;
    const Char *m_end;
};

template<typename Char>
std::optional<qint64> parse(const Char *begin, const Char *end)
{
    while (begin != end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end != begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    Cursor<Char> c(begin, end);
    int y, mo, d, h, mi, s = 0;
    if (!c.digits(4, y) || !c.take('-') || !c.digits(2, mo) || !c.take('-') || !c.digits(2, d))
        return std::nullopt;
    if (!c.take('T') && !c.take(' ') && !c.take('t'))
        return std::nullopt;
    if (!c.digits(2, h) || !c.take(':') || !c.digits(2, mi))
        return std::nullopt;
    if (c.take(':') && !c.digits(2, s))
        return std::nullopt;
    int ms = 0;
    if (c.take('.') || c.take(',')) {
        int scale = 100, n = 0;
        while (c.peek() >= '0' && c.peek() <= '9') {
            ms += int(c.peek() - '0') * scale;
            scale /= 10;
            c.skip();
            ++n;
        }
        if (n == 0)
            return std::nullopt;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    qint64 offsetMs = TimeParse::kBeijingOffsetMs;
    if (c.take('Z') || c.take('z')) {
        offsetMs = 0;
    } else if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        c.skip();
        int oh, om = 0;
        if (!c.digits(2, oh))
            return std::nullopt;
        if (c.take(':')) {
            if (!c.digits(2, om))
                return std::nullopt;
        } else if (!c.atEnd() && !c.digits(2, om)) {
            return std::nullopt;
        }
        if (oh > 14 || om > 59)
            return std::nullopt;
        offsetMs = sign * (oh * 3600 + om * 60) * 1000LL;
    }
    if (!c.atEnd())
        return std::nullopt;
    const qint64 days = daysFromCivil(y, mo, d);
    return ((days * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms - offsetMs;
}

QString format(qint64 ms, qint64 offsetMs, bool withMs, const QString &suffix)
{
    const qint64 local = ms + offsetMs;
    qint64 days = local / 86400000;
    qint64 rest = local % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int y, m, d;
    civilFromDays(days, y, m, d);
    const int h = int(rest / 3600000), mi = int(rest / 60000 % 60), s = int(rest / 1000 % 60),
              milli = int(rest % 1000);
    QString out = QStringLiteral("%1-%2-%3T%4:%5:%6")
                      .arg(y, 4, 10, QLatin1Char('0'))
                      .arg(m, 2, 10, QLatin1Char('0'))
                      .arg(d, 2, 10, QLatin1Char('0'))
                      .arg(h, 2, 10, QLatin1Char('0'))
                      .arg(mi, 2, 10, QLatin1Char('0'))
                      .arg(s, 2, 10, QLatin1Char('0'));
    if (withMs)
        out += QStringLiteral(".%1").arg(milli, 3, 10, QLatin1Char('0'));
    return out + suffix;
}

} // namespace

namespace TimeParse {

std::optional<qint64> parseMs(QStringView text)
{
    return parse(text.utf16(), text.utf16() + text.size());
}

std::optional<qint64> parseMs(const char *begin, const char *end)
{
    return parse(begin, end);
}

std::optional<qint64> parseDateMs(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.size() != 10)
        return std::nullopt;
    return parseMs(QString(t + QStringLiteral("T00:00:00")));
}

QString toUtcIso(qint64 ms)
{
    return format(ms, 0, true, QStringLiteral("Z"));
}

QString toBeijingShort(qint64 ms)
{
    return toBeijingIso(ms).mid(5, 11).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString toBeijingIso(qint64 ms)
{
    // Sub-second parts are kept only when there is one: most times are whole seconds.
    return format(ms, kBeijingOffsetMs, ms % 1000 != 0, QStringLiteral("+08:00"));
}

QString toBeijingDay(qint64 ms)
{
    return format(ms, kBeijingOffsetMs, false, QString()).left(10);
}

qint64 beijingDayStartMs(qint64 ms)
{
    const qint64 local = ms + kBeijingOffsetMs;
    qint64 day = local / 86400000;
    if (local % 86400000 < 0)
        --day;
    return day * 86400000 - kBeijingOffsetMs;
}

} // namespace TimeParse
