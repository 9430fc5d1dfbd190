// Points of interest over the map: refuelling stations, a task's destination with the circle the destination
// rule measures against (2 km), and anomaly markers the auditor clicks through. One layer per kind keeps
// their visibility separate; the style follows the kind. Labels never cover one another or another marker
// (maps/labelplacement): where there is no room a marker goes unlabelled, except the highlighted one.
#pragma once

#include "maps/maplayer.h"

#include <QList>
#include <QRectF>
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

    // The marker the user is on (selected in a list, or under the mouse), -1 for none: always labelled.
    void setHighlighted(int index);
    int highlighted() const { return m_highlighted; }
    // Where the last paint put each marker's label (screen), null for a marker drawn without one or off
    // screen; in the markers' order.
    const QList<QRectF> &labelRects() const { return m_labelRects; }

    void paint(QPainter &painter, const MapViewport &view) override;
    geo::BoundingBox bounds() const override;

private:
    void paintLabels(QPainter &painter, const MapViewport &view, const QRectF &screen, const QColor &ink);

    Kind m_kind;
    std::vector<Marker> m_markers;
    int m_highlighted = -1;
    QList<QRectF> m_labelRects;
};
