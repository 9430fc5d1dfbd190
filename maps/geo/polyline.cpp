#include "maps/geo/polyline.h"

#include "maps/geo/fastdistance.h"
#include "maps/geo/greatcircle.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {

namespace {

// Parameter of the point of segment a-b closest to p. Found in a local equirectangular projection centred on
// p (x east, y north, metres; kx = cos of p's latitude); the distance itself is then measured great-circle to
// that point, so the only error left is how far the projection moves the foot point, which is second order in
// the distance: well under a millimetre for points a few km from the track.
double footParameter(const LatLon &p, double kx, const LatLon &a, const LatLon &b)
{
    const double ax = wrapLonDeltaDeg(a.lon - p.lon) * kx;
    const double ay = a.lat - p.lat;
    const double bx = wrapLonDeltaDeg(b.lon - p.lon) * kx;
    const double by = b.lat - p.lat;
    const double dx = bx - ax;
    const double dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    if (len2 <= 0.0)
        return 0.0;
    const double t = -(ax * dx + ay * dy) / len2;
    return t < 0.0 ? 0.0 : (t > 1.0 ? 1.0 : t);
}

LatLon interpolate(const LatLon &a, const LatLon &b, double t)
{
    return { a.lat + (b.lat - a.lat) * t, a.lon + wrapLonDeltaDeg(b.lon - a.lon) * t };
}

} // namespace

double distanceToSegmentM(const LatLon &p, const LatLon &a, const LatLon &b)
{
    return distanceM(p, interpolate(a, b, footParameter(p, std::cos(degToRad(p.lat)), a, b)));
}

namespace {

// A segment whose latitude gap to p alone (a lower bound of any great-circle distance, R·|Δφ|) is beyond
// `distanceM`, with a margin far above rounding, cannot come that close.
bool latitudeGapBeyond(const LatLon &p, const LatLon &a, const LatLon &b, double distanceM)
{
    const double latGapDeg
        = std::max({ 0.0, std::min(a.lat, b.lat) - p.lat, p.lat - std::max(a.lat, b.lat) });
    return degToRad(latGapDeg) * kEarthRadiusM > distanceM * (1.0 + 1e-9) + 1e-6;
}

// The distance from p to segment a-b as both searches below measure it, so they agree to the last bit.
struct SegmentPoint
{
    double distanceM;
    double t;
    LatLon point;
};

// `cosine` may have seen anything before: it gives a latitude's cosine to the same bit whatever it saw.
SegmentPoint nearestOnSegment(
    const LatLon &p, double cosP, LatitudeCosine &cosine, const LatLon &a, const LatLon &b)
{
    const double t = footParameter(p, cosP, a, b);
    const LatLon q = interpolate(a, b, t);
    return { haversineM(p, cosP, q, cosine(q.lat)), t, q };
}

} // namespace

PolylineDistance nearestOnPolyline(const LatLon &p, const LatLon *points, std::size_t count)
{
    PolylineDistance best;
    best.distanceM = std::numeric_limits<double>::infinity();
    if (count == 0)
        return best;
    if (count == 1) {
        best.distanceM = distanceM(p, points[0]);
        best.nearest = points[0];
        return best;
    }
    // The same search as segment by segment distanceToSegmentM(), made cheap for tracks of thousands of
    // fixes (fastdistance.h): the point's cosine once, the haversine without libm, and a segment skipped
    // when its latitude gap alone shows it could not beat the best distance so far.
    const double cosP = std::cos(degToRad(p.lat));
    LatitudeCosine cosine;
    for (std::size_t i = 0; i + 1 < count; ++i) {
        if (latitudeGapBeyond(p, points[i], points[i + 1], best.distanceM))
            continue;
        const SegmentPoint s = nearestOnSegment(p, cosP, cosine, points[i], points[i + 1]);
        if (s.distanceM < best.distanceM) {
            best.distanceM = s.distanceM;
            best.segment = i;
            best.t = s.t;
            best.nearest = s.point;
        }
    }
    return best;
}

bool comesWithin(const LatLon &p, const LatLon *points, std::size_t count, double limitM)
{
    if (count == 0)
        return false;
    if (count == 1)
        return distanceM(p, points[0]) <= limitM;
    const double cosP = std::cos(degToRad(p.lat));
    LatitudeCosine cosine;
    auto within = [&](std::size_t i) {
        return !latitudeGapBeyond(p, points[i], points[i + 1], limitM)
            && nearestOnSegment(p, cosP, cosine, points[i], points[i + 1]).distanceM <= limitM;
    };
    // A guess first: the two segments at the vertex closest in a flat projection (no trigonometry, and no
    // care for the antimeridian). Only a segment's own measure decides, so the guess saves time and cannot
    // change the answer.
    std::size_t closest = 0;
    double closestSquared = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < count; ++i) {
        const double dx = (points[i].lon - p.lon) * cosP;
        const double dy = points[i].lat - p.lat;
        const double squared = dx * dx + dy * dy;
        if (squared < closestSquared) {
            closestSquared = squared;
            closest = i;
        }
    }
    if ((closest > 0 && within(closest - 1)) || (closest + 1 < count && within(closest)))
        return true;
    for (std::size_t i = 0; i + 1 < count; ++i) {
        if (within(i))
            return true;
    }
    return false;
}

PolylineDistance nearestOnPolyline(const LatLon &p, const std::vector<LatLon> &points)
{
    return nearestOnPolyline(p, points.data(), points.size());
}

double distanceToPolylineM(const LatLon &p, const std::vector<LatLon> &points)
{
    return nearestOnPolyline(p, points).distanceM;
}

double polylineLengthM(const std::vector<LatLon> &points)
{
    double sum = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i)
        sum += distanceM(points[i - 1], points[i]);
    return sum;
}

} // namespace geo
