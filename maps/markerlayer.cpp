#include "maps/markerlayer.h"

#include "maps/textpolicy.h"

#include "maps/geo/greatcircle.h"

#include <QPainter>
#include <QPainterPath>

namespace {

QColor colorOf(MarkerLayer::Kind kind)
{
    switch (kind) {
    case MarkerLayer::Kind::Station:
        return QColor(0x15, 0x65, 0xc0);
    case MarkerLayer::Kind::Destination:
        return QColor(0x6a, 0x1b, 0x9a);
    case MarkerLayer::Kind::Anomaly:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return Qt::black;
}

// A circle on the ground, as a polygon: on Web Mercator it is a near-circle whose size follows latitude.
QPolygonF groundCircle(const MapViewport &view, const geo::LatLon &center, double radiusM)
{
    QPolygonF ring;
    for (int deg = 0; deg < 360; deg += 5)
        ring << view.toScreen(geo::destinationPoint(center, deg, radiusM));
    return ring;
}

} // namespace

MarkerLayer::MarkerLayer(Kind kind, QObject *parent)
    : MapLayer(parent)
    , m_kind(kind)
{ }

void MarkerLayer::setMarkers(std::vector<Marker> markers)
{
    m_markers = std::move(markers);
    emit changed();
}

geo::BoundingBox MarkerLayer::bounds() const
{
    geo::BoundingBox box;
    for (const Marker &m : m_markers) {
        box.extend(m.position);
        if (m.radiusM > 0) {
            for (int deg = 0; deg < 360; deg += 90)
                box.extend(geo::destinationPoint(m.position, deg, m.radiusM));
        }
    }
    return box;
}

int MarkerLayer::markerAt(const MapViewport &view, const QPointF &screen) const
{
    for (int i = int(m_markers.size()) - 1; i >= 0; --i) { // topmost first
        const QPointF d = view.toScreen(m_markers[size_t(i)].position) - screen;
        if (d.x() * d.x() + d.y() * d.y() <= 10.0 * 10.0)
            return i;
    }
    return -1;
}

void MarkerLayer::paint(QPainter &painter, const MapViewport &view)
{
    const QColor color = colorOf(m_kind);
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(view.size())).adjusted(-40, -40, 40, 40);
    const bool text = canDrawText();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Marker &m : m_markers) {
        const QPointF p = view.toScreen(m.position);
        if (m.radiusM > 0) {
            const QPolygonF ring = groundCircle(view, m.position, m.radiusM);
            if (ring.boundingRect().intersects(screen)) {
                QColor fill = color;
                fill.setAlpha(24);
                painter.setPen(QPen(color, 2, Qt::DashLine));
                painter.setBrush(fill);
                painter.drawPolygon(ring);
            }
        }
        if (!screen.contains(p))
            continue;
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(color);
        switch (m_kind) {
        case Kind::Station:
            painter.drawRoundedRect(QRectF(p.x() - 6, p.y() - 6, 12, 12), 3, 3);
            break;
        case Kind::Destination: { // a pin whose tip is the point
            QPainterPath pin;
            pin.moveTo(p);
            pin.cubicTo(p + QPointF(-12, -14), p + QPointF(-9, -26), p + QPointF(0, -26));
            pin.cubicTo(p + QPointF(9, -26), p + QPointF(12, -14), p);
            painter.drawPath(pin);
            painter.setBrush(Qt::white);
            painter.drawEllipse(p + QPointF(0, -17), 3.5, 3.5);
            break;
        }
        case Kind::Anomaly: { // a warning triangle
            QPolygonF tri;
            tri << p + QPointF(0, -9) << p + QPointF(8, 6) << p + QPointF(-8, 6);
            painter.drawPolygon(tri);
            break;
        }
        }
        if (text && !m.label.isEmpty()) {
            const QPointF at = p + QPointF(10, m_kind == Kind::Destination ? -14 : 4);
            painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
            QPainterPath halo;
            halo.addText(at, painter.font(), m.label);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(halo);
            painter.setPen(color.darker(130));
            painter.drawText(at, m.label);
        }
    }
    painter.restore();
}
