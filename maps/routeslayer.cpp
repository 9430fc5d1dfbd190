#include "maps/routeslayer.h"

#include <QPainter>
#include <QPolygonF>

RoutesLayer::RoutesLayer(QObject *parent)
    : MapLayer(parent)
{ }

void RoutesLayer::setRoutes(std::vector<std::vector<geo::LatLon>> routes)
{
    m_routes = std::move(routes);
    m_bounds = {};
    for (const auto &route : m_routes) {
        for (const geo::LatLon &p : route)
            m_bounds.extend(p);
    }
    emit changed();
}

void RoutesLayer::paint(QPainter &painter, const MapViewport &view)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor line(21, 101, 192, 170);
    painter.setPen(QPen(line, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    for (const auto &route : m_routes) {
        QPolygonF poly;
        poly.reserve(qsizetype(route.size()));
        for (const geo::LatLon &p : route) {
            const QPointF s = view.toScreen(p);
            // A point less than a pixel from the last one drawn adds nothing at this zoom.
            if (!poly.isEmpty() && qAbs(s.x() - poly.last().x()) < 1.0 && qAbs(s.y() - poly.last().y()) < 1.0)
                continue;
            poly << s;
        }
        if (poly.size() > 1)
            painter.drawPolyline(poly);
    }
    // Where each trip began.
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(QColor(46, 125, 50));
    for (const auto &route : m_routes) {
        if (!route.empty())
            painter.drawEllipse(view.toScreen(route.front()), 4.0, 4.0);
    }
    painter.restore();
}
