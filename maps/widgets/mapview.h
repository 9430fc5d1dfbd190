// The map widget: Web Mercator tiles from a TileSource (or the offline basemap) with layers on top, panned
// by dragging or the arrow keys, zoomed by the wheel (around the cursor), +/- and double-click. A thin
// shell over MapViewport (where) and MapPainter (what), so offscreen renders match the screen.
#pragma once

#include "maps/mappainter.h"
#include "maps/mapviewport.h"

#include <QPointer>
#include <QWidget>

class QVariantAnimation;

// clicked() carries a point: queued connections and QSignalSpy need it as a meta-type.
Q_DECLARE_METATYPE(geo::LatLon)

class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);

    // Not owned; nullptr shows the offline basemap. The view takes over the source's datum.
    void setTileSource(TileSource *source);
    TileSource *tileSource() const { return m_painter.tileSource(); }
    void addLayer(MapLayer *layer); // not owned; drawn in the order added
    void removeLayer(MapLayer *layer);

    const MapViewport &viewport() const { return m_view; }
    void setCenter(const geo::LatLon &wgs);
    void setZoom(int zoom);
    int zoom() const { return m_view.zoom(); }
    // Shows the box (WGS-84) whole; and the same for everything the layers hold.
    void fitToBounds(const geo::BoundingBox &box);
    void fitToLayers();
    // Moves the view only when the point is near or past the edge (following the played-back vehicle).
    void keepVisible(const geo::LatLon &wgs, int marginPx = 48);

    const MapPainter::FrameInfo &lastFrame() const { return m_lastFrame; }
    // Layers spread costly drawing over frames (MapLayer::setProgressive); true once the picture is final.
    bool isSettled() const { return !m_viewMoved && m_painter.isSettled(); }
    QSize sizeHint() const override { return { 640, 480 }; }

signals:
    void viewChanged();
    void clicked(const geo::LatLon &wgs); // a click without a drag

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void zoomAround(int zoom, const QPointF &anchor);
    void glide(const QPointF &screenDelta); // a short animated pan (keys)
    void changed();

    MapViewport m_view;
    MapPainter m_painter;
    MapPainter::FrameInfo m_lastFrame;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_viewMoved = false; // since the last paint
    int m_wheelAccumulator = 0;
    QVariantAnimation *m_glide = nullptr;
    QPointF m_glideDone;
};
