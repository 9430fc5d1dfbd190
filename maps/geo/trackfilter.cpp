#include "maps/geo/trackfilter.h"

namespace geo {

bool isJump(std::int64_t fromMs, const LatLon &from, std::int64_t toMs, const LatLon &to,
    const JumpFilterOptions &options)
{
    return isJump(distanceM(from, to), toMs - fromMs, options);
}

bool isJump(double distanceM, std::int64_t dtMs, const JumpFilterOptions &options)
{
    if (dtMs <= 0)
        return distanceM > options.sameTimeToleranceM;
    // speed [km/h] = (d / 1000) / (dt / 3 600 000) = d * 3600 / dt; compared without the division so
    // that a step at exactly the limit is not pushed over it by rounding.
    return distanceM * 3600.0 > options.maxSpeedKmh * static_cast<double>(dtMs);
}

} // namespace geo
