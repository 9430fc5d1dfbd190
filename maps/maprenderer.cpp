#include "maps/maprenderer.h"

#include "maps/maplayer.h"
#include "maps/tilesource.h"

#include <QPainter>

MapRenderer::MapRenderer() = default;

void MapRenderer::setTileSource(TileSource *source)
{
    m_painter.setTileSource(source);
}

void MapRenderer::addLayer(MapLayer *layer)
{
    QList<MapLayer *> layers = m_painter.layers();
    layers.append(layer);
    m_painter.setLayers(layers);
}

MapViewport MapRenderer::fittedView(const QSize &size, int maxZoom) const
{
    geo::BoundingBox box;
    for (const MapLayer *layer : m_painter.layers())
        box.extend(layer->bounds());
    const MapDatum datum = tileSource() ? tileSource()->datum() : MapDatum::Wgs84;
    if (tileSource())
        maxZoom = std::min(maxZoom, tileSource()->maxZoom());
    // The scale bar and the attribution along the bottom would cover a track fitted to the edge, and the
    // "offline" badge at the top covers what lies under it when there is no tile source.
    return MapViewport::fitted(box, size, datum, maxZoom, MapPainter::overlayMargins(!tileSource()));
}

QImage MapRenderer::render(const MapViewport &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    TileSource *source = tileSource();
    const bool wasBlocking = source && source->isBlocking();
    if (source)
        source->setBlocking(true);
    {
        QPainter painter(&image);
        m_lastFrame = m_painter.paint(painter, view);
    }
    if (source)
        source->setBlocking(wasBlocking);
    return image;
}
