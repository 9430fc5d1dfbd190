#include "maps/widgets/mapview.h"

#include "maps/maplayer.h"
#include "maps/tilesource.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QVariantAnimation>
#include <QWheelEvent>

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_glide(new QVariantAnimation(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted: skip the background erase
    setMouseTracking(false);
    setMinimumSize(200, 150);
    m_painter.setProgressive(true); // no frame may stall the GUI: layers catch up over the next frames
    m_view.setSize(size());
    m_view.setCenter({ 31.9802, 120.8943 }); // Nantong city hall until something is shown
    m_view.setZoom(10);

    m_glide->setDuration(160);
    m_glide->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const QPointF target = value.toPointF();
        m_view.panBy(target - m_glideDone);
        m_glideDone = target;
        changed();
    });
}

void MapView::setTileSource(TileSource *source)
{
    if (TileSource *old = m_painter.tileSource())
        disconnect(old, nullptr, this, nullptr);
    m_painter.setTileSource(source);
    if (source) {
        connect(source, &TileSource::tilesLoaded, this, qOverload<>(&QWidget::update));
        m_view.setDatum(source->datum());
    } else {
        m_view.setDatum(MapDatum::Wgs84);
    }
    update();
}

void MapView::addLayer(MapLayer *layer)
{
    QList<MapLayer *> layers = m_painter.layers();
    layers.append(layer);
    m_painter.setLayers(layers);
    connect(layer, &MapLayer::changed, this, qOverload<>(&QWidget::update));
    connect(layer, &QObject::destroyed, this, [this, layer] { removeLayer(layer); });
    update();
}

void MapView::removeLayer(MapLayer *layer)
{
    QList<MapLayer *> layers = m_painter.layers();
    layers.removeAll(layer);
    m_painter.setLayers(layers);
    disconnect(layer, nullptr, this, nullptr);
    update();
}

void MapView::setCenter(const geo::LatLon &wgs)
{
    m_view.setCenter(wgs);
    changed();
}

void MapView::setZoom(int zoom)
{
    zoomAround(zoom, QPointF(width() / 2.0, height() / 2.0));
}

void MapView::fitToBounds(const geo::BoundingBox &box)
{
    if (box.isEmpty())
        return;
    const int maxZoom = tileSource() ? std::min(17, tileSource()->maxZoom()) : 17;
    m_view = MapViewport::fitted(box, size(), m_view.datum(), maxZoom);
    changed();
}

void MapView::fitToLayers()
{
    geo::BoundingBox box;
    for (const MapLayer *layer : m_painter.layers())
        box.extend(layer->bounds());
    fitToBounds(box);
}

void MapView::keepVisible(const geo::LatLon &wgs, int marginPx)
{
    const QPointF p = m_view.toScreen(wgs);
    const QRectF inner = rect().adjusted(marginPx, marginPx, -marginPx, -marginPx);
    if (inner.isValid() && !inner.contains(p)) {
        m_view.setCenter(wgs);
        changed();
    }
}

void MapView::changed()
{
    m_viewMoved = true;
    update();
    emit viewChanged();
}

void MapView::zoomAround(int zoom, const QPointF &anchor)
{
    if (zoom == m_view.zoom())
        return;
    m_glide->stop();
    m_view.zoomAround(zoom, anchor);
    changed();
}

void MapView::glide(const QPointF &screenDelta)
{
    // A key held down: keep gliding from where the last glide had got to.
    QPointF remaining;
    if (m_glide->state() == QAbstractAnimation::Running)
        remaining = m_glide->endValue().toPointF() - m_glideDone;
    m_glide->stop();
    m_glideDone = QPointF();
    m_glide->setStartValue(QPointF());
    m_glide->setEndValue(remaining + screenDelta);
    m_glide->start();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_lastFrame = m_painter.paint(painter, m_view);
    m_viewMoved = false;
    if (hasFocus()) { // where the keys go
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_view.setSize(size());
    m_viewMoved = true;
    emit viewChanged();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_glide->stop();
    m_pressPos = m_lastDragPos = event->position();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    const QPointF pos = event->position();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 3)
        return; // a click with a trembling hand is still a click
    if (!m_dragging)
        setCursor(Qt::ClosedHandCursor);
    m_dragging = true;
    m_view.panBy(pos - m_lastDragPos);
    m_lastDragPos = pos;
    changed();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging)
        unsetCursor();
    else
        emit clicked(m_view.fromScreen(event->position()));
    m_dragging = false;
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomAround(m_view.zoom() + 1, event->position());
    else if (event->button() == Qt::RightButton)
        zoomAround(m_view.zoom() - 1, event->position());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // Touchpads send many small deltas: one zoom level per 120 units (one mouse-wheel notch).
    m_wheelAccumulator += event->angleDelta().y();
    const int steps = m_wheelAccumulator / 120;
    if (steps != 0) {
        m_wheelAccumulator -= steps * 120;
        zoomAround(m_view.zoom() + steps, event->position());
    }
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::max(48.0, std::min(width(), height()) / 4.0);
    switch (event->key()) {
    case Qt::Key_Left:
        glide({ step, 0 });
        break;
    case Qt::Key_Right:
        glide({ -step, 0 });
        break;
    case Qt::Key_Up:
        glide({ 0, step });
        break;
    case Qt::Key_Down:
        glide({ 0, -step });
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // the unshifted + key on most layouts
        setZoom(m_view.zoom() + 1);
        break;
    case Qt::Key_Minus:
        setZoom(m_view.zoom() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}
