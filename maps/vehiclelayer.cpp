#include "maps/vehiclelayer.h"

#include "maps/textpolicy.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

VehicleLayer::VehicleLayer(QObject *parent)
    : MapLayer(parent)
{ }

void VehicleLayer::setLabel(const QString &label)
{
    m_label = label;
    emit changed();
}

void VehicleLayer::setPosition(const geo::LatLon &wgs, double headingDeg)
{
    m_position = wgs;
    m_heading = headingDeg;
    m_has = true;
    emit changed();
}

void VehicleLayer::clear()
{
    m_has = false;
    emit changed();
}

geo::BoundingBox VehicleLayer::bounds() const
{
    geo::BoundingBox box;
    if (m_has)
        box.extend(m_position);
    return box;
}

void VehicleLayer::paint(QPainter &painter, const MapViewport &view)
{
    if (!m_has)
        return;
    const QPointF p = view.toScreen(m_position);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.save();
    painter.translate(p);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(QColor(0x0d, 0x47, 0xa1));
    if (std::isnan(m_heading)) {
        painter.drawEllipse(QPointF(0, 0), 8, 8);
    } else {
        // Web Mercator is conformal: a compass bearing is the same angle on screen.
        painter.rotate(m_heading);
        QPolygonF arrow;
        arrow << QPointF(0, -12) << QPointF(8, 9) << QPointF(0, 4) << QPointF(-8, 9);
        painter.drawPolygon(arrow);
    }
    painter.restore();
    if (canDrawText() && !m_label.isEmpty()) {
        const QPointF at = p + QPointF(12, -12);
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        const QRectF box
            = QRectF(painter.fontMetrics().boundingRect(m_label)).adjusted(-4, -2, 4, 2).translated(at);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(0x0d, 0x47, 0xa1));
        painter.drawText(at, m_label);
    }
    painter.restore();
}
