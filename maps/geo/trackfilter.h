// The GPS jump filter of DESIGN §5 and the track mileage built on it. Every use of a track (mileage,
// destination, location, station visits, fuel) goes through the same filter so that the rules agree.
#pragma once

#include "maps/geo/fastdistance.h"
#include "maps/geo/greatcircle.h"
#include "maps/geo/latlon.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace geo {

struct JumpFilterOptions
{
    double maxSpeedKmh = 200.0;
    // Two fixes with the same timestamp imply an infinite speed as soon as they differ at all. A receiver
    // repeating a fix, or two reporting paths delivering one fix twice, yields the same position give or
    // take rounding; anything farther apart than this cannot both be right, so the later one is a jump.
    double sameTimeToleranceM = 5.0;
};

// True when going from the kept fix (fromMs, from) to (toMs, to) implies a speed strictly above the limit
// (exactly at the limit is kept: §5 drops fixes "above 200 km/h"). Times in milliseconds; toMs < fromMs
// (unsorted input) is judged like equal times.
bool isJump(std::int64_t fromMs, const LatLon &from, std::int64_t toMs, const LatLon &to,
    const JumpFilterOptions &options = {});
// The same when the distance (metres) is already known; dtMs = toMs - fromMs.
bool isJump(double distanceM, std::int64_t dtMs, const JumpFilterOptions &options = {});

// The filter fed one fix at a time, in time order. The first fix is always kept; each later fix is compared
// with the LAST KEPT fix, so a burst of bad fixes is dropped as a whole rather than only its first member.
// Its whole state is that last kept fix: two filters that have both just kept the same fix decide everything
// after it alike, to the last bit of every step (LatitudeCosine does not depend on history), which lets a
// range's filtering join a longer one's (checks/vehicletrack.cpp).
class JumpFilter
{
public:
    explicit JumpFilter(const JumpFilterOptions &options = {})
        : m_options(options)
    { }

    // True when the fix is kept; then *stepM is the great-circle metres from the previous kept fix (0 for
    // the first).
    bool offer(std::int64_t timeMs, double lat, double lon, double *stepM)
    {
        // The steps are haversine (fastdistance.h: distanceM to ~1e-9 m, without libm per fix). A step
        // so close to the speed limit that rounding could decide it is measured again with distanceM(), so
        // the filter keeps and drops exactly what distanceM() says.
        const LatLon here { lat, lon };
        const double cosHere = m_cosine(lat);
        double step = 0.0;
        if (m_any) {
            const std::int64_t dtMs = timeMs - m_lastMs;
            step = haversineM(m_last, m_lastCos, here, cosHere);
            // isJump(step, dtMs) written out, with the margin: far above the two formulations' rounding.
            const double margin = 1e-11 * step + 1e-7;
            const double excess = dtMs > 0
                ? (step * 3600.0 - m_options.maxSpeedKmh * static_cast<double>(dtMs))
                : step - m_options.sameTimeToleranceM;
            const double scaledMargin = dtMs > 0 ? margin * 3600.0 : margin;
            if (excess <= scaledMargin && excess >= -scaledMargin) {
                step = distanceM(m_last, here);
                if (isJump(step, dtMs, m_options))
                    return false;
            } else if (excess > 0) {
                return false;
            }
        }
        m_any = true;
        m_lastMs = timeMs;
        m_last = here;
        m_lastCos = cosHere;
        *stepM = step;
        return true;
    }

private:
    JumpFilterOptions m_options;
    LatitudeCosine m_cosine;
    bool m_any = false;
    std::int64_t m_lastMs = 0;
    LatLon m_last;
    double m_lastCos = 1.0;
};

// Indices of the fixes the filter keeps of `count` fixes from `fixes`, for any fix type with members timeMs
// (ms), lat and lon (degrees), sorted by time. When `stepsM` is given it receives, per kept fix, the
// great-circle step from the previous kept fix (0 for the first): the filter measures it anyway, so mileage
// needs no second pass over the trigonometry.
template<class Fix>
std::vector<std::size_t> keptFixIndices(const Fix *fixes, std::size_t count,
    const JumpFilterOptions &options = {}, std::vector<double> *stepsM = nullptr)
{
    std::vector<std::size_t> kept;
    kept.reserve(count);
    if (stepsM) {
        stepsM->clear();
        stepsM->reserve(count);
    }
    JumpFilter filter(options);
    for (std::size_t i = 0; i < count; ++i) {
        double step = 0.0;
        if (!filter.offer(fixes[i].timeMs, fixes[i].lat, fixes[i].lon, &step))
            continue;
        kept.push_back(i);
        if (stepsM)
            stepsM->push_back(step);
    }
    return kept;
}

// The same over a vector.
template<class Fix>
std::vector<std::size_t> keptFixIndices(const std::vector<Fix> &fixes, const JumpFilterOptions &options = {},
    std::vector<double> *stepsM = nullptr)
{
    return keptFixIndices(fixes.data(), fixes.size(), options, stepsM);
}

// The fixes the filter keeps, in order.
template<class Fix>
std::vector<Fix> filterJumps(const std::vector<Fix> &fixes, const JumpFilterOptions &options = {})
{
    std::vector<Fix> out;
    const std::vector<std::size_t> kept = keptFixIndices(fixes, options);
    out.reserve(kept.size());
    for (std::size_t i : kept)
        out.push_back(fixes[i]);
    return out;
}

// Track mileage in metres: the sum of great-circle steps between consecutive fixes that are already
// filtered (or known to be clean).
template<class Fix>
double trackLengthM(const std::vector<Fix> &fixes)
{
    double sum = 0.0;
    for (std::size_t i = 1; i < fixes.size(); ++i)
        sum += distanceM(
            LatLon { fixes[i - 1].lat, fixes[i - 1].lon }, LatLon { fixes[i].lat, fixes[i].lon });
    return sum;
}

// §5 mileage: jump-filter, then sum the steps.
template<class Fix>
double filteredTrackLengthM(const std::vector<Fix> &fixes, const JumpFilterOptions &options = {})
{
    std::vector<double> steps;
    keptFixIndices(fixes, options, &steps);
    double sum = 0.0;
    for (double step : steps)
        sum += step;
    return sum;
}

} // namespace geo
