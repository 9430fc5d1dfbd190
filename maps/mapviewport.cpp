#include "maps/mapviewport.h"

#include "maps/geo/greatcircle.h"
#include "maps/geo/webmercator.h"

#include <algorithm>
#include <cmath>

MapViewport::MapViewport(const geo::LatLon &center, int zoom, const QSize &size, MapDatum datum)
    : m_size(size)
    , m_datum(datum)
{
    setZoom(zoom);
    setCenter(center);
}

MapViewport MapViewport::fitted(
    const geo::BoundingBox &box, const QSize &size, MapDatum datum, int maxZoom, int marginPx)
{
    return fitted(box, size, datum, maxZoom, QMargins(marginPx, marginPx, marginPx, marginPx));
}

MapViewport MapViewport::fitted(
    const geo::BoundingBox &box, const QSize &size, MapDatum datum, int maxZoom, const QMargins &margins)
{
    MapViewport view;
    view.m_size = size;
    view.m_datum = datum;
    if (box.isEmpty()) {
        view.setZoom(maxZoom);
        return view;
    }
    const QPointF a = unitPx(toDisplayDatum(datum, { box.maxLat, box.minLon }));
    const QPointF b = unitPx(toDisplayDatum(datum, { box.minLat, box.maxLon }));
    const double usableW = std::max(1, size.width() - margins.left() - margins.right());
    const double usableH = std::max(1, size.height() - margins.top() - margins.bottom());
    int zoom = std::clamp(maxZoom, kMinZoom, kMaxZoom);
    while (zoom > kMinZoom) {
        const double s = std::exp2(zoom);
        if ((b.x() - a.x()) * s <= usableW && (b.y() - a.y()) * s <= usableH)
            break;
        --zoom;
    }
    view.m_zoom = zoom;
    // The box's centre goes to the centre of the usable rectangle, not of the whole view.
    const QPointF usableCentre(margins.left() + usableW / 2.0, margins.top() + usableH / 2.0);
    const QPointF viewCentre(size.width() / 2.0, size.height() / 2.0);
    view.m_centerUnit = (a + b) / 2.0 - (usableCentre - viewCentre) / view.scale();
    return view;
}

geo::LatLon MapViewport::center() const
{
    const geo::LatLon shown = geo::worldPixelToLatLon({ m_centerUnit.x(), m_centerUnit.y() }, 0);
    return fromDisplayDatum(m_datum, shown);
}

void MapViewport::setCenter(const geo::LatLon &wgs)
{
    m_centerUnit = unitPx(toDisplayDatum(m_datum, wgs));
}

void MapViewport::setZoom(int zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

void MapViewport::setDatum(MapDatum datum)
{
    if (datum == m_datum)
        return;
    const geo::LatLon keep = center();
    m_datum = datum;
    setCenter(keep);
}

QPointF MapViewport::unitPx(const geo::LatLon &display)
{
    const geo::WorldPixel p = geo::latLonToWorldPixel(display, 0);
    return { p.x, p.y };
}

double MapViewport::scale() const
{
    return std::exp2(m_zoom);
}

QPointF MapViewport::worldPx(const geo::LatLon &wgs) const
{
    return unitPx(toDisplayDatum(m_datum, wgs)) * scale();
}

QPointF MapViewport::topLeft() const
{
    // Whole pixels: tiles and cached layer images then land on the pixel grid and stay sharp.
    const QPointF c = m_centerUnit * scale();
    return { std::floor(c.x() - m_size.width() / 2.0), std::floor(c.y() - m_size.height() / 2.0) };
}

geo::LatLon MapViewport::fromScreen(const QPointF &screen) const
{
    const QPointF world = topLeft() + screen;
    const geo::LatLon shown = geo::worldPixelToLatLon({ world.x(), world.y() }, m_zoom);
    return fromDisplayDatum(m_datum, shown);
}

void MapViewport::panBy(const QPointF &screenDelta)
{
    m_centerUnit -= screenDelta / scale();
    // Keep the centre on the Mercator square; east-west wrapping is not needed for a city fleet.
    m_centerUnit.setX(std::clamp(m_centerUnit.x(), 0.0, double(geo::kTileSize)));
    m_centerUnit.setY(std::clamp(m_centerUnit.y(), 0.0, double(geo::kTileSize)));
}

void MapViewport::zoomAround(int zoom, const QPointF &anchor)
{
    const QPointF anchorUnit = (topLeft() + anchor) / scale();
    const QPointF offsetPx = anchor - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
    setZoom(zoom);
    m_centerUnit = anchorUnit - offsetPx / scale();
}

double MapViewport::metersPerPixel() const
{
    const double lat = geo::degToRad(center().lat);
    return 2.0 * geo::kPi * geo::kEarthRadiusM * std::cos(lat) / geo::worldSizePx(m_zoom);
}
