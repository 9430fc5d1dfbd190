// The vehicle at the playback time: an arrow pointing along its heading, with its plate.
#pragma once

#include "maps/maplayer.h"

#include <QString>

class VehicleLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit VehicleLayer(QObject *parent = nullptr);

    void setLabel(const QString &label);
    // headingDeg: clockwise from north; NaN draws a dot without direction.
    void setPosition(const geo::LatLon &wgs, double headingDeg);
    void clear();
    bool hasPosition() const { return m_has; }
    geo::LatLon position() const { return m_position; }

    void paint(QPainter &painter, const MapViewport &view) override;
    geo::BoundingBox bounds() const override;

private:
    QString m_label;
    geo::LatLon m_position;
    double m_heading = 0.0;
    bool m_has = false;
};
