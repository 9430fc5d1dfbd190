#include "store/trackdays.h"
#include "base/timeparse.h"
#include "positionio/fixcodec.h"

#include <algorithm>

namespace TrackDays {

const char kRangeSql[] = "SELECT day, data FROM track_days WHERE vehicle_id = ? AND day >= ? AND day <= ? "
                         "AND last_ms >= ? AND first_ms < ? ORDER BY day";

namespace {
// 0001-01-02 and 9999-12-30 (UTC): inside these every instant has a four-digit Beijing day.
constexpr qint64 kFirstDayMs = -62135510400000LL;
constexpr qint64 kLastDayMs = 253402041600000LL;
} // namespace

DayBounds dayBounds(qint64 fromMs, qint64 toMs)
{
    DayBounds bounds;
    bounds.first = fromMs <= kFirstDayMs ? QByteArrayLiteral("0000-01-01")
                                         : TimeParse::toBeijingDay(fromMs).toLatin1();
    bounds.last
        = toMs >= kLastDayMs ? QByteArrayLiteral("9999-12-31") : TimeParse::toBeijingDay(toMs).toLatin1();
    return bounds;
}

qsizetype decode(const QByteArray &blob, std::vector<PositionFix> &buffer)
{
    const qsizetype count = FixCodec::count(blob);
    if (count < 0)
        return -1;
    buffer.resize(size_t(count));
    return FixCodec::decode(blob, buffer.data(), count);
}

QString damagedMessage(const QString &plate, const QString &day)
{
    return QCoreApplication::translate("TrackDays",
        "the stored track of %1 on %2 is damaged and cannot be read (fleetdesk-cli verify lists every "
        "damaged day; restore the file from a backup)")
        .arg(plate, day);
}

} // namespace TrackDays
