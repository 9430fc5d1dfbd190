#include "store/trackdays.h"
#include "base/timeparse.h"
#include "positionio/fixcodec.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace TrackDays {

const char kRangeSql[] = "SELECT day, data FROM track_days WHERE vehicle_id = ? AND day >= ? AND day <= ? "
                         "AND last_ms >= ? AND first_ms < ? ORDER BY day";

namespace {
bool sameFix(const PositionFix &a, const PositionFix &b)
{
    // Compared at the codec's quanta: what a round trip through storage cannot tell apart is the same fix.
    auto q = [](double v, double quantum) { return std::llround(v / quantum); };
    auto qf = [&](float v, double quantum) { return std::isnan(v) ? LLONG_MIN : q(v, quantum); };
    // A heading is an angle: 359.6° and 0° are one quantum apart, and the codec stores the first as the
    // second.
    auto heading = [&](float v) {
        if (std::isnan(v))
            return LLONG_MIN;
        const long long turn = std::llround(360.0 / FixCodec::kHeadingQuantumDeg);
        return ((q(v, FixCodec::kHeadingQuantumDeg) % turn) + turn) % turn;
    };
    return a.timeMs == b.timeMs && q(a.lat, FixCodec::kDegreeQuantum) == q(b.lat, FixCodec::kDegreeQuantum)
        && q(a.lon, FixCodec::kDegreeQuantum) == q(b.lon, FixCodec::kDegreeQuantum)
        && qf(a.speedKmh, FixCodec::kSpeedQuantumKmh) == qf(b.speedKmh, FixCodec::kSpeedQuantumKmh)
        && heading(a.headingDeg) == heading(b.headingDeg);
}

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

qsizetype decodePositions(
    const QByteArray &blob, std::vector<FixCodec::Position> &buffer, QByteArray *scratch)
{
    const qsizetype count = FixCodec::count(blob);
    if (count < 0)
        return -1;
    if (buffer.size() < size_t(count))
        buffer.resize(size_t(count));
    return FixCodec::decodePositions(blob, buffer.data(), count, scratch);
}

QString damagedMessage(const QString &plate, const QString &day)
{
    return QCoreApplication::translate("TrackDays",
        "the stored track of %1 on %2 is damaged and cannot be read (fleetdesk-cli verify lists every "
        "damaged day; restore the file from a backup)")
        .arg(plate, day);
}

std::map<QString, std::vector<PositionFix>> splitByDay(std::vector<PositionFix> fixes)
{
    // Stable: among fixes of one instant, the one given last stays last, and wins below. Imports and
    // terminals deliver in time order, so check that before sorting.
    const auto earlier = [](const PositionFix &a, const PositionFix &b) { return a.timeMs < b.timeMs; };
    if (!std::is_sorted(fixes.begin(), fixes.end(), earlier))
        std::stable_sort(fixes.begin(), fixes.end(), earlier);
    // Split with integer arithmetic (the day's text is made once per day, not per fix).
    std::map<QString, std::vector<PositionFix>> byDay;
    std::vector<PositionFix> *day = nullptr;
    qint64 dayEnd = LLONG_MIN;
    for (const PositionFix &f : fixes) {
        if (!day || f.timeMs >= dayEnd) {
            const qint64 start = TimeParse::beijingDayStartMs(f.timeMs);
            dayEnd = start + 86400000;
            day = &byDay[TimeParse::toBeijingDay(start)];
        }
        if (!day->empty() && day->back().timeMs == f.timeMs)
            day->back() = f;
        else
            day->push_back(f);
    }
    return byDay;
}

std::vector<PositionFix> merge(
    const std::vector<PositionFix> &stored, const std::vector<PositionFix> &incoming, MergeCounts &counts)
{
    std::vector<PositionFix> merged;
    merged.reserve(stored.size() + incoming.size());
    size_t i = 0, j = 0;
    while (i < stored.size() || j < incoming.size()) {
        if (j == incoming.size() || (i < stored.size() && stored[i].timeMs < incoming[j].timeMs)) {
            merged.push_back(stored[i++]);
        } else if (i == stored.size() || incoming[j].timeMs < stored[i].timeMs) {
            merged.push_back(incoming[j++]);
            ++counts.added;
        } else {
            ++(sameFix(stored[i], incoming[j]) ? counts.same : counts.replaced);
            merged.push_back(incoming[j++]);
            ++i;
        }
    }
    return merged;
}

} // namespace TrackDays
