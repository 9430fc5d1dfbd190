#include "maps/tracklayer.h"

#include "maps/geo/simplify.h"
#include "maps/geo/trackfilter.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

namespace {

constexpr int kCell = 256;
constexpr double kPenWidth = 3.5;
constexpr double kCasingWidth = 6.0;
constexpr qint64 kMaxCellsPerLine = 64;
constexpr qsizetype kCellCacheKiB = 48 * 1024; // the least: see paint()
// QPaintEngineEx::drawLines strokes lines 16 at a time as one path, so overlaps inside a batch blend once.
// A cell is drawn in ranges of a multiple of that (the pixels depend on where a range starts), and a worker
// checks between ranges whether the cell is still wanted.
constexpr int kQtBatch = 16;
constexpr int kChunk = 4 * kQtBatch;

quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(quint32(cx)) << 32) | quint32(cy);
}

// Cell images of every zoom share one cache: 5 bits of zoom, 28 of x and of y (2^19 cells at zoom 19).
quint64 imageKey(int zoom, qint64 cx, qint64 cy)
{
    constexpr quint64 mask = (quint64(1) << 28) - 1;
    return (quint64(zoom) << 56) | ((quint64(cx) & mask) << 28) | (quint64(cy) & mask);
}

// The layers' own worker: builds never wait behind a check or an import in the global pool, and one thread
// leaves the other core to the GUI on the 2-core machines of DESIGN §9.
class MapWorkers : public QThreadPool
{
public:
    MapWorkers() { setMaxThreadCount(1); }
};
Q_GLOBAL_STATIC(MapWorkers, mapWorkers)

// The cell workers: two threads at most, so that on the 2-core machines the GUI thread still gets a core
// now and then; it only blits. Separate from the build worker, so cells of the zoom in view are drawn while
// the next zoom is built.
class CellWorkers : public QThreadPool
{
public:
    CellWorkers() { setMaxThreadCount(std::min(2, QThread::idealThreadCount())); }
};
Q_GLOBAL_STATIC(CellWorkers, cellWorkers)

std::atomic<int> g_renderedByWorkers { 0 };
std::atomic<int> g_renderedOnGuiThread { 0 };
std::atomic<int> g_obsoleted { 0 };
std::atomic<int> g_abandoned { 0 };

std::mutex g_holdMutex;
std::condition_variable g_holdChanged;
bool g_hold = false;

void waitWhileHeld()
{
    std::unique_lock<std::mutex> lock(g_holdMutex);
    g_holdChanged.wait(lock, [] { return !g_hold; });
}

} // namespace

// What the GUI thread asks of the cell workers and what they hand back. Everything but `generation` is
// guarded by `mutex`; `generation` is also read by a worker between line ranges, to stop drawing a cell that
// is no longer wanted.
struct TrackLayer::CellQueue
{
    struct Request
    {
        quint64 key = 0;
        qint64 cx = 0, cy = 0;
    };
    struct Finished
    {
        quint64 key = 0;
        QImage image;
    };
    std::mutex mutex;
    std::atomic<quint64> generation { 1 }; // bumped when everything asked for so far is obsolete
    std::shared_ptr<const Geometry> geometry; // what the requests are drawn from: immutable, shared
    qreal dpr = 1.0;
    std::deque<Request> pending; // nearest the view's centre first
    QSet<quint64> drawing; // taken by a worker, of the current generation
    std::vector<Finished> finished; // of the current generation, not taken by the layer yet
    int workers = 0; // runCellWorker() loops started for this queue and not returned
    TrackLayer *receiver = nullptr; // the layer (GUI thread); null once it is gone
    bool notified = false; // a call to receiver->onCellsFinished() is posted and not run yet
};

TrackLayer::TrackLayer(QObject *parent)
    : MapLayer(parent)
    , m_watcher(new QFutureWatcher<Build>(this))
    , m_queue(std::make_shared<CellQueue>())
{
    m_queue->receiver = this;
    connect(m_watcher, &QFutureWatcher<Build>::finished, this, &TrackLayer::onBuildFinished);
}

// A build or a cell still being drawn holds only shared, immutable data (and the queue): it may finish after
// the layer is gone. A call to onCellsFinished() already posted is dropped with the layer.
TrackLayer::~TrackLayer()
{
    obsoleteCells();
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    m_queue->receiver = nullptr;
}

TrackLayer::CellCounts TrackLayer::cellCounts()
{
    return { g_renderedByWorkers.load(), g_renderedOnGuiThread.load(), g_obsoleted.load(),
        g_abandoned.load() };
}

void TrackLayer::holdCellWorkers(bool hold)
{
    {
        const std::lock_guard<std::mutex> lock(g_holdMutex);
        g_hold = hold;
    }
    g_holdChanged.notify_all();
}

int TrackLayer::cellsInFlight() const
{
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    return int(m_queue->pending.size()) + int(m_queue->drawing.size()) + int(m_queue->finished.size());
}

int TrackLayer::cellsBeingDrawn() const
{
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    return int(m_queue->drawing.size());
}

int TrackLayer::speedBand(double kmh)
{
    if (!(kmh >= 0))
        return 0;
    for (int band = kSpeedBands - 1; band > 0; --band) {
        if (kmh >= bandLowerKmh(band))
            return band;
    }
    return 0;
}

double TrackLayer::bandLowerKmh(int band)
{
    static constexpr double lower[kSpeedBands] = { 0, 20, 40, 60, 80, 100 };
    return lower[std::clamp(band, 0, kSpeedBands - 1)];
}

QColor TrackLayer::bandColor(int band)
{
    // Blue (crawling) to red (fast): readable on light tiles and on the pale offline basemap alike.
    static constexpr QRgb colors[kSpeedBands]
        = { 0xff1e63d6, 0xff00a0b8, 0xff2e9e3e, 0xffe0a000, 0xfff06a00, 0xffd8202a };
    return QColor::fromRgb(colors[std::clamp(band, 0, kSpeedBands - 1)]);
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
    auto kept = std::make_shared<Kept>();
    if (m_fixes && !m_fixes->empty()) {
        std::vector<double> steps;
        const std::vector<std::size_t> filtered = geo::keptFixIndices(*m_fixes, {}, &steps);
        kept->index.reserve(filtered.size());
        kept->band.reserve(filtered.size());
        for (std::size_t k = 0; k < filtered.size(); ++k) {
            const PositionFix &fix = (*m_fixes)[filtered[k]];
            double kmh = fix.speedKmh;
            if (!fix.hasSpeed()) { // the step from the previous kept fix, as the rules measure it
                const qint64 dt = k > 0 ? fix.timeMs - (*m_fixes)[filtered[k - 1]].timeMs : 0;
                kmh = dt > 0 ? steps[k] / (dt / 1000.0) * 3.6 : 0.0;
            }
            kept->index.push_back(quint32(filtered[k]));
            kept->band.push_back(quint8(speedBand(kmh)));
            m_bounds.extend(geo::LatLon { fix.lat, fix.lon });
        }
    }
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

TrackLayer::Projected TrackLayer::project(const Fixes &fixes, const Kept &kept, MapDatum datum)
{
    auto unit = std::make_shared<std::vector<QPointF>>(fixes ? kept.index.size() : 0);
    for (std::size_t k = 0; k < unit->size(); ++k) {
        const PositionFix &fix = (*fixes)[kept.index[k]];
        (*unit)[k] = MapViewport::unitPx(toDisplayDatum(datum, { fix.lat, fix.lon }));
    }
    return unit;
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
    build.unit = (m_unit && m_unitDatum == datum) ? m_unit : project(m_fixes, *m_kept, datum);
    build.geometry = buildGeometry(*build.unit, m_kept->band, zoom, datum);
    adopt(std::move(build));
}

TrackLayer::Build TrackLayer::runBuild(Fixes fixes, std::shared_ptr<const Kept> kept, Projected unit,
    quint64 generation, int zoom, MapDatum datum)
{
    Build build;
    build.generation = generation;
    build.datum = datum;
    build.unit = unit ? std::move(unit) : project(fixes, *kept, datum);
    build.geometry = buildGeometry(*build.unit, kept->band, zoom, datum);
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
    // Freeing a dense zoom's lines and cell lists takes tens of milliseconds: not on the GUI thread. Whoever
    // drops the last reference frees it; a cell worker may hold one, so this hands ours to the build worker
    // even when it is not the last (use_count() could change under us).
    QThreadPool *pool = mapWorkers(); // null once the program's statics are gone: then freed here
    if (geometry && pool)
        pool->start([g = std::move(geometry)]() mutable { g.reset(); });
}

void TrackLayer::startBuild(int zoom, MapDatum datum)
{
    const Projected unit = (m_unit && m_unitDatum == datum) ? m_unit : nullptr;
    m_building = true;
    m_buildingZoom = zoom;
    m_buildingDatum = datum;
    m_watcher->setFuture(QtConcurrent::run(static_cast<QThreadPool *>(mapWorkers()), &TrackLayer::runBuild,
        m_fixes, m_kept, unit, m_generation, zoom, datum));
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

std::shared_ptr<const TrackLayer::Geometry> TrackLayer::buildGeometry(
    const std::vector<QPointF> &unit, const std::vector<quint8> &bandOf, int zoom, MapDatum datum)
{
    auto g = std::make_shared<Geometry>();
    g->zoom = zoom;
    g->datum = datum;
    if (unit.empty())
        return g;

    const double scale = std::exp2(zoom);
    QHash<LineKey, quint32> seen;
    std::vector<QPointF> run;
    int runBand = bandOf[0];
    const auto flushRun = [&] {
        if (run.size() < 2)
            return;
        std::vector<geo::PointXY> points(run.size());
        for (std::size_t i = 0; i < run.size(); ++i)
            points[i] = { run[i].x(), run[i].y() };
        const std::vector<std::size_t> keep = geo::simplifyIndices(points, 0.5);
        for (std::size_t i = 1; i < keep.size(); ++i) {
            QPointF a = run[keep[i - 1]];
            QPointF b = run[keep[i]];
            if (std::make_pair(b.x(), b.y()) < std::make_pair(a.x(), a.y()))
                std::swap(a, b);
            const LineKey key { qint32(a.x()), qint32(a.y()), qint32(b.x()), qint32(b.y()) };
            const auto it = seen.constFind(key);
            if (it != seen.constEnd()) {
                g->lineBand[*it] = quint8(runBand); // the later pass is the one on top
                continue;
            }
            seen.insert(key, quint32(g->lines.size()));
            g->lines.emplace_back(a, b);
            g->lineBand.push_back(quint8(runBand));
        }
    };
    // Points snapped to whole pixels: passes over the same road then meet on the same pixels, and their
    // repeated segments collapse to one.
    QPointF last(std::round(unit[0].x() * scale), std::round(unit[0].y() * scale));
    run.push_back(last);
    for (std::size_t k = 1; k < unit.size(); ++k) {
        const QPointF p(std::round(unit[k].x() * scale), std::round(unit[k].y() * scale));
        if (p == last) // closer than a pixel to the last point kept
            continue;
        const int band = bandOf[k];
        if (band != runBand) {
            flushRun();
            run.clear();
            run.push_back(last);
            runBand = band;
        }
        run.push_back(p);
        last = p;
    }
    flushRun();

    // Bin the lines into cells, grown by the casing so a line's round cap spilling into a neighbour is drawn
    // there too (otherwise cells would cut it off at their edge).
    const double pad = kCasingWidth / 2 + 1;
    for (quint32 i = 0; i < g->lines.size(); ++i) {
        const QLineF &l = g->lines[i];
        const qint64 cx0 = qint64(std::floor((std::min(l.x1(), l.x2()) - pad) / kCell));
        const qint64 cx1 = qint64(std::floor((std::max(l.x1(), l.x2()) + pad) / kCell));
        const qint64 cy0 = qint64(std::floor((std::min(l.y1(), l.y2()) - pad) / kCell));
        const qint64 cy1 = qint64(std::floor((std::max(l.y1(), l.y2()) + pad) / kCell));
        if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > kMaxCellsPerLine) {
            g->wide.push_back(i);
            continue;
        }
        for (qint64 cx = cx0; cx <= cx1; ++cx) {
            for (qint64 cy = cy0; cy <= cy1; ++cy)
                g->cells[cellKey(cx, cy)].push_back(i);
        }
    }
    return g;
}

QImage TrackLayer::renderCell(const Geometry &g, qint64 cx, qint64 cy, qreal dpr, const quint64 *generation,
    const std::atomic<quint64> *current)
{
    if (const QCoreApplication *app = QCoreApplication::instance();
        app && QThread::currentThread() == app->thread())
        ++g_renderedOnGuiThread;
    QImage image(QSize(kCell, kCell) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    const QRectF cellRect(double(cx * kCell), double(cy * kCell), kCell, kCell);

    // The cell's lines grouped by band, in the geometry's order within a band.
    std::vector<QLineF> byBand[kSpeedBands];
    const auto take = [&](quint32 i) { byBand[g.lineBand[i]].push_back(g.lines[i]); };
    const auto it = g.cells.constFind(cellKey(cx, cy));
    if (it != g.cells.constEnd()) {
        for (quint32 i : *it)
            take(i);
    }
    const QRectF grown = cellRect.adjusted(-kCasingWidth, -kCasingWidth, kCasingWidth, kCasingWidth);
    for (quint32 i : g.wide) {
        const QLineF &l = g.lines[i];
        if (QRectF(l.p1(), l.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(grown))
            take(i);
    }

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-cellRect.topLeft());
    // A light casing under the whole track first, then the colours, so crossings stay readable.
    const QPen casing(QColor(255, 255, 255, 210), kCasingWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (int step = 0; step < 2 * kSpeedBands; ++step) {
        const int band = step % kSpeedBands;
        const std::vector<QLineF> &lines = byBand[band];
        const int count = int(lines.size());
        for (int pos = 0; pos < count; pos += kChunk) {
            if (generation && current->load(std::memory_order_relaxed) != *generation)
                return QImage(); // obsolete: stop here
            painter.setPen(step < kSpeedBands
                    ? casing
                    : QPen(bandColor(band), kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawLines(lines.data() + pos, std::min(count - pos, kChunk));
        }
    }
    return image;
}

void TrackLayer::runCellWorker(std::shared_ptr<CellQueue> queue)
{
    for (;;) {
        CellQueue::Request request;
        std::shared_ptr<const Geometry> geometry;
        quint64 generation = 0;
        qreal dpr = 1.0;
        {
            const std::lock_guard<std::mutex> lock(queue->mutex);
            if (queue->pending.empty() || !queue->geometry) {
                --queue->workers;
                return;
            }
            request = queue->pending.front();
            queue->pending.pop_front();
            generation = queue->generation.load();
            geometry = queue->geometry;
            dpr = queue->dpr;
            queue->drawing.insert(request.key);
        }
        waitWhileHeld();
        QImage image = renderCell(*geometry, request.cx, request.cy, dpr, &generation, &queue->generation);
        geometry.reset(); // if it is the last reference, the geometry is freed here, not on the GUI thread

        const std::lock_guard<std::mutex> lock(queue->mutex);
        if (image.isNull() || generation != queue->generation.load()) {
            ++g_obsoleted;
            if (image.isNull())
                ++g_abandoned;
            continue;
        }
        ++g_renderedByWorkers;
        queue->drawing.remove(request.key);
        queue->finished.push_back({ request.key, std::move(image) });
        if (!queue->notified && queue->receiver) {
            queue->notified = true;
            TrackLayer *layer = queue->receiver;
            // Runs on the layer's thread; dropped if the layer is deleted before.
            QMetaObject::invokeMethod(
                layer, [layer] { layer->onCellsFinished(); }, Qt::QueuedConnection);
        }
    }
}

void TrackLayer::obsoleteCells()
{
    std::shared_ptr<const Geometry> geometry;
    {
        const std::lock_guard<std::mutex> lock(m_queue->mutex);
        ++m_queue->generation; // a worker drawing a cell stops at its next line range
        g_obsoleted += int(m_queue->pending.size() + m_queue->finished.size());
        m_queue->pending.clear();
        m_queue->drawing.clear(); // the workers count these when they stop
        m_queue->finished.clear();
        geometry = std::move(m_queue->geometry);
        m_queue->geometry.reset();
    }
    release(std::move(geometry));
}

void TrackLayer::requestCells(const std::vector<std::pair<qint64, qint64>> &cells, qreal dpr)
{
    const int zoom = m_geometry->zoom;
    int start = 0;
    {
        const std::lock_guard<std::mutex> lock(m_queue->mutex);
        CellQueue &q = *m_queue;
        if (q.geometry != m_geometry)
            q.geometry = m_geometry;
        q.dpr = dpr;
        QSet<quint64> wanted;
        wanted.reserve(qsizetype(cells.size()));
        std::deque<CellQueue::Request> pending;
        for (const auto &[cx, cy] : cells) {
            const quint64 key = imageKey(zoom, cx, cy);
            wanted.insert(key);
            const bool finished = std::any_of(
                q.finished.begin(), q.finished.end(), [key](const auto &f) { return f.key == key; });
            if (!finished && !q.drawing.contains(key))
                pending.push_back({ key, cx, cy });
        }
        for (const CellQueue::Request &r : q.pending) {
            if (!wanted.contains(r.key))
                ++g_obsoleted; // scrolled out of view before a worker took it
        }
        q.pending = std::move(pending);
        const int limit = cellWorkers()->maxThreadCount();
        while (q.workers < limit && q.workers < int(q.pending.size())) {
            ++q.workers;
            ++start;
        }
    }
    for (int i = 0; i < start; ++i)
        cellWorkers()->start([queue = m_queue] { runCellWorker(queue); });
}

int TrackLayer::takeFinishedCells()
{
    std::vector<CellQueue::Finished> finished;
    {
        const std::lock_guard<std::mutex> lock(m_queue->mutex);
        finished.swap(m_queue->finished);
        m_queue->notified = false;
    }
    for (CellQueue::Finished &f : finished) {
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
                QImage *made = new QImage(renderCell(*m_geometry, cx, cy, dpr, nullptr, nullptr));
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
        requestCells(missing, dpr); // also drops queued cells that left the view
    // Stand-ins of cells scrolled away go (bounded memory).
    for (auto it = m_standIns.begin(); it != m_standIns.end();) {
        const bool gone = std::none_of(cells.begin(), cells.end(),
            [&](const auto &c) { return imageKey(zoom, c.first, c.second) == it.key(); });
        it = gone ? m_standIns.erase(it) : std::next(it);
    }
    m_settled = ready && m_stats.cellsPending == 0;
    // The workers' cells (and a build) ask for the next frame with changed() when they are done.
}
