#include "maps/tracklayer.h"
#include "maps/mapworkers.h"
#include "maps/trackcellscheduler.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPaintDevice>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <utility>

namespace {

using trackgeo::cellKey;
using trackgeo::imageKey;
using trackgeo::kCell;
constexpr qsizetype kCellCacheKiB = 48 * 1024; // the least: see paint()

} // namespace

TrackLayer::TrackLayer(QObject *parent)
    : TrackLayer(*new MapWorkers, parent)
{
    m_ownWorkers.reset(m_workers);
}

TrackLayer::TrackLayer(MapWorkers &workers, QObject *parent)
    : MapLayer(parent)
    , m_workers(&workers)
    , m_watcher(new QFutureWatcher<Build>(this))
    , m_cells(std::make_unique<TrackCellScheduler>(
          workers.cells(), workers.builds(), this, [this] { onCellsFinished(); }))
{
    connect(m_watcher, &QFutureWatcher<Build>::finished, this, &TrackLayer::onBuildFinished);
}

// A build or a cell still being drawn holds only shared, immutable data (and the scheduler's queue): it may
// finish after the layer is gone. A call to onCellsFinished() already posted is dropped with the layer.
// Threads of the layer's own are waited for last (m_ownWorkers is destroyed after everything else).
TrackLayer::~TrackLayer()
{
    m_cells.reset();
    release(std::exchange(m_geometry, nullptr));
}

TrackLayer::CellCounts TrackLayer::cellCounts() const
{
    const TrackCellScheduler::Counts c = m_cells->counts();
    return { c.renderedByWorkers, m_renderedOnGuiThread, c.obsoleted, c.abandoned };
}

void TrackLayer::holdCellWorkers(bool hold)
{
    m_cells->hold(hold);
}

int TrackLayer::cellsInFlight() const
{
    return m_cells->inFlight();
}

int TrackLayer::cellsBeingDrawn() const
{
    return m_cells->beingDrawn();
}

void TrackLayer::setTrack(Fixes fixes)
{
    m_fixes = std::move(fixes);
    ++m_generation;
    m_unit.reset();
    release(std::exchange(m_geometry, nullptr));
    ++m_geometrySerial;
    obsoleteCells();
    m_requestedSerial = 0;
    m_standIns.clear();
    m_cellImages.clear();
    m_bounds = {};
    auto kept = std::make_shared<trackgeo::Kept>();
    if (m_fixes && !m_fixes->empty())
        *kept = trackgeo::keep(*m_fixes, &m_bounds);
    m_kept = std::move(kept);
    m_settled = m_kept->index.empty();
    emit changed();
}

int TrackLayer::segmentCount() const
{
    return m_geometry ? int(m_geometry->lines.size()) : 0;
}

int TrackLayer::builtZoom() const
{
    return m_geometry ? m_geometry->zoom : -1;
}

bool TrackLayer::geometryReady(int zoom, MapDatum datum) const
{
    return m_geometry && m_geometry->zoom == zoom && m_geometry->datum == datum;
}

void TrackLayer::prepare(int zoom, MapDatum datum)
{
    if (geometryReady(zoom, datum) || !m_kept)
        return;
    Build build;
    build.generation = m_generation;
    build.datum = datum;
    build.unit = (m_unit && m_unitDatum == datum) ? m_unit : trackgeo::project(m_fixes.get(), *m_kept, datum);
    build.geometry = trackgeo::buildGeometry(*build.unit, m_kept->band, zoom, datum);
    adopt(std::move(build));
}

TrackLayer::Build TrackLayer::runBuild(Fixes fixes, std::shared_ptr<const trackgeo::Kept> kept,
    Projected unit, quint64 generation, int zoom, MapDatum datum)
{
    Build build;
    build.generation = generation;
    build.datum = datum;
    build.unit = unit ? std::move(unit) : trackgeo::project(fixes.get(), *kept, datum);
    build.geometry = trackgeo::buildGeometry(*build.unit, kept->band, zoom, datum);
    return build;
}

void TrackLayer::adopt(Build build)
{
    if (m_geometry && m_geometry->datum != build.datum)
        m_cellImages.clear(); // another datum's cells are drawn elsewhere: no stand-ins
    m_unit = std::move(build.unit);
    m_unitDatum = build.datum;
    release(std::exchange(m_geometry, std::move(build.geometry)));
    ++m_geometrySerial; // cells asked for from the previous geometry are obsolete
}

void TrackLayer::release(std::shared_ptr<const Geometry> geometry)
{
    // Freeing a dense zoom's lines and cell lists takes tens of milliseconds: not on the GUI thread.
    TrackCellScheduler::release(m_workers->builds(), std::move(geometry));
}

void TrackLayer::startBuild(int zoom, MapDatum datum)
{
    const Projected unit = (m_unit && m_unitDatum == datum) ? m_unit : nullptr;
    m_building = true;
    m_buildingZoom = zoom;
    m_buildingDatum = datum;
    m_watcher->setFuture(QtConcurrent::run(
        m_workers->builds(), &TrackLayer::runBuild, m_fixes, m_kept, unit, m_generation, zoom, datum));
}

void TrackLayer::onBuildFinished()
{
    if (!m_building || !m_watcher->isFinished())
        return; // already taken by a paint that waited for it
    m_building = false;
    Build build = m_watcher->result();
    m_watcher->setFuture(QFuture<Build>()); // the future's copy of the result goes now, not in a later frame
    const bool wanted = m_buildingZoom == m_wantedZoom && m_buildingDatum == m_wantedDatum;
    if (build.generation == m_generation && wanted) {
        adopt(std::move(build));
    } else {
        if (build.generation == m_generation && !(m_unit && m_unitDatum == build.datum)) {
            m_unit = std::move(build.unit); // the projection is still worth keeping
            m_unitDatum = build.datum;
        }
        release(std::move(build.geometry)); // the view moved on to another zoom meanwhile
    }
    if (m_wantedZoom >= 0 && m_kept && !geometryReady(m_wantedZoom, m_wantedDatum))
        startBuild(m_wantedZoom, m_wantedDatum); // the view moved on while this one was built
    else
        emit changed();
}

void TrackLayer::obsoleteCells()
{
    m_cells->obsolete();
}

int TrackLayer::takeFinishedCells()
{
    std::vector<TrackCellScheduler::Finished> finished = m_cells->takeFinished();
    for (TrackCellScheduler::Finished &f : finished) {
        const qsizetype kib = std::max<qsizetype>(1, f.image.sizeInBytes() / 1024);
        m_cellImages.insert(f.key, new QImage(std::move(f.image)), kib);
        m_standIns.remove(f.key);
    }
    return int(finished.size());
}

void TrackLayer::onCellsFinished()
{
    if (takeFinishedCells() > 0)
        emit changed();
}

bool TrackLayer::drawStandIn(QPainter &painter, int zoom, qint64 cx, qint64 cy, const QPointF &at)
{
    const QRectF target(at, QSizeF(kCell, kCell));
    // A lower zoom's cell, scaled up (the way back from a zoom-in, or a zoom-in itself)...
    for (int up = 1; up <= 4 && zoom - up >= 0; ++up) {
        const qint64 px = cx >> up;
        const qint64 py = cy >> up;
        if (const QImage *image = m_cellImages.object(imageKey(zoom - up, px, py))) {
            const double part = double(image->width()) / (1 << up);
            const QRectF from((cx - (px << up)) * part, (cy - (py << up)) * part, part, part);
            painter.drawImage(target, *image, from);
            return true;
        }
    }
    // ...or a higher zoom's cells, scaled down (a zoom-out).
    for (int down = 1; down <= 2 && zoom + down <= MapViewport::kMaxZoom; ++down) {
        const int n = 1 << down;
        const double sub = double(kCell) / n;
        bool any = false;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                const QImage *image
                    = m_cellImages.object(imageKey(zoom + down, (cx << down) + i, (cy << down) + j));
                if (!image)
                    continue;
                painter.drawImage(QRectF(at + QPointF(i * sub, j * sub), QSizeF(sub, sub)), *image);
                any = true;
            }
        }
        if (any)
            return true;
    }
    return false;
}

void TrackLayer::paint(QPainter &painter, const MapViewport &view)
{
    m_stats = {};
    if (!m_kept || m_kept->index.empty()) {
        m_settled = true;
        return;
    }
    const bool progressive = isProgressive();
    const int zoom = view.zoom();
    const MapDatum datum = view.datum();
    m_wantedZoom = zoom;
    m_wantedDatum = datum;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    m_stats.cellsReceived = takeFinishedCells();
    if (dpr != m_cellDpr) {
        m_cellImages.clear();
        m_standIns.clear();
        m_cellDpr = dpr;
        ++m_geometrySerial;
    }
    if (m_geometry && m_geometry->datum != datum) {
        m_cellImages.clear(); // drawn for another datum: not even a stand-in
        m_standIns.clear();
    }
    if (zoom != m_standInZoom) {
        m_standIns.clear();
        m_standInZoom = zoom;
    }
    if (!geometryReady(zoom, datum)) {
        if (progressive) {
            if (!m_building)
                startBuild(zoom, datum);
            m_stats.waitingForGeometry = true;
        } else {
            if (m_building && m_buildingZoom == zoom && m_buildingDatum == datum) {
                m_watcher->waitForFinished(); // the worker is on it already
                onBuildFinished();
            }
            if (!geometryReady(zoom, datum)) {
                prepare(zoom, datum);
                m_stats.geometryBuilt = true;
            }
        }
    }
    const bool ready = geometryReady(zoom, datum);
    // Cells asked for from another geometry (a replaced zoom, track or pixel ratio) are obsolete.
    const quint64 serial = ready ? m_geometrySerial : 0;
    if (m_requestedSerial != serial) {
        obsoleteCells();
        m_requestedSerial = serial;
    }

    // The cells in view, the middle first: the workers draw them in this order.
    const QRectF world = view.worldRect();
    const QPointF origin = view.topLeft();
    const qint64 cx0 = qint64(std::floor(world.left() / kCell));
    const qint64 cx1 = qint64(std::floor((world.right() - 1) / kCell));
    const qint64 cy0 = qint64(std::floor(world.top() / kCell));
    const qint64 cy1 = qint64(std::floor((world.bottom() - 1) / kCell));
    std::vector<std::pair<qint64, qint64>> cells;
    for (qint64 cx = cx0; cx <= cx1; ++cx) {
        for (qint64 cy = cy0; cy <= cy1; ++cy) {
            if (!ready || m_geometry->hasLines(cellKey(cx, cy)))
                cells.emplace_back(cx, cy);
        }
    }
    const QPointF mid = world.center() / kCell;
    const auto distance = [&](const std::pair<qint64, qint64> &c) {
        return std::hypot(c.first + 0.5 - mid.x(), c.second + 0.5 - mid.y());
    };
    std::stable_sort(
        cells.begin(), cells.end(), [&](const auto &a, const auto &b) { return distance(a) < distance(b); });

    // The cache holds at least twice the cells in view (a large view at a pixel ratio of 2 needs more than
    // 48 MiB): otherwise inserting one evicts another in view, which the workers would draw again, forever.
    const qsizetype cellKiB = qsizetype(kCell * dpr) * qsizetype(kCell * dpr) * 4 / 1024;
    m_cellImages.setMaxCost(std::max<qsizetype>(kCellCacheKiB, 2 * qsizetype(cells.size()) * cellKiB));
    std::vector<std::pair<qint64, qint64>> missing; // for the workers, nearest the centre first
    for (const auto &[cx, cy] : cells) {
        const quint64 key = imageKey(zoom, cx, cy);
        const QPointF at = QPointF(double(cx * kCell), double(cy * kCell)) - origin;
        const QImage *image = m_cellImages.object(key);
        if (!image && ready) {
            if (progressive) {
                missing.emplace_back(cx, cy);
            } else { // offscreen: complete now, with the pixels a worker would draw
                QImage *made = new QImage(trackgeo::renderCell(*m_geometry, cx, cy, dpr, nullptr, nullptr));
                if (const QCoreApplication *app = QCoreApplication::instance();
                    app && QThread::currentThread() == app->thread())
                    ++m_renderedOnGuiThread;
                ++m_stats.cellsRendered;
                m_standIns.remove(key);
                const qsizetype kib = std::max<qsizetype>(1, made->sizeInBytes() / 1024);
                if (!m_cellImages.insert(key, made, kib))
                    continue; // larger than the whole cache: deleted by insert(), nothing to draw
                image = made;
            }
        }
        if (image) {
            painter.drawImage(at, *image);
            ++m_stats.cellsShown;
            continue;
        }
        ++m_stats.cellsPending;
        // Another zoom's cells, scaled once into an image of their own (null: none cached) that the next
        // frames blit 1:1 until the cell is drawn. Unfiltered: it is only there for a moment.
        auto standIn = m_standIns.find(key);
        if (standIn == m_standIns.end()) {
            QImage scaled(QSize(kCell, kCell) * dpr, QImage::Format_ARGB32_Premultiplied);
            scaled.setDevicePixelRatio(dpr);
            scaled.fill(Qt::transparent);
            QPainter p(&scaled);
            const bool any = drawStandIn(p, zoom, cx, cy, QPointF(0, 0));
            p.end();
            standIn = m_standIns.insert(key, any ? scaled : QImage());
        }
        if (!standIn->isNull()) {
            painter.drawImage(at, *standIn);
            ++m_stats.cellsStandIn;
        }
    }
    if (progressive && ready)
        m_cells->request(missing, m_geometry, dpr); // also drops queued cells that left the view
    // Stand-ins of cells scrolled away go (bounded memory).
    for (auto it = m_standIns.begin(); it != m_standIns.end();) {
        const bool gone = std::none_of(cells.begin(), cells.end(),
            [&](const auto &c) { return imageKey(zoom, c.first, c.second) == it.key(); });
        it = gone ? m_standIns.erase(it) : std::next(it);
    }
    m_settled = ready && m_stats.cellsPending == 0;
    // The workers' cells (and a build) ask for the next frame with changed() when they are done.
}
