// Douglas–Peucker line simplification: which vertices of a track to keep so that the dropped ones lie within
// a tolerance of the simplified line (per zoom level on the map, in pixels; or in metres on the ground).
#pragma once

#include "maps/geo/latlon.h"

#include <cstddef>
#include <vector>

namespace geo {

struct PointXY
{
    double x = 0.0;
    double y = 0.0;
};

// Indices of the kept vertices, ascending, always including the first and the last. Planar, tolerance in
// the points' own unit (e.g. world pixels). Iterative, so a million-point track cannot overflow the stack.
std::vector<std::size_t> simplifyIndices(const std::vector<PointXY> &points, double tolerance);

// The same in metres for lat/lon points, measured in a local equirectangular projection around the track's
// first point (exact enough at city scale, where the tolerance is a few metres).
std::vector<std::size_t> simplifyIndicesM(const std::vector<LatLon> &points, double toleranceM);

} // namespace geo
