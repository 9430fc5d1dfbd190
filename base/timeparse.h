#pragma once
// Times as DESIGN §6 writes them: ISO 8601 with an offset or Z, or without one (with 'T' or a space) meaning
// Beijing time, seconds optional, any number of fraction digits. Hand-written because the positions import
// parses millions of them (QDateTime::fromString is two orders of magnitude slower).
#include <QString>
#include <QStringView>
#include <optional>

namespace TimeParse {
constexpr qint64 kBeijingOffsetMs = 8 * 3600 * 1000; // China has kept UTC+8 without DST since 1991

// The times a record or a fix may carry: Beijing years 2000 to 2099. Anything outside is a typo (0001), a
// placeholder (9999) or a receiver's week-number rollover, never a trip; a value outside is a bad value.
// The same bounds are in positionio/positionfix.h (positionio is below base), checked equal at compile time.
constexpr qint64 kEarliestMs = 946656000000LL; // 2000-01-01T00:00:00+08:00
constexpr qint64 kLatestMs = 4102416000000LL - 1; // 2099-12-31T23:59:59.999+08:00
constexpr bool inSupportedRange(qint64 ms)
{
    return ms >= kEarliestMs && ms <= kLatestMs;
}

// Milliseconds since the Unix epoch (UTC), or nullopt when the text is not such a time.
std::optional<qint64> parseMs(QStringView text);
std::optional<qint64> parseMs(const char *begin, const char *end);
// A calendar date YYYY-MM-DD (Beijing) to the ms of its midnight there.
std::optional<qint64> parseDateMs(QStringView text);

QString toUtcIso(qint64 ms); // 2026-10-08T01:30:00.000Z: how times are stored
QString toBeijingIso(qint64 ms); // 2026-10-08T09:30:00+08:00: how times are written out
QString toBeijingDay(qint64 ms); // 2026-10-08
QString toBeijingShort(qint64 ms); // 10-08 09:30: a day and a time of the same year, for lists and boards
qint64 beijingDayStartMs(qint64 ms); // midnight Beijing of the day that contains ms
} // namespace TimeParse
