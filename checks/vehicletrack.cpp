#include "checks/vehicletrack.h"

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
    const std::vector<Fix> raw = m_source.fixes(m_plate, fromMs, end);
    const std::vector<std::size_t> kept = geo::keptFixIndices(raw, m_options, &track.stepsM);
    track.fixes.reserve(kept.size());
    for (std::size_t i : kept)
        track.fixes.push_back(raw[i]);
    for (double step : track.stepsM)
        track.lengthM += step;
    track.dropped = int(raw.size() - kept.size());
    return track;
}

} // namespace checks
