#include "maps/markerlayer.h"

#include "maps/labelplacement.h"
#include "maps/textpolicy.h"

#include "maps/geo/greatcircle.h"

#include <QFontMetricsF>
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

// The box of a marker's symbol at screen point p, which its label keeps clear of.
QRectF symbolRect(MarkerLayer::Kind kind, const QPointF &p)
{
    switch (kind) {
    case MarkerLayer::Kind::Station:
        return QRectF(p.x() - 7, p.y() - 7, 14, 14);
    case MarkerLayer::Kind::Destination:
        return QRectF(p.x() - 12, p.y() - 26, 24, 26);
    case MarkerLayer::Kind::Anomaly:
        return QRectF(p.x() - 9, p.y() - 10, 18, 17);
    }
    return QRectF(p, QSizeF());
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
    m_highlighted = -1;
    m_labelRects.clear();
    emit changed();
}

void MarkerLayer::setHighlighted(int index)
{
    if (index < 0 || size_t(index) >= m_markers.size())
        index = -1;
    if (index == m_highlighted)
        return;
    m_highlighted = index;
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
    }
    m_labelRects = QList<QRectF>(qsizetype(m_markers.size()));
    if (text)
        paintLabels(painter, view, screen, color.darker(130));
    painter.restore();
}

void MarkerLayer::paintLabels(
    QPainter &painter, const MapViewport &view, const QRectF &screen, const QColor &ink)
{
    // Placed over every marker, then drawn: a label is never hidden under a symbol drawn after it.
    const QFontMetricsF metrics(painter.font());
    QList<LabelPlacement::Item> items;
    QList<int> index; // item -> marker
    int preferred = -1;
    for (size_t i = 0; i < m_markers.size(); ++i) {
        const QPointF p = view.toScreen(m_markers[i].position);
        if (!screen.contains(p))
            continue;
        const QString &label = m_markers[i].label;
        const QSizeF size = label.isEmpty()
            ? QSizeF()
            : QSizeF(metrics.horizontalAdvance(label) + 4, metrics.height() + 2); // + the halo
        if (int(i) == m_highlighted)
            preferred = int(items.size());
        items << LabelPlacement::Item { symbolRect(m_kind, p), size };
        index << int(i);
    }
    const QList<QRectF> rects = LabelPlacement::place(items, { preferred });
    for (int k = 0; k < rects.size(); ++k) {
        if (rects[k].isNull())
            continue;
        m_labelRects[index[k]] = rects[k];
        const QString &label = m_markers[size_t(index[k])].label;
        const QPointF at = rects[k].topLeft() + QPointF(2, 1 + metrics.ascent());
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
        QPainterPath halo;
        halo.addText(at, painter.font(), label);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(halo);
        painter.setPen(int(index[k]) == m_highlighted ? ink.darker(150) : ink);
        painter.drawText(at, label);
    }
}
