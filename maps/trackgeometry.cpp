#include "maps/trackgeometry.h"
#include "maps/geo/simplify.h"
#include "maps/geo/trackfilter.h"
#include "maps/mapviewport.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <utility>

namespace trackgeo {

namespace {

constexpr double kPenWidth = 3.5;
constexpr double kCasingWidth = 6.0;
constexpr qint64 kMaxCellsPerLine = 64;
// QPaintEngineEx::drawLines strokes lines 16 at a time as one path, so overlaps inside a batch blend once.
// A cell is drawn in ranges of a multiple of that (the pixels depend on where a range starts), and a worker
// checks between ranges whether the cell is still wanted.
constexpr int kQtBatch = 16;
constexpr int kChunk = 4 * kQtBatch;

struct LineKey
{
    qint32 x0, y0, x1, y1;
    bool operator==(const LineKey &o) const { return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1; }
};
size_t qHash(const LineKey &k, size_t seed)
{
    return qHashMulti(seed, k.x0, k.y0, k.x1, k.y1);
}

} // namespace

quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(quint32(cx)) << 32) | quint32(cy);
}

quint64 imageKey(int zoom, qint64 cx, qint64 cy)
{
    constexpr quint64 mask = (quint64(1) << 28) - 1;
    return (quint64(zoom) << 56) | ((quint64(cx) & mask) << 28) | (quint64(cy) & mask);
}

int speedBand(double kmh)
{
    if (!(kmh >= 0))
        return 0;
    for (int band = kSpeedBands - 1; band > 0; --band) {
        if (kmh >= bandLowerKmh(band))
            return band;
    }
    return 0;
}

double bandLowerKmh(int band)
{
    static constexpr double lower[kSpeedBands] = { 0, 20, 40, 60, 80, 100 };
    return lower[std::clamp(band, 0, kSpeedBands - 1)];
}

QColor bandColor(int band)
{
    // Blue (crawling) to red (fast): readable on light tiles and on the pale offline basemap alike.
    static constexpr QRgb colors[kSpeedBands]
        = { 0xff1e63d6, 0xff00a0b8, 0xff2e9e3e, 0xffe0a000, 0xfff06a00, 0xffd8202a };
    return QColor::fromRgb(colors[std::clamp(band, 0, kSpeedBands - 1)]);
}

Kept keep(const std::vector<PositionFix> &fixes, geo::BoundingBox *bounds)
{
    Kept kept;
    if (fixes.empty())
        return kept;
    std::vector<double> steps;
    const std::vector<std::size_t> filtered = geo::keptFixIndices(fixes, {}, &steps);
    kept.index.reserve(filtered.size());
    kept.band.reserve(filtered.size());
    for (std::size_t k = 0; k < filtered.size(); ++k) {
        const PositionFix &fix = fixes[filtered[k]];
        double kmh = fix.speedKmh;
        if (!fix.hasSpeed()) { // the step from the previous kept fix, as the rules measure it
            const qint64 dt = k > 0 ? fix.timeMs - fixes[filtered[k - 1]].timeMs : 0;
            kmh = dt > 0 ? steps[k] / (dt / 1000.0) * 3.6 : 0.0;
        }
        kept.index.push_back(quint32(filtered[k]));
        kept.band.push_back(quint8(speedBand(kmh)));
        bounds->extend(geo::LatLon { fix.lat, fix.lon });
    }
    return kept;
}

Projected project(const std::vector<PositionFix> *fixes, const Kept &kept, MapDatum datum)
{
    auto unit = std::make_shared<std::vector<QPointF>>(fixes ? kept.index.size() : 0);
    for (std::size_t k = 0; k < unit->size(); ++k) {
        const PositionFix &fix = (*fixes)[kept.index[k]];
        (*unit)[k] = MapViewport::unitPx(toDisplayDatum(datum, { fix.lat, fix.lon }));
    }
    return unit;
}

std::shared_ptr<const Geometry> buildGeometry(
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

QImage renderCell(const Geometry &g, qint64 cx, qint64 cy, qreal dpr, const quint64 *generation,
    const std::atomic<quint64> *current)
{
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

} // namespace trackgeo
