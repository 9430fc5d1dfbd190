// WGS-84 <-> GCJ-02 ("Mars coordinates"), the datum Chinese commercial tiles (AMap, Tencent) are drawn in.
// The forward shift is the widely published algorithm (Krasovsky ellipsoid constants); outside China there
// is no shift. Used only to place WGS-84 fixes on GCJ-02 tiles: distances are always computed in WGS-84.
#pragma once

#include "maps/geo/latlon.h"

namespace geo {

// The rough China box the published algorithm uses (lon 72.004–137.8347, lat 0.8293–55.8271).
bool outOfChina(const LatLon &p);

LatLon wgs84ToGcj02(const LatLon &wgs);

// The shift has no closed-form inverse: iterate wgs -= gcj02(wgs) - target until the residual is below
// 1e-9 degrees (about 0.1 mm), a few iterations because the shift varies slowly.
LatLon gcj02ToWgs84(const LatLon &gcj);

} // namespace geo
