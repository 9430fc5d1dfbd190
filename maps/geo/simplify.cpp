#include "maps/geo/simplify.h"

#include "maps/geo/greatcircle.h"

#include <cmath>
#include <utility>

namespace geo {

namespace {

double segmentDistance2(const PointXY &p, const PointXY &a, const PointXY &b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = 0.0;
    if (len2 > 0.0) {
        t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
        t = t < 0.0 ? 0.0 : (t > 1.0 ? 1.0 : t);
    }
    const double ex = a.x + t * dx - p.x;
    const double ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
}

} // namespace

std::vector<std::size_t> simplifyIndices(const std::vector<PointXY> &points, double tolerance)
{
    const std::size_t n = points.size();
    if (n <= 2) {
        std::vector<std::size_t> all(n);
        for (std::size_t i = 0; i < n; ++i)
            all[i] = i;
        return all;
    }
    const double tol2 = tolerance * tolerance;
    std::vector<bool> keep(n, false);
    keep.front() = keep.back() = true;
    std::vector<std::pair<std::size_t, std::size_t>> stack { { 0, n - 1 } };
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double worst = -1.0;
        std::size_t worstIndex = first;
        for (std::size_t i = first + 1; i < last; ++i) {
            const double d2 = segmentDistance2(points[i], points[first], points[last]);
            if (d2 > worst) {
                worst = d2;
                worstIndex = i;
            }
        }
        if (worstIndex != first && worst > tol2) {
            keep[worstIndex] = true;
            stack.push_back({ first, worstIndex });
            stack.push_back({ worstIndex, last });
        }
    }
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[i])
            kept.push_back(i);
    }
    return kept;
}

std::vector<std::size_t> simplifyIndicesM(const std::vector<LatLon> &points, double toleranceM)
{
    std::vector<PointXY> xy;
    xy.reserve(points.size());
    if (!points.empty()) {
        const LatLon origin = points.front();
        const double metresPerDeg = degToRad(1.0) * kEarthRadiusM;
        const double kx = std::cos(degToRad(origin.lat)) * metresPerDeg;
        for (const LatLon &p : points)
            xy.push_back({ wrapLonDeltaDeg(p.lon - origin.lon) * kx, (p.lat - origin.lat) * metresPerDeg });
    }
    return simplifyIndices(xy, toleranceM);
}

} // namespace geo
