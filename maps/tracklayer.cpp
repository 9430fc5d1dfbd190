#include "tracklayer.h"

#include "geo/simplify.h"
#include "geo/trackfilter.h"

#include <QPaintDevice>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace {

constexpr int kCell = 256;
constexpr double kPenWidth = 3.5;
constexpr double kCasingWidth = 6.0;
constexpr qint64 kMaxCellsPerLine = 64;

quint64 cellKey(qint64 cx, qint64 cy)
{
    return (quint64(quint32(cx)) << 32) | quint32(cy);
}

} // namespace

TrackLayer::TrackLayer(QObject *parent)
    : MapLayer(parent)
{ }

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
    m_kept.clear();
    m_band.clear();
    m_unit.clear();
    m_unitValid = false;
    m_zoom = -1;
    m_bounds = {};
    if (m_fixes && !m_fixes->empty()) {
        std::vector<double> steps;
        const std::vector<std::size_t> kept = geo::keptFixIndices(*m_fixes, {}, &steps);
        m_kept.reserve(kept.size());
        m_band.reserve(kept.size());
        for (std::size_t k = 0; k < kept.size(); ++k) {
            const PositionFix &fix = (*m_fixes)[kept[k]];
            double kmh = fix.speedKmh;
            if (!fix.hasSpeed()) { // the step from the previous kept fix, as the rules measure it
                const qint64 dt = k > 0 ? fix.timeMs - (*m_fixes)[kept[k - 1]].timeMs : 0;
                kmh = dt > 0 ? steps[k] / (dt / 1000.0) * 3.6 : 0.0;
            }
            m_kept.push_back(quint32(kept[k]));
            m_band.push_back(quint8(speedBand(kmh)));
            m_bounds.extend(geo::LatLon { fix.lat, fix.lon });
        }
    }
    m_lines.clear();
    m_lineBand.clear();
    m_cells.clear();
    m_wide.clear();
    m_cellImages.clear();
    emit changed();
}

void TrackLayer::projectFixes(MapDatum datum)
{
    if (m_unitValid && m_unitDatum == datum)
        return;
    m_unit.resize(m_kept.size());
    for (std::size_t k = 0; k < m_kept.size(); ++k) {
        const PositionFix &fix = (*m_fixes)[m_kept[k]];
        m_unit[k] = MapViewport::unitPx(toDisplayDatum(datum, { fix.lat, fix.lon }));
    }
    m_unitDatum = datum;
    m_unitValid = true;
}

void TrackLayer::prepare(int zoom, MapDatum datum)
{
    if (zoom != m_zoom || datum != m_zoomDatum || (!m_unitValid && !m_kept.empty()))
        build(zoom, datum);
}

void TrackLayer::build(int zoom, MapDatum datum)
{
    projectFixes(datum);
    m_zoom = zoom;
    m_zoomDatum = datum;
    m_lines.clear();
    m_lineBand.clear();
    m_cells.clear();
    m_wide.clear();
    m_cellImages.clear();
    if (m_kept.empty())
        return;

    const double scale = std::exp2(zoom);
    QHash<LineKey, quint32> seen;
    std::vector<QPointF> run;
    int runBand = m_band[0];
    // Points snapped to whole pixels: passes over the same road then meet on the same pixels, and their
    // repeated segments collapse to one.
    QPointF last(std::round(m_unit[0].x() * scale), std::round(m_unit[0].y() * scale));
    run.push_back(last);
    for (std::size_t k = 1; k < m_kept.size(); ++k) {
        const QPointF p(std::round(m_unit[k].x() * scale), std::round(m_unit[k].y() * scale));
        if (p == last) // closer than a pixel to the last point kept
            continue;
        const int band = m_band[k];
        if (band != runBand) {
            flushRun(run, runBand, seen);
            run.clear();
            run.push_back(last);
            runBand = band;
        }
        run.push_back(p);
        last = p;
    }
    flushRun(run, runBand, seen);

    // Bin the lines into cells, grown by the casing so a line's round cap spilling into a neighbour is drawn
    // there too (otherwise cells would cut it off at their edge).
    const double pad = kCasingWidth / 2 + 1;
    for (quint32 i = 0; i < m_lines.size(); ++i) {
        const QLineF &l = m_lines[i];
        const qint64 cx0 = qint64(std::floor((std::min(l.x1(), l.x2()) - pad) / kCell));
        const qint64 cx1 = qint64(std::floor((std::max(l.x1(), l.x2()) + pad) / kCell));
        const qint64 cy0 = qint64(std::floor((std::min(l.y1(), l.y2()) - pad) / kCell));
        const qint64 cy1 = qint64(std::floor((std::max(l.y1(), l.y2()) + pad) / kCell));
        if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > kMaxCellsPerLine) {
            m_wide.push_back(i);
            continue;
        }
        for (qint64 cx = cx0; cx <= cx1; ++cx) {
            for (qint64 cy = cy0; cy <= cy1; ++cy)
                m_cells[cellKey(cx, cy)].push_back(i);
        }
    }
}

void TrackLayer::flushRun(std::vector<QPointF> &run, int band, QHash<LineKey, quint32> &seen)
{
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
            m_lineBand[*it] = quint8(band); // the later pass is the one on top
            continue;
        }
        seen.insert(key, quint32(m_lines.size()));
        m_lines.emplace_back(a, b);
        m_lineBand.push_back(quint8(band));
    }
}

QImage TrackLayer::renderCell(qint64 cx, qint64 cy, qreal dpr)
{
    QImage image(QSize(kCell, kCell) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    const QRectF cellRect(double(cx * kCell), double(cy * kCell), kCell, kCell);

    std::vector<QLineF> byBand[kSpeedBands];
    const auto take = [&](quint32 i) { byBand[m_lineBand[i]].push_back(m_lines[i]); };
    const auto it = m_cells.constFind(cellKey(cx, cy));
    if (it != m_cells.constEnd()) {
        for (quint32 i : *it)
            take(i);
    }
    const QRectF grown = cellRect.adjusted(-kCasingWidth, -kCasingWidth, kCasingWidth, kCasingWidth);
    for (quint32 i : m_wide) {
        const QLineF &l = m_lines[i];
        if (QRectF(l.p1(), l.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(grown))
            take(i);
    }

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-cellRect.topLeft());
    // A light casing under the whole track first, then the colours, so crossings stay readable.
    QPen casing(QColor(255, 255, 255, 210), kCasingWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(casing);
    for (const auto &lines : byBand) {
        if (!lines.empty())
            painter.drawLines(lines.data(), int(lines.size()));
    }
    for (int band = 0; band < kSpeedBands; ++band) {
        if (byBand[band].empty())
            continue;
        painter.setPen(QPen(bandColor(band), kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawLines(byBand[band].data(), int(byBand[band].size()));
    }
    return image;
}

void TrackLayer::paint(QPainter &painter, const MapViewport &view)
{
    if (m_kept.empty())
        return;
    prepare(view.zoom(), view.datum());
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (dpr != m_cellDpr) {
        m_cellImages.clear();
        m_cellDpr = dpr;
    }
    const QRectF world = view.worldRect();
    const QPointF origin = view.topLeft();
    const qint64 cx0 = qint64(std::floor(world.left() / kCell));
    const qint64 cx1 = qint64(std::floor((world.right() - 1) / kCell));
    const qint64 cy0 = qint64(std::floor(world.top() / kCell));
    const qint64 cy1 = qint64(std::floor((world.bottom() - 1) / kCell));
    for (qint64 cx = cx0; cx <= cx1; ++cx) {
        for (qint64 cy = cy0; cy <= cy1; ++cy) {
            const quint64 key = cellKey(cx, cy);
            if (!m_cells.contains(key) && m_wide.empty())
                continue;
            const QImage *image = m_cellImages.object(key);
            if (!image) {
                QImage *made = new QImage(renderCell(cx, cy, dpr));
                image = made;
                const qsizetype kib = std::max<qsizetype>(1, made->sizeInBytes() / 1024);
                if (!m_cellImages.insert(key, made, kib))
                    continue; // larger than the whole cache: deleted by insert(), nothing to draw
            }
            painter.drawImage(QPointF(double(cx * kCell), double(cy * kCell)) - origin, *image);
        }
    }
}
