#include "maps/geo/polygonindex.h"

#include <algorithm>
#include <cmath>

namespace geo {

PolygonIndex::PolygonIndex(const MultiPolygon &multi)
{
    auto addRing = [this](const Ring &ring, std::uint32_t polygon) {
        const std::size_t n = ring.size();
        if (n < 3)
            return;
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            if (ring[i] != ring[j])
                m_edges.push_back({ ring[j], ring[i], polygon });
        }
    };
    for (const Polygon &polygon : multi) {
        if (polygon.outer.size() < 3)
            continue;
        const auto id = static_cast<std::uint32_t>(m_polygonCount++);
        m_bounds.extend(boundingBox(polygon.outer));
        addRing(polygon.outer, id);
        for (const Ring &hole : polygon.holes)
            addRing(hole, id);
    }
    if (m_edges.empty())
        return;

    // About four edges per band keeps a test short without spending much memory on band lists.
    const std::size_t bands = std::clamp<std::size_t>(m_edges.size() / 4, 1, 1 << 16);
    const double height = m_bounds.maxLat - m_bounds.minLat;
    m_bandHeight = height > 0.0 ? height / static_cast<double>(bands) : 1.0;
    m_bandStart.assign(bands + 1, 0);
    for (const Edge &e : m_edges) {
        const std::size_t lo = bandOf(std::min(e.a.lat, e.b.lat));
        const std::size_t hi = bandOf(std::max(e.a.lat, e.b.lat));
        for (std::size_t band = lo; band <= hi; ++band)
            ++m_bandStart[band + 1];
    }
    for (std::size_t band = 0; band < bands; ++band)
        m_bandStart[band + 1] += m_bandStart[band];
    m_bandEdges.resize(m_bandStart.back());
    std::vector<std::uint32_t> fill(m_bandStart.begin(), m_bandStart.end() - 1);
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const Edge &e = m_edges[i];
        const std::size_t lo = bandOf(std::min(e.a.lat, e.b.lat));
        const std::size_t hi = bandOf(std::max(e.a.lat, e.b.lat));
        for (std::size_t band = lo; band <= hi; ++band)
            m_bandEdges[fill[band]++] = static_cast<std::uint32_t>(i);
    }
}

std::size_t PolygonIndex::bandOf(double lat) const
{
    const double f = std::floor((lat - m_bounds.minLat) / m_bandHeight);
    const std::size_t last = m_bandStart.size() - 2;
    if (!(f > 0.0))
        return 0;
    return std::min(static_cast<std::size_t>(f), last);
}

bool PolygonIndex::contains(const LatLon &p) const
{
    if (m_edges.empty() || !m_bounds.contains(p))
        return false;
    const std::size_t band = bandOf(p.lat);
    // Parity per polygon: outer ring and holes together give "inside outer and not inside a hole"; polygons
    // of one multipolygon are kept apart so that overlapping parts do not cancel each other out.
    // Up to 64 polygons (every real fence) keep their parity bits in a register: no allocation per test.
    std::uint64_t bits = 0;
    std::vector<bool> more(m_polygonCount > 64 ? m_polygonCount : 0, false);
    for (std::uint32_t k = m_bandStart[band]; k < m_bandStart[band + 1]; ++k) {
        const Edge &e = m_edges[m_bandEdges[k]];
        const double cross
            = (e.b.lon - e.a.lon) * (p.lat - e.a.lat) - (e.b.lat - e.a.lat) * (p.lon - e.a.lon);
        if (cross == 0.0 && p.lon >= std::min(e.a.lon, e.b.lon) && p.lon <= std::max(e.a.lon, e.b.lon)
            && p.lat >= std::min(e.a.lat, e.b.lat) && p.lat <= std::max(e.a.lat, e.b.lat))
            return true; // on the boundary of a ring: inside (see polygon.h)
        if ((e.b.lat > p.lat) != (e.a.lat > p.lat)) {
            const double lonAtLat = e.b.lon + (p.lat - e.b.lat) * (e.a.lon - e.b.lon) / (e.a.lat - e.b.lat);
            if (p.lon < lonAtLat) {
                if (e.polygon < 64)
                    bits ^= std::uint64_t(1) << e.polygon;
                else
                    more[e.polygon] = !more[e.polygon];
            }
        }
    }
    return bits != 0 || std::find(more.begin(), more.end(), true) != more.end();
}

} // namespace geo
