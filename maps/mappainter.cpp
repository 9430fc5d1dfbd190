#include "maps/mappainter.h"

#include "maps/maplayer.h"
#include "maps/textpolicy.h"
#include "maps/tilesource.h"

#include "maps/geo/webmercator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>

MapPainter::MapPainter() = default;

MapPainter::FrameInfo MapPainter::paint(QPainter &painter, const MapViewport &view)
{
    FrameInfo info;
    if (m_source)
        info = paintTiles(painter, view);
    // Offline when there is no source, or when every tile under the view failed: the server is unreachable
    // (a single missing tile at the edge of an MBTiles area is not "offline").
    const int visible = info.tilesShown + info.tilesScaled + info.tilesMissing + info.tilesWaiting;
    info.offline = !m_source || (visible > 0 && info.tilesMissing == visible);
    if (info.offline)
        m_basemap.paint(painter, view);

    for (MapLayer *layer : m_layers) {
        if (layer && layer->isVisible()) {
            layer->setProgressive(m_progressive);
            layer->paint(painter, view);
        }
    }

    if (canDrawText()) {
        paintScaleBar(painter, view);
        if (info.offline)
            paintOfflineBadge(painter);
        else if (m_source && !m_source->attribution().isEmpty())
            paintAttribution(painter, view, m_source->attribution());
    }
    return info;
}

bool MapPainter::isSettled() const
{
    return std::all_of(m_layers.cbegin(), m_layers.cend(),
        [](const MapLayer *layer) { return !layer || !layer->isVisible() || layer->isSettled(); });
}

MapPainter::FrameInfo MapPainter::paintTiles(QPainter &painter, const MapViewport &view)
{
    FrameInfo info;
    TileSource &source = *m_source;
    const QRectF world = view.worldRect();
    // Beyond the source's zoom range the nearest level is drawn scaled (up) or tiles are missing (down).
    const int zoom = std::clamp(view.zoom(), source.minZoom(), source.maxZoom());
    const double factor = std::exp2(view.zoom() - zoom); // screen pixels per tile pixel
    const double tilePx = geo::kTileSize * factor;
    const int last = (1 << zoom) - 1;
    const int x0 = std::max(0, int(std::floor(world.left() / tilePx)));
    const int x1 = std::min(last, int(std::floor((world.right() - 1) / tilePx)));
    const int y0 = std::max(0, int(std::floor(world.top() / tilePx)));
    const int y1 = std::min(last, int(std::floor((world.bottom() - 1) / tilePx)));

    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size())), OfflineBasemap::backgroundColor());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QSet<TileKey> wanted;
    // Centre-out order: in asynchronous mode the requests nearest the middle go first.
    QList<TileKey> keys;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            keys.append({ zoom, x, y });
    }
    const QPointF mid = world.center() / tilePx;
    std::sort(keys.begin(), keys.end(), [&](const TileKey &a, const TileKey &b) {
        const auto d = [&](const TileKey &k) { return std::hypot(k.x + 0.5 - mid.x(), k.y + 0.5 - mid.y()); };
        return d(a) < d(b);
    });
    for (const TileKey &key : keys) {
        wanted.insert(key);
        const QRectF target(QPointF(key.x * tilePx, key.y * tilePx) - view.topLeft(), QSizeF(tilePx, tilePx));
        const QImage image = source.tile(key);
        if (!image.isNull()) {
            painter.drawImage(target, image);
            ++info.tilesShown;
            continue;
        }
        // A lower zoom's tile, scaled up, while this one loads (or where it does not exist).
        bool standIn = false;
        for (int up = 1; up <= 4 && key.zoom - up >= source.minZoom() && !standIn; ++up) {
            const TileKey parent = key.parent(up);
            const QImage coarse = source.memoryTile(parent);
            if (coarse.isNull())
                continue;
            const double part = double(coarse.width()) / (1 << up);
            const QRectF from(
                (key.x - (parent.x << up)) * part, (key.y - (parent.y << up)) * part, part, part);
            painter.drawImage(target, coarse, from);
            standIn = true;
        }
        if (source.isMissing(key)) {
            ++info.tilesMissing;
            if (!standIn) { // hatched, so a missing tile is not mistaken for empty land
                painter.fillRect(target, QBrush(QColor(0xd0, 0xcc, 0xc4), Qt::BDiagPattern));
            }
        } else if (standIn) {
            ++info.tilesScaled;
        } else {
            ++info.tilesWaiting;
        }
    }
    source.keepOnly(wanted);
    painter.restore();
    return info;
}

double MapPainter::scaleBarMeters(const MapViewport &view, double maxPx, double *lengthPx)
{
    const double mpp = view.metersPerPixel();
    const double maxM = maxPx * mpp;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxM)));
    double meters = magnitude;
    for (double m : { 5.0, 2.0, 1.0 }) {
        if (m * magnitude <= maxM) {
            meters = m * magnitude;
            break;
        }
    }
    if (lengthPx)
        *lengthPx = meters / mpp;
    return meters;
}

QString MapPainter::distanceText(double meters)
{
    if (meters >= 1000)
        return tr("%1 km").arg(meters / 1000.0, 0, 'g', 4);
    return tr("%1 m").arg(meters, 0, 'f', 0);
}

QMargins MapPainter::overlayMargins(bool offline, int marginPx)
{
    // paintScaleBar(): a box from the bottom up to 14.5 px + the label's height + 10 px; the attribution is
    // lower. paintOfflineBadge(): a box around a bold line whose baseline is 40 px from the top, 4 px below
    // its descent. Measured with the default font, which is the one both are painted with.
    const QFontMetricsF metrics { QFont() };
    const int scaleBarPx = int(std::ceil(14.5 + metrics.height() + 10));
    QFont bold;
    bold.setBold(true);
    const int badgePx = int(std::ceil(24 + 16 + QFontMetricsF(bold).descent() + 4));
    return QMargins(marginPx, offline ? badgePx + marginPx / 2 : marginPx, marginPx, marginPx + scaleBarPx);
}

void MapPainter::paintScaleBar(QPainter &painter, const MapViewport &view) const
{
    double px = 0;
    const double meters = scaleBarMeters(view, 120.0, &px);
    const QPointF origin(12.5, view.size().height() - 14.5);
    const QString label = distanceText(meters);
    painter.save();
    const QRectF labelRect = painter.fontMetrics().boundingRect(label);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(QRectF(origin.x() - 6, origin.y() - labelRect.height() - 10,
        std::max(px, labelRect.width()) + 12, labelRect.height() + 18));
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter.drawLine(origin, origin + QPointF(px, 0));
    painter.drawLine(origin, origin + QPointF(0, -6));
    painter.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -6));
    painter.drawText(origin + QPointF(2, -8), label);
    painter.restore();
}

void MapPainter::paintAttribution(QPainter &painter, const MapViewport &view, const QString &text) const
{
    painter.save();
    QFont f = painter.font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    painter.setFont(f);
    QRectF box = painter.fontMetrics().boundingRect(text).adjusted(-5, -2, 5, 2);
    box.moveBottomRight(QPointF(view.size().width(), view.size().height()));
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void MapPainter::paintOfflineBadge(QPainter &painter) const
{
    const QString text = tr("Offline map: no tiles, graticule and district seats only");
    painter.save();
    QFont f = painter.font();
    f.setBold(true);
    painter.setFont(f);
    const QRectF box = painter.fontMetrics()
                           .boundingRect(text)
                           .adjusted(-8, -4, 8, 4)
                           .translated(12 + 8, 24 + 16); // below the graticule labels along the top
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), 1.5));
    painter.setBrush(QColor(255, 243, 224, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0xb7, 0x1c, 0x1c));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}
