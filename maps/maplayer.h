// One thing drawn over the base map (a track, fences, stations, markers, the vehicle). Layers paint in screen
// pixels of a MapViewport, so the widget and the offscreen renderer draw them with the same code; changed()
// asks the widget for a repaint.
#pragma once

#include "maps/mapviewport.h"

#include "maps/geo/polygon.h"

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

    // Set by MapPainter before each paint. True in the widget: a layer may then spread costly work over
    // several frames, drawing something coarser meanwhile and asking for the next frame with changed().
    // False offscreen (MapRenderer), where every frame must be complete.
    void setProgressive(bool progressive) { m_progressive = progressive; }
    bool isProgressive() const { return m_progressive; }
    // False while deferred work remains for the view painted last (the picture is not final yet).
    virtual bool isSettled() const { return true; }

signals:
    void changed();

private:
    bool m_visible = true;
    bool m_progressive = false;
};
