#include "checks/vehicletrack.h"

#include "base/beijingtime.h"

#include <algorithm>
#include <limits>

namespace checks {

VehicleTrack::VehicleTrack(
    const TrackSource &source, const QString &plate, const geo::JumpFilterOptions &options)
    : m_source(source)
    , m_plate(plate)
    , m_options(options)
{ }

const CleanTrack &VehicleTrack::clean(qint64 fromMs, qint64 toMs)
{
    const auto key = std::make_pair(fromMs, toMs);
    const auto found = m_cache.find(key);
    if (found != m_cache.end())
        return found->second;
    CleanTrack &track = m_cache[key];
    if (toMs < fromMs)
        return track;
    const qint64 end = toMs == std::numeric_limits<qint64>::max() ? toMs : toMs + 1;
    const std::vector<Fix> raw = this->raw(fromMs, end);
    const std::vector<std::size_t> kept = geo::keptFixIndices(raw, m_options, &track.stepsM);
    track.fixes.reserve(kept.size());
    for (std::size_t i : kept)
        track.fixes.push_back(raw[i]);
    for (double step : track.stepsM)
        track.lengthM += step;
    track.dropped = int(raw.size() - kept.size());
    return track;
}

std::vector<Fix> VehicleTrack::raw(qint64 fromMs, qint64 endMs)
{
    // Ranges longer than a few years (an open end) are not worth keeping by day.
    constexpr qint64 kMaxCachedMs = 800 * kDayMs;
    if (endMs <= fromMs || endMs - fromMs > kMaxCachedMs)
        return m_source.fixes(m_plate, fromMs, endMs);
    auto dayStart = [](qint64 ms) {
        const qint64 local = ms + kBeijingOffsetMs;
        return local - ((local % kDayMs) + kDayMs) % kDayMs - kBeijingOffsetMs;
    };
    const qint64 firstDay = dayStart(fromMs);
    const qint64 lastDay = dayStart(endMs - 1);
    // Fetch each run of days not seen yet with one call, and split it into days.
    for (qint64 day = firstDay; day <= lastDay;) {
        if (m_days.count(day)) {
            day += kDayMs;
            continue;
        }
        qint64 runEnd = day + kDayMs;
        while (runEnd <= lastDay && !m_days.count(runEnd))
            runEnd += kDayMs;
        const std::vector<Fix> fetched = m_source.fixes(m_plate, day, runEnd);
        auto it = fetched.begin();
        for (qint64 d = day; d < runEnd; d += kDayMs) {
            const auto next = std::lower_bound(
                it, fetched.end(), d + kDayMs, [](const Fix &f, qint64 t) { return f.timeMs < t; });
            m_days[d].assign(it, next);
            it = next;
        }
        day = runEnd;
    }
    std::vector<std::pair<const Fix *, const Fix *>> slices;
    std::size_t total = 0;
    for (auto d = m_days.find(firstDay); d != m_days.end() && d->first <= lastDay; ++d) {
        const Fix *begin = d->second.data();
        const Fix *end = begin + d->second.size();
        if (d->first == firstDay)
            begin = std::lower_bound(begin, end, fromMs, [](const Fix &f, qint64 t) { return f.timeMs < t; });
        if (d->first == lastDay)
            end = std::lower_bound(begin, end, endMs, [](const Fix &f, qint64 t) { return f.timeMs < t; });
        slices.emplace_back(begin, end);
        total += std::size_t(end - begin);
    }
    std::vector<Fix> out;
    out.reserve(total);
    for (const auto &[begin, end] : slices)
        out.insert(out.end(), begin, end);
    return out;
}

} // namespace checks
