#include "tracklayer.h"

#include "geo/simplify.h"
#include "geo/trackfilter.h"

#include <QFutureWatcher>
#include <QPaintDevice>
#include <QPainter>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace {

constexpr int kCell = 256;
constexpr double kPenWidth = 3.5;
constexpr double kCasingWidth = 6.0;
constexpr qint64 kMaxCellsPerLine = 64;
// QPaintEngineEx::drawLines strokes lines 16 at a time as one path, so overlaps inside a batch blend once.
// A cell's drawing pauses only at multiples of this from the start of a drawLines range: same pixels.
constexpr int kQtBatch = 16;
constexpr int kChunk = 4 * kQtBatch; // lines per drawLines call between budget checks

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

} // namespace

TrackLayer::TrackLayer(QObject *parent)
    : MapLayer(parent)
    , m_watcher(new QFutureWatcher<Build>(this))
{
    connect(m_watcher, &QFutureWatcher<Build>::finished, this, &TrackLayer::onBuildFinished);
}

// A build still running holds only shared, immutable data: it may finish after the layer is gone.
TrackLayer::~TrackLayer() = default;

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
    m_geometry.reset();
    m_jobs.clear();
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

void TrackLayer::setFrameBudget(const FrameBudget &budget)
{
    m_budget = budget;
    m_budget.maxLines = std::max(m_budget.maxLines, kQtBatch);
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
    m_jobs.clear(); // begun on the previous geometry
}

void TrackLayer::release(std::shared_ptr<const Geometry> geometry)
{
    // Freeing a dense zoom's lines and cell lists takes tens of milliseconds: not on the GUI thread.
    if (geometry && geometry.use_count() == 1)
        mapWorkers()->start([g = std::move(geometry)]() mutable { g.reset(); });
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

TrackLayer::CellJob TrackLayer::makeJob(qint64 cx, qint64 cy, qreal dpr) const
{
    CellJob job;
    job.cx = cx;
    job.cy = cy;
    job.image = std::make_unique<QImage>(QSize(kCell, kCell) * dpr, QImage::Format_ARGB32_Premultiplied);
    job.image->setDevicePixelRatio(dpr);
    job.image->fill(Qt::transparent);
    const QRectF cellRect(double(cx * kCell), double(cy * kCell), kCell, kCell);
    const Geometry &g = *m_geometry;

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
    for (int band = 0; band < kSpeedBands; ++band) {
        job.bandStart[band] = int(job.lines.size());
        job.lines.insert(job.lines.end(), byBand[band].begin(), byBand[band].end());
    }
    job.bandStart[kSpeedBands] = int(job.lines.size());
    return job;
}

bool TrackLayer::advance(CellJob &job, Budget &budget) const
{
    if (job.step >= 2 * kSpeedBands)
        return true;
    QPainter painter(job.image.get());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-QPointF(double(job.cx * kCell), double(job.cy * kCell)));
    // A light casing under the whole track first, then the colours, so crossings stay readable.
    const QPen casing(QColor(255, 255, 255, 210), kCasingWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    while (job.step < 2 * kSpeedBands) {
        const int band = job.step % kSpeedBands;
        const int begin = job.bandStart[band];
        const int count = job.bandStart[band + 1] - begin;
        if (job.pos >= count) {
            ++job.step;
            job.pos = 0;
            continue;
        }
        if (budget.clock && budget.drawn > 0 && budget.clock->nsecsElapsed() >= budget.maxNs)
            return false;
        int n = std::min(count - job.pos, kChunk);
        if (n > budget.linesLeft)
            n = budget.linesLeft / kQtBatch * kQtBatch;
        if (n <= 0)
            return false;
        painter.setPen(job.step < kSpeedBands
                ? casing
                : QPen(bandColor(band), kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawLines(job.lines.data() + begin + job.pos, n);
        job.pos += n;
        budget.linesLeft -= n;
        budget.drawn += n;
    }
    return true;
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
    QElapsedTimer clock;
    clock.start();
    const bool progressive = isProgressive();
    const int zoom = view.zoom();
    const MapDatum datum = view.datum();
    m_wantedZoom = zoom;
    m_wantedDatum = datum;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (dpr != m_cellDpr) {
        m_cellImages.clear();
        m_jobs.clear();
        m_standIns.clear();
        m_cellDpr = dpr;
    }
    if (m_geometry && m_geometry->datum != datum) {
        m_cellImages.clear(); // drawn for another datum: not even a stand-in
        m_jobs.clear();
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

    // The cells in view, the middle first: a budget spent there shows the most.
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

    Budget budget;
    if (progressive) {
        budget.clock = &clock;
        budget.maxNs = qint64(m_budget.maxMs * 1e6);
        budget.linesLeft = m_budget.maxLines;
    }
    std::vector<quint64> visible;
    visible.reserve(cells.size());
    for (const auto &[cx, cy] : cells) {
        const quint64 key = imageKey(zoom, cx, cy);
        visible.push_back(key);
        const QPointF at = QPointF(double(cx * kCell), double(cy * kCell)) - origin;
        const QImage *image = m_cellImages.object(key);
        if (!image && ready) {
            auto job = m_jobs.find(key);
            if (job == m_jobs.end())
                job = m_jobs.emplace(key, makeJob(cx, cy, dpr)).first;
            if (advance(job->second, budget)) {
                ++m_stats.cellsFinished;
                QImage *made = job->second.image.release();
                m_jobs.erase(job);
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
    // Cells begun but scrolled away are dropped (bounded memory); they start again if they come back.
    const auto gone
        = [&](quint64 key) { return std::find(visible.begin(), visible.end(), key) == visible.end(); };
    for (auto it = m_jobs.begin(); it != m_jobs.end();)
        it = gone(it->first) ? m_jobs.erase(it) : std::next(it);
    for (auto it = m_standIns.begin(); it != m_standIns.end();)
        it = gone(it.key()) ? m_standIns.erase(it) : std::next(it);
    m_stats.linesDrawn = budget.drawn;
    m_settled = ready && m_stats.cellsPending == 0;
    // More cells to draw: the next frame continues (a build on a worker asks for its own when done).
    if (progressive && ready && !m_settled && !m_nextFrameAsked) {
        m_nextFrameAsked = true;
        QTimer::singleShot(0, this, [this] {
            m_nextFrameAsked = false;
            emit changed();
        });
    }
}
