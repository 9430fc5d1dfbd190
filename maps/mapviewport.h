// What part of the world a map shows: the centre, an integer zoom level (tiles are drawn 1:1, never blurred
// by a fractional scale), the size in pixels and the datum of the tiles under it. Converts WGS-84 fixes to
// screen pixels and back, so every layer and the widget agree on where a point is drawn. A value type: the
// widget and the offscreen renderer each hold one.
#pragma once

#include "maps/mapdatum.h"

#include "maps/geo/latlon.h"
#include "maps/geo/polygon.h"

#include <QMargins>
#include <QPointF>
#include <QRectF>
#include <QSize>

class MapViewport
{
public:
    static constexpr int kMinZoom = 3;
    static constexpr int kMaxZoom = 19;

    MapViewport() = default;
    MapViewport(const geo::LatLon &center, int zoom, const QSize &size, MapDatum datum = MapDatum::Wgs84);

    // The view that shows the whole box (WGS-84) with a margin, at the largest zoom up to maxZoom.
    static MapViewport fitted(const geo::BoundingBox &box, const QSize &size,
        MapDatum datum = MapDatum::Wgs84, int maxZoom = 17, int marginPx = 32);
    // The same with a margin per side (room kept free for what is drawn over the map, such as the scale
    // bar): the box is centred in the rest.
    static MapViewport fitted(
        const geo::BoundingBox &box, const QSize &size, MapDatum datum, int maxZoom, const QMargins &margins);

    geo::LatLon center() const; // WGS-84
    void setCenter(const geo::LatLon &wgs);
    int zoom() const { return m_zoom; }
    void setZoom(int zoom);
    QSize size() const { return m_size; }
    void setSize(const QSize &size) { m_size = size; }
    MapDatum datum() const { return m_datum; }
    void setDatum(MapDatum datum);

    // World pixels at the current zoom (0 at 180°W / the top of the Mercator square), display datum applied.
    QPointF worldPx(const geo::LatLon &wgs) const;
    // The same at zoom 0 (a 256-pixel world): what layers cache, since only a scale separates the zooms.
    static QPointF unitPx(const geo::LatLon &display);
    double scale() const; // world pixels per unit pixel: 2^zoom
    QPointF topLeft() const; // world pixel of the screen's (0, 0)
    QRectF worldRect() const { return QRectF(topLeft(), QSizeF(m_size)); }

    QPointF toScreen(const geo::LatLon &wgs) const { return worldPx(wgs) - topLeft(); }
    geo::LatLon fromScreen(const QPointF &screen) const; // WGS-84

    void panBy(const QPointF &screenDelta); // the map moves with the pointer: content shifts by delta
    // Changes the zoom keeping the point under `anchor` (screen) where it is.
    void zoomAround(int zoom, const QPointF &anchor);
    // Ground metres per screen pixel at the centre.
    double metersPerPixel() const;

private:
    QPointF m_centerUnit { 128.0, 128.0 }; // the centre in unit pixels (zoom 0), display datum
    int m_zoom = 10;
    QSize m_size { 800, 600 };
    MapDatum m_datum = MapDatum::Wgs84;
};
