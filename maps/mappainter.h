// Paints one frame of the map: the tiles under the view (a lower zoom's tile scaled up while the right one
// loads; the offline basemap when there is no source or nothing under the view can be had), the layers in
// order, the scale bar, the attribution and the "offline" badge. MapView and MapRenderer both paint through
// it, so what the tests render offscreen is what the user sees.
#pragma once

#include "maps/mapviewport.h"
#include "maps/offlinebasemap.h"
#include "maps/tilesource.h"

#include <QCoreApplication>
#include <QList>
#include <QMargins>
#include <QPointer>

class MapLayer;
class QPainter;

class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(MapPainter)

public:
    MapPainter();

    void setTileSource(TileSource *source) { m_source = source; }
    TileSource *tileSource() const { return m_source; }
    void setLayers(const QList<MapLayer *> &layers) { m_layers = layers; }
    const QList<MapLayer *> &layers() const { return m_layers; }
    // Progressive frames (the widget) let layers defer work beyond a per-frame budget; otherwise (offscreen
    // rendering, the default) every frame is complete. See MapLayer::setProgressive().
    void setProgressive(bool progressive) { m_progressive = progressive; }
    bool isProgressive() const { return m_progressive; }
    bool isSettled() const; // every visible layer has finished its deferred work

    struct FrameInfo
    {
        int tilesShown = 0; // at the right zoom
        int tilesScaled = 0; // a lower zoom standing in
        int tilesMissing = 0; // failed for good
        int tilesWaiting = 0;
        bool offline = false; // the offline basemap was drawn
    };
    FrameInfo paint(QPainter &painter, const MapViewport &view);

    // The 1-2-5 ground length that fits in maxPx at the view's centre, and its length in pixels.
    static double scaleBarMeters(const MapViewport &view, double maxPx, double *lengthPx = nullptr);
    static QString distanceText(double meters);
    // The margins a fitted view keeps free so that what the painter draws over the map (the scale bar and
    // the attribution along the bottom; the "offline" badge at the top when `offline`) hides none of the
    // layers, plus `marginPx` of air on every side.
    static QMargins overlayMargins(bool offline, int marginPx = 32);

private:
    FrameInfo paintTiles(QPainter &painter, const MapViewport &view);
    void paintScaleBar(QPainter &painter, const MapViewport &view) const;
    void paintAttribution(QPainter &painter, const MapViewport &view, const QString &text) const;
    void paintOfflineBadge(QPainter &painter) const;

    QPointer<TileSource> m_source;
    QList<MapLayer *> m_layers;
    OfflineBasemap m_basemap;
    bool m_progressive = false;
};
