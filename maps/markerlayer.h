// Points of interest over the map: refuelling stations, a task's destination with the circle the destination
// rule measures against (2 km), and anomaly markers the auditor clicks through. One layer per kind keeps
// their visibility separate; the style follows the kind.
#pragma once

#include "maps/maplayer.h"

#include <QString>
#include <vector>

class MarkerLayer : public MapLayer
{
    Q_OBJECT

public:
    enum class Kind { Station, Destination, Anomaly };

    struct Marker
    {
        geo::LatLon position; // WGS-84
        QString label;
        double radiusM = 0.0; // a circle on the ground around the point (destination: 2000), 0 for none
    };

    explicit MarkerLayer(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setMarkers(std::vector<Marker> markers);
    const std::vector<Marker> &markers() const { return m_markers; }
    // The marker under a screen point (within a few pixels), or -1.
    int markerAt(const MapViewport &view, const QPointF &screen) const;

    void paint(QPainter &painter, const MapViewport &view) override;
    geo::BoundingBox bounds() const override;

private:
    Kind m_kind;
    std::vector<Marker> m_markers;
};
