#include "maps/offlinebasemap.h"

#include "maps/textpolicy.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QTextStream>
#include <cmath>

OfflineBasemap::OfflineBasemap(const QString &placesCsv)
{
    QFile file(placesCsv);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    const QStringList header = in.readLine().split(QLatin1Char(','));
    const int code = int(header.indexOf(QLatin1String("code")));
    const int name = int(header.indexOf(QLatin1String("name")));
    const int kind = int(header.indexOf(QLatin1String("kind")));
    const int lat = int(header.indexOf(QLatin1String("lat")));
    const int lon = int(header.indexOf(QLatin1String("lon")));
    if (name < 0 || lat < 0 || lon < 0)
        return;
    // The bundled file has no quoted fields; a line that does not split into the header's columns is skipped.
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char(','));
        if (f.size() != header.size())
            continue;
        Place p;
        p.code = code >= 0 ? f.at(code) : QString();
        p.name = f.at(name);
        p.kind = kind >= 0 ? f.at(kind) : QString();
        bool okLat = false;
        bool okLon = false;
        p.position = { f.at(lat).toDouble(&okLat), f.at(lon).toDouble(&okLon) };
        if (okLat && okLon)
            m_places.push_back(p);
    }
}

QColor OfflineBasemap::backgroundColor()
{
    return QColor(0xee, 0xec, 0xe6);
}

double OfflineBasemap::graticuleStepDeg(const MapViewport &view)
{
    // Degrees of longitude per pixel is exact on Mercator; choose the first 1-2-5 step at least 100 px wide.
    const double degPerPx = 360.0 / (256.0 * view.scale());
    for (double step : { 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0 }) {
        if (step / degPerPx >= 100.0)
            return step;
    }
    return 30.0;
}

void OfflineBasemap::paint(QPainter &painter, const MapViewport &view) const
{
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    painter.save();
    painter.fillRect(screen, backgroundColor());

    // The graticule in WGS-84 degrees: the grid the fixes are in, whatever datum tiles would use.
    const geo::LatLon nw = view.fromScreen(screen.topLeft());
    const geo::LatLon se = view.fromScreen(screen.bottomRight());
    const double step = graticuleStepDeg(view);
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    const bool text = canDrawText();
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QColor lineColor(0xc8, 0xc4, 0xba);
    const QColor labelColor(0x8a, 0x85, 0x7a);
    for (double lon = std::ceil(nw.lon / step) * step; lon <= se.lon; lon += step) {
        const double x = std::round(view.toScreen({ nw.lat, lon }).x()) + 0.5;
        painter.setPen(QPen(lineColor, 1));
        painter.drawLine(QPointF(x, 0), QPointF(x, screen.height()));
        if (text) {
            painter.setPen(labelColor);
            const QString label
                = lon >= 0 ? tr("%1°E").arg(lon, 0, 'f', decimals) : tr("%1°W").arg(-lon, 0, 'f', decimals);
            painter.drawText(QPointF(x + 3, 14), label);
        }
    }
    for (double lat = std::ceil(se.lat / step) * step; lat <= nw.lat; lat += step) {
        const double y = std::round(view.toScreen({ lat, nw.lon }).y()) + 0.5;
        painter.setPen(QPen(lineColor, 1));
        painter.drawLine(QPointF(0, y), QPointF(screen.width(), y));
        if (text) {
            painter.setPen(labelColor);
            const QString label
                = lat >= 0 ? tr("%1°N").arg(lat, 0, 'f', decimals) : tr("%1°S").arg(-lat, 0, 'f', decimals);
            painter.drawText(QPointF(3, y - 3), label);
        }
    }

    // The seats: the city's larger, each with its name on a halo so tracks under it stay legible.
    painter.setRenderHint(QPainter::Antialiasing);
    QFont placeFont = painter.font();
    placeFont.setPointSizeF(small.pointSizeF() / 0.85);
    for (const Place &place : m_places) {
        const QPointF p = view.toScreen(place.position);
        if (!screen.adjusted(-80, -20, 80, 20).contains(p))
            continue;
        const bool city = place.kind == QLatin1String("city");
        const double r = city ? 5.0 : 3.5;
        painter.setPen(QPen(QColor(0x5d, 0x57, 0x4d), 1.5));
        painter.setBrush(city ? QColor(0x5d, 0x57, 0x4d) : QColor(Qt::white));
        painter.drawEllipse(p, r, r);
        if (!text)
            continue;
        QFont f = placeFont;
        f.setBold(city);
        const QPointF at = p + QPointF(r + 3, 4);
        QPainterPath path;
        path.addText(at, f, place.name);
        painter.setPen(QPen(QColor(255, 255, 255, 200), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x4a, 0x45, 0x3d));
        painter.drawPath(path);
    }
    painter.restore();
}
