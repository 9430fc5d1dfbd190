#include "checks/memorytracksource.h"

#include <algorithm>

namespace checks {

namespace {

bool earlier(const Fix &a, const Fix &b)
{
    return a.timeMs < b.timeMs;
}

} // namespace

void MemoryTrackSource::add(const QString &plate, std::vector<Fix> fixes)
{
    std::vector<Fix> &track = m_tracks[plate];
    track.insert(track.end(), fixes.begin(), fixes.end());
    // Stable: fixes with equal timestamps keep their arrival order, which the jump filter relies on.
    std::stable_sort(track.begin(), track.end(), earlier);
}

void MemoryTrackSource::add(const QString &plate, const Fix &fix)
{
    add(plate, std::vector<Fix> { fix });
}

std::vector<Fix> MemoryTrackSource::fixes(const QString &plate, qint64 fromMs, qint64 toMs) const
{
    const auto it = m_tracks.constFind(plate);
    if (it == m_tracks.constEnd() || toMs <= fromMs)
        return {};
    const std::vector<Fix> &track = it.value();
    const auto first = std::lower_bound(
        track.begin(), track.end(), fromMs, [](const Fix &f, qint64 t) { return f.timeMs < t; });
    const auto last
        = std::lower_bound(first, track.end(), toMs, [](const Fix &f, qint64 t) { return f.timeMs < t; });
    return std::vector<Fix>(first, last);
}

std::size_t MemoryTrackSource::size() const
{
    std::size_t n = 0;
    for (const std::vector<Fix> &track : m_tracks)
        n += track.size();
    return n;
}

} // namespace checks
