// The map drawn when no tile source is set or none answers: a pale background, a graticule with its degrees,
// and the seats of Nantong's city and districts/counties (resources/basemap/places.csv), clearly marked as
// offline. It draws no boundary: China requires reviewed boundary data, which FleetDesk does not ship.
#pragma once

#include "maps/mapviewport.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

class QPainter;

class OfflineBasemap
{
    Q_DECLARE_TR_FUNCTIONS(OfflineBasemap)

public:
    struct Place
    {
        QString code;
        QString name;
        QString kind; // city, district, county, county-level city
        geo::LatLon position; // WGS-84
    };

    // Reads the bundled places (":/basemap/places.csv") or another file of the same columns.
    explicit OfflineBasemap(const QString &placesCsv = QStringLiteral(":/basemap/places.csv"));

    const std::vector<Place> &places() const { return m_places; }
    static QColor backgroundColor();

    // Background, graticule and places. The "offline" badge is drawn by MapPainter, above the layers.
    void paint(QPainter &painter, const MapViewport &view) const;
    // The graticule's spacing in degrees at a zoom: lines about 100-250 px apart.
    static double graticuleStepDeg(const MapViewport &view);

private:
    std::vector<Place> m_places;
};
