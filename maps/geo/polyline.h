// Distances from a point to a segment and to a polyline (a track), in metres, e.g. "did the track ever come
// within 2 km of the destination" (DESIGN §5: the distance to the track as a line, not only to its fixes).
#pragma once

#include "maps/geo/latlon.h"

#include <cstddef>
#include <vector>

namespace geo {

struct PolylineDistance
{
    double distanceM = 0.0; // great-circle distance from the point to `nearest`
    std::size_t segment = 0; // index of the segment's first vertex
    double t = 0.0; // position of `nearest` along that segment, 0..1
    LatLon nearest;
};

// Distance from p to the segment a-b. The segment is the straight line in lat/lon between its ends, which at
// city scale (steps of metres to a few km) differs from the great-circle arc by millimetres.
double distanceToSegmentM(const LatLon &p, const LatLon &a, const LatLon &b);

// Nearest point of a polyline to p. A single vertex is a degenerate polyline (the distance to that fix);
// an empty polyline gives distanceM = +infinity.
PolylineDistance nearestOnPolyline(const LatLon &p, const LatLon *points, std::size_t count);
PolylineDistance nearestOnPolyline(const LatLon &p, const std::vector<LatLon> &points);
double distanceToPolylineM(const LatLon &p, const std::vector<LatLon> &points);

// Whether nearestOnPolyline(p, points, count).distanceM <= limitM, answered exactly (the same distances,
// to the last bit) but stopping at the first segment that close: most tracks do reach their destination, and
// the full search is needed only for the evidence of one that does not.
bool comesWithin(const LatLon &p, const LatLon *points, std::size_t count, double limitM);

// Sum of the great-circle steps between consecutive vertices.
double polylineLengthM(const std::vector<LatLon> &points);

} // namespace geo
