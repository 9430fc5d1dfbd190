#include "maps/geo/polygon.h"

#include <algorithm>
#include <cstddef>

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

} // namespace geo
