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
    std::ptrdiff_t fetch = -1;
    const auto [first, last] = raw(fromMs, end, &fetch);
    const std::size_t count = std::size_t(last - first);
    const Filtered *whole = fetch >= 0 ? &filtered(std::size_t(fetch)) : nullptr;
    const std::size_t offset = whole ? std::size_t(first - m_fetched[std::size_t(fetch)].data()) : 0;
    track.fixes.reserve(count);
    track.stepsM.reserve(count);
    geo::JumpFilter filter(m_options);
    std::size_t i = 0;
    for (; i < count; ++i) {
        double step = 0.0;
        if (!filter.offer(first[i].timeMs, first[i].lat, first[i].lon, &step))
            continue;
        track.fixes.push_back(first[i]);
        track.stepsM.push_back(step);
        if (whole && whole->kept(offset + i)) {
            // Both filters have just kept this fix: what follows is the whole fetch's filtering.
            const std::size_t from = whole->firstKeptFrom[offset + i + 1];
            const std::size_t to = whole->firstKeptFrom[offset + count];
            track.fixes.insert(track.fixes.end(), whole->fixes.begin() + std::ptrdiff_t(from),
                whole->fixes.begin() + std::ptrdiff_t(to));
            track.stepsM.insert(track.stepsM.end(), whole->stepsM.begin() + std::ptrdiff_t(from),
                whole->stepsM.begin() + std::ptrdiff_t(to));
            break;
        }
    }
    // Summed in order, as a filtering of the range alone would.
    for (double step : track.stepsM)
        track.lengthM += step;
    track.dropped = int(count - track.fixes.size());
    return track;
}

const VehicleTrack::Filtered &VehicleTrack::filtered(std::size_t fetch)
{
    const auto found = m_filtered.find(fetch);
    if (found != m_filtered.end())
        return found->second;
    Filtered &out = m_filtered[fetch];
    const std::vector<Fix> &fixes = m_fetched[fetch];
    out.fixes.reserve(fixes.size());
    out.stepsM.reserve(fixes.size());
    out.firstKeptFrom.reserve(fixes.size() + 1);
    geo::JumpFilter filter(m_options);
    for (const Fix &f : fixes) {
        out.firstKeptFrom.push_back(std::uint32_t(out.fixes.size()));
        double step = 0.0;
        if (filter.offer(f.timeMs, f.lat, f.lon, &step)) {
            out.fixes.push_back(f);
            out.stepsM.push_back(step);
        }
    }
    out.firstKeptFrom.push_back(std::uint32_t(out.fixes.size()));
    return out;
}

std::pair<const Fix *, const Fix *> VehicleTrack::raw(qint64 fromMs, qint64 endMs, std::ptrdiff_t *fetchIndex)
{
    *fetchIndex = -1;
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
        *fetchIndex = std::ptrdiff_t(fetch);
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
