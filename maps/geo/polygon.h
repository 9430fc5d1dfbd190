// Polygons with holes and multipolygons as GeoJSON has them (geofences, district boundaries), with a
// bounding-box prefilter and point-in-polygon tests. Planar in lat/lon: fences are city-sized and never
// cross the antimeridian or a pole.
#pragma once

#include "maps/geo/latlon.h"

#include <optional>
#include <vector>

namespace geo {

// A ring may be given closed (last vertex == first) or open; both mean the same area.
using Ring = std::vector<LatLon>;

struct Polygon
{
    Ring outer;
    std::vector<Ring> holes;
};

using MultiPolygon = std::vector<Polygon>;

struct BoundingBox
{
    double minLat = 0.0;
    double minLon = 0.0;
    double maxLat = -1.0; // max < min: empty
    double maxLon = -1.0;

    bool isEmpty() const { return maxLat < minLat || maxLon < minLon; }
    bool contains(const LatLon &p) const
    {
        return p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon;
    }
    void extend(const LatLon &p);
    void extend(const BoundingBox &other);
};

BoundingBox boundingBox(const Ring &ring);
BoundingBox boundingBox(const Polygon &polygon); // the outer ring's box: holes lie inside it
BoundingBox boundingBox(const MultiPolygon &multi);

// Points on a ring's edge or vertex count as inside the ring. A point on the edge of a hole is therefore
// inside the polygon: the boundary belongs to the fence, so a car parked on the line is not "outside".
bool ringContains(const Ring &ring, const LatLon &p);
bool onRingBoundary(const Ring &ring, const LatLon &p);
bool contains(const Polygon &polygon, const LatLon &p);
bool contains(const MultiPolygon &multi, const LatLon &p);

// Where a ring crosses or touches itself (a bow-tie, a figure eight), which makes "inside" meaningless:
// the indices of two edges that meet though they are not neighbours (edge i runs from vertex i to i + 1, the
// closing vertex of a closed ring left out), and a point where they meet. Planar in lat/lon like the rest;
// a sweep over the edges sorted by longitude, so a district boundary of thousands of vertices is quick.
struct RingCrossing
{
    int edgeA = -1;
    int edgeB = -1;
    LatLon at;
};
std::optional<RingCrossing> selfIntersection(const Ring &ring);

} // namespace geo
