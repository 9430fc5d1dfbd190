#include "maps/geo/polygon.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <tuple>

namespace geo {

void BoundingBox::extend(const LatLon &p)
{
    if (isEmpty()) {
        minLat = maxLat = p.lat;
        minLon = maxLon = p.lon;
        return;
    }
    minLat = std::min(minLat, p.lat);
    maxLat = std::max(maxLat, p.lat);
    minLon = std::min(minLon, p.lon);
    maxLon = std::max(maxLon, p.lon);
}

void BoundingBox::extend(const BoundingBox &other)
{
    if (other.isEmpty())
        return;
    extend(LatLon { other.minLat, other.minLon });
    extend(LatLon { other.maxLat, other.maxLon });
}

BoundingBox boundingBox(const Ring &ring)
{
    BoundingBox box;
    for (const LatLon &p : ring)
        box.extend(p);
    return box;
}

BoundingBox boundingBox(const Polygon &polygon)
{
    return boundingBox(polygon.outer);
}

BoundingBox boundingBox(const MultiPolygon &multi)
{
    BoundingBox box;
    for (const Polygon &polygon : multi)
        box.extend(boundingBox(polygon));
    return box;
}

namespace {

bool onSegment(const LatLon &a, const LatLon &b, const LatLon &p)
{
    const double cross = (b.lon - a.lon) * (p.lat - a.lat) - (b.lat - a.lat) * (p.lon - a.lon);
    if (cross != 0.0)
        return false;
    return p.lon >= std::min(a.lon, b.lon) && p.lon <= std::max(a.lon, b.lon)
        && p.lat >= std::min(a.lat, b.lat) && p.lat <= std::max(a.lat, b.lat);
}

} // namespace

bool onRingBoundary(const Ring &ring, const LatLon &p)
{
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        if (onSegment(ring[j], ring[i], p))
            return true;
    }
    return false;
}

bool ringContains(const Ring &ring, const LatLon &p)
{
    const std::size_t n = ring.size();
    if (n < 3)
        return false;
    bool inside = false;
    // Even-odd crossing test along a ray towards +lon. The half-open rule on lat (one end included, the
    // other not) counts a ray through a vertex exactly once. An explicit closing vertex adds a zero-length
    // edge, which never crosses.
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const LatLon &a = ring[j];
        const LatLon &b = ring[i];
        if ((b.lat > p.lat) != (a.lat > p.lat)) {
            const double lonAtLat = b.lon + (p.lat - b.lat) * (a.lon - b.lon) / (a.lat - b.lat);
            if (p.lon < lonAtLat)
                inside = !inside;
        }
    }
    return inside || onRingBoundary(ring, p);
}

bool contains(const Polygon &polygon, const LatLon &p)
{
    if (!boundingBox(polygon.outer).contains(p) || !ringContains(polygon.outer, p))
        return false;
    for (const Ring &hole : polygon.holes) {
        if (ringContains(hole, p) && !onRingBoundary(hole, p))
            return false;
    }
    return true;
}

bool contains(const MultiPolygon &multi, const LatLon &p)
{
    return std::any_of(
        multi.begin(), multi.end(), [&p](const Polygon &polygon) { return contains(polygon, p); });
}

namespace {

// Twice the signed area of (a, b, c): > 0 when c lies left of a→b. x is longitude, y latitude.
double orient(const LatLon &a, const LatLon &b, const LatLon &c)
{
    return (b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon);
}

bool between(const LatLon &a, const LatLon &b, const LatLon &p) // p collinear with a-b: on the segment?
{
    return p.lon >= std::min(a.lon, b.lon) && p.lon <= std::max(a.lon, b.lon)
        && p.lat >= std::min(a.lat, b.lat) && p.lat <= std::max(a.lat, b.lat);
}

// Whether segments p1-p2 and q1-q2 meet (touching counts), and a point where they do.
bool segmentsMeet(const LatLon &p1, const LatLon &p2, const LatLon &q1, const LatLon &q2, LatLon *at)
{
    const double d1 = orient(q1, q2, p1);
    const double d2 = orient(q1, q2, p2);
    const double d3 = orient(p1, p2, q1);
    const double d4 = orient(p1, p2, q2);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
        const double t = d1 / (d1 - d2);
        *at = { p1.lat + t * (p2.lat - p1.lat), p1.lon + t * (p2.lon - p1.lon) };
        return true;
    }
    for (const auto &[d, a, b, p] : { std::tuple { d1, q1, q2, p1 }, std::tuple { d2, q1, q2, p2 },
             std::tuple { d3, p1, p2, q1 }, std::tuple { d4, p1, p2, q2 } }) {
        if (d == 0 && between(a, b, p)) {
            *at = p;
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<RingCrossing> selfIntersection(const Ring &input)
{
    // The vertices without the closing repeat and without repeated neighbours (a zero-length edge).
    std::vector<LatLon> v;
    v.reserve(input.size());
    for (const LatLon &p : input) {
        if (v.empty() || p.lat != v.back().lat || p.lon != v.back().lon)
            v.push_back(p);
    }
    while (v.size() > 1 && v.front().lat == v.back().lat && v.front().lon == v.back().lon)
        v.pop_back();
    const int n = int(v.size());
    if (n < 3)
        return std::nullopt;
    const auto from = [&](int e) { return v[std::size_t(e)]; };
    const auto to = [&](int e) { return v[std::size_t((e + 1) % n)]; };
    std::vector<int> order(std::size_t(n), 0);
    for (int e = 0; e < n; ++e)
        order[std::size_t(e)] = e;
    const auto minLon = [&](int e) { return std::min(from(e).lon, to(e).lon); };
    const auto maxLon = [&](int e) { return std::max(from(e).lon, to(e).lon); };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return minLon(a) < minLon(b); });
    std::vector<int> active; // edges whose longitude span may still overlap the next ones
    for (const int e : order) {
        const double start = minLon(e);
        active.erase(std::remove_if(active.begin(), active.end(), [&](int a) { return maxLon(a) < start; }),
            active.end());
        for (const int a : active) {
            const int gap = std::abs(a - e);
            if (gap == 1 || gap == n - 1) { // neighbours share a vertex; they only fail by folding back
                const LatLon shared = (a + 1) % n == e ? to(a) : from(a);
                const LatLon otherA = (a + 1) % n == e ? from(a) : to(a);
                const LatLon otherE = (a + 1) % n == e ? to(e) : from(e);
                if (orient(shared, otherA, otherE) == 0 && between(shared, otherA, otherE))
                    return RingCrossing { std::min(a, e), std::max(a, e), otherE };
                if (orient(shared, otherE, otherA) == 0 && between(shared, otherE, otherA))
                    return RingCrossing { std::min(a, e), std::max(a, e), otherA };
                continue;
            }
            LatLon at;
            if (segmentsMeet(from(a), to(a), from(e), to(e), &at))
                return RingCrossing { std::min(a, e), std::max(a, e), at };
        }
        active.push_back(e);
    }
    return std::nullopt;
}

} // namespace geo
