// One thing drawn over the base map (a track, fences, stations, markers, the vehicle). Layers paint in screen
// pixels of a MapViewport, so the widget and the offscreen renderer draw them with the same code; changed()
// asks the widget for a repaint.
#pragma once

#include "mapviewport.h"

#include "geo/polygon.h"

#include <QObject>

class QPainter;

class MapLayer : public QObject
{
    Q_OBJECT

public:
    explicit MapLayer(QObject *parent = nullptr);

    virtual void paint(QPainter &painter, const MapViewport &view) = 0;
    // WGS-84 box of what the layer shows, for fit-to-bounds; empty when there is nothing.
    virtual geo::BoundingBox bounds() const { return {}; }

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

signals:
    void changed();

private:
    bool m_visible = true;
};
