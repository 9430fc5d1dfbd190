// Renders the map into a QImage without a window, with the same MapPainter as MapView: for the command
// line's `render`, reports and tests. Tiles are loaded in blocking mode, so the image is complete when
// render() returns (or shows the offline basemap where the source cannot be reached).
#pragma once

#include "maps/mappainter.h"

#include <QImage>

class MapRenderer
{
public:
    MapRenderer();

    // Not owned. Switched to blocking mode while rendering.
    void setTileSource(TileSource *source);
    TileSource *tileSource() const { return m_painter.tileSource(); }
    void addLayer(MapLayer *layer); // not owned; drawn in the order added
    const QList<MapLayer *> &layers() const { return m_painter.layers(); }

    // The view that shows every layer (fit to bounds), in the source's datum.
    MapViewport fittedView(const QSize &size, int maxZoom = 17) const;

    QImage render(const MapViewport &view);
    QImage render(const QSize &size) { return render(fittedView(size)); }
    const MapPainter::FrameInfo &lastFrame() const { return m_lastFrame; }

private:
    MapPainter m_painter;
    MapPainter::FrameInfo m_lastFrame;
};
