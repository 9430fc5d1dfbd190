// A multipolygon prepared for many point-in-polygon tests (a month of fixes against the geofences): edges
// are bucketed into latitude bands so one test looks at a handful of edges instead of every vertex of a
// district boundary. Same answers as geo::contains(const MultiPolygon &, ...).
#pragma once

#include "maps/geo/polygon.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace geo {

class PolygonIndex
{
public:
    PolygonIndex() = default;
    explicit PolygonIndex(const MultiPolygon &multi);

    bool contains(const LatLon &p) const;
    const BoundingBox &bounds() const { return m_bounds; }
    bool isEmpty() const { return m_edges.empty(); }

private:
    struct Edge
    {
        LatLon a;
        LatLon b;
        std::uint32_t polygon;
    };

    std::size_t bandOf(double lat) const;

    BoundingBox m_bounds;
    std::vector<Edge> m_edges;
    std::size_t m_polygonCount = 0;
    double m_bandHeight = 1.0;
    std::vector<std::uint32_t>
        m_bandStart; // CSR layout: edges of band i are m_bandEdges[start[i]..start[i+1])
    std::vector<std::uint32_t> m_bandEdges;
};

} // namespace geo
