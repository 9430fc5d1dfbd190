#include "maps/fencelayer.h"

#include "maps/textpolicy.h"

#include <QPainter>
#include <QPainterPath>

FenceLayer::FenceLayer(QObject *parent)
    : MapLayer(parent)
{ }

void FenceLayer::setFences(std::vector<Fence> fences)
{
    m_fences = std::move(fences);
    emit changed();
}

geo::BoundingBox FenceLayer::bounds() const
{
    geo::BoundingBox box;
    for (const Fence &f : m_fences)
        box.extend(geo::boundingBox(f.area));
    return box;
}

void FenceLayer::paint(QPainter &painter, const MapViewport &view)
{
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Fence &fence : m_fences) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill); // holes cut out
        const auto addRing = [&](const geo::Ring &ring) {
            QPolygonF poly;
            poly.reserve(int(ring.size()));
            for (const geo::LatLon &p : ring)
                poly << view.toScreen(p);
            path.addPolygon(poly);
            path.closeSubpath();
        };
        for (const geo::Polygon &polygon : fence.area) {
            addRing(polygon.outer);
            for (const geo::Ring &hole : polygon.holes)
                addRing(hole);
        }
        const QRectF box = path.boundingRect();
        if (!box.intersects(screen))
            continue;
        if (fence.subdued) {
            painter.setPen(QPen(QColor(0x75, 0x75, 0x75, 150), 1.5, Qt::DotLine));
            painter.setBrush(QColor(0x75, 0x75, 0x75, 12));
        } else {
            painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2, Qt::DashLine));
            painter.setBrush(QColor(0x2e, 0x7d, 0x32, 28));
        }
        painter.drawPath(path);
        if (canDrawText() && !fence.name.isEmpty() && box.width() > 60) {
            painter.setPen(fence.subdued ? QColor(0x75, 0x75, 0x75, 170) : QColor(0x1b, 0x5e, 0x20));
            painter.drawText(box.intersected(screen), Qt::AlignCenter, fence.name);
        }
    }
    painter.restore();
}
