#include "checks/vehicletrack.h"

#include "base/beijingtime.h"

#include <algorithm>
#include <iterator>
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
    const auto [first, last] = raw(fromMs, end);
    const std::size_t count = std::size_t(last - first);
    const std::vector<std::size_t> kept = geo::keptFixIndices(first, count, m_options, &track.stepsM);
    track.fixes.reserve(kept.size());
    for (std::size_t i : kept)
        track.fixes.push_back(first[i]);
    for (double step : track.stepsM)
        track.lengthM += step;
    track.dropped = int(count - kept.size());
    return track;
}

std::pair<const Fix *, const Fix *> VehicleTrack::raw(qint64 fromMs, qint64 endMs)
{
    auto earlier = [](const Fix &f, qint64 t) { return f.timeMs < t; };
    // Ranges longer than a few years (an open end) are not worth keeping by day.
    constexpr qint64 kMaxCachedMs = 800 * kDayMs;
    if (endMs <= fromMs || endMs - fromMs > kMaxCachedMs) {
        m_joined = m_source.fixes(m_plate, fromMs, endMs);
        return { m_joined.data(), m_joined.data() + m_joined.size() };
    }
    auto dayStart = [](qint64 ms) {
        const qint64 local = ms + kBeijingOffsetMs;
        return local - ((local % kDayMs) + kDayMs) % kDayMs - kBeijingOffsetMs;
    };
    const qint64 firstDay = dayStart(fromMs);
    const qint64 lastDay = dayStart(endMs - 1);
    // Fetch each run of days not seen yet with one call, and note where each day lies in it.
    for (qint64 day = firstDay; day <= lastDay;) {
        if (m_days.count(day)) {
            day += kDayMs;
            continue;
        }
        qint64 runEnd = day + kDayMs;
        while (runEnd <= lastDay && !m_days.count(runEnd))
            runEnd += kDayMs;
        m_fetched.push_back(m_source.fixes(m_plate, day, runEnd));
        const std::vector<Fix> &fetched = m_fetched.back();
        auto it = fetched.begin();
        for (qint64 d = day; d < runEnd; d += kDayMs) {
            const auto next = std::lower_bound(it, fetched.end(), d + kDayMs, earlier);
            m_days[d] = { m_fetched.size() - 1, std::size_t(it - fetched.begin()),
                std::size_t(next - fetched.begin()) };
            it = next;
        }
        day = runEnd;
    }
    const auto firstIt = m_days.find(firstDay);
    const auto endIt = m_days.upper_bound(lastDay);
    // One fetch holds every day of the range, in order: the range is a slice of it.
    const std::size_t fetch = firstIt->second.fetch;
    bool oneFetch = true;
    for (auto d = firstIt; d != endIt && oneFetch; ++d)
        oneFetch = d->second.fetch == fetch;
    if (oneFetch) {
        const Fix *base = m_fetched[fetch].data();
        const Fix *begin = base + firstIt->second.begin;
        const Fix *end = base + std::prev(endIt)->second.end;
        begin = std::lower_bound(begin, end, fromMs, earlier);
        end = std::lower_bound(begin, end, endMs, earlier);
        return { begin, end };
    }
    m_joined.clear();
    for (auto d = firstIt; d != endIt; ++d) {
        const Fix *base = m_fetched[d->second.fetch].data();
        const Fix *begin = base + d->second.begin;
        const Fix *end = base + d->second.end;
        if (d->first == firstDay)
            begin = std::lower_bound(begin, end, fromMs, earlier);
        if (d->first == lastDay)
            end = std::lower_bound(begin, end, endMs, earlier);
        m_joined.insert(m_joined.end(), begin, end);
    }
    return { m_joined.data(), m_joined.data() + m_joined.size() };
}

} // namespace checks
