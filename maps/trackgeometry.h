#pragma once
// A track's drawing data, without a layer, a thread or a cache: which fixes the GPS jump filter keeps and
// their speed bands, their projection, one zoom's lines binned into 256-pixel cells, and the drawing of one
// cell into an image. All of it is immutable once made and shared between the GUI thread and the workers
// (TrackCellScheduler); TrackLayer decides what to make when.
#include "maps/geo/polygon.h"
#include "maps/mapdatum.h"
#include "positionio/positionfix.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <atomic>
#include <memory>
#include <vector>

namespace trackgeo {

constexpr int kCell = 256;
constexpr int kSpeedBands = 6;

// Speed bands, slow to fast: the legend and the tests use the same table.
int speedBand(double kmh);
QColor bandColor(int band);
double bandLowerKmh(int band);

quint64 cellKey(qint64 cx, qint64 cy);
// Cell images of every zoom share one cache: 5 bits of zoom, 28 of x and of y (2^19 cells at zoom 19).
quint64 imageKey(int zoom, qint64 cx, qint64 cy);

// What the jump filter keeps.
struct Kept
{
    std::vector<quint32> index; // indices of the fixes the jump filter keeps
    std::vector<quint8> band; // speed band per kept fix
};
// The kept fixes of `fixes` (sorted by time) and their bands; `bounds` grows by each kept fix.
Kept keep(const std::vector<PositionFix> &fixes, geo::BoundingBox *bounds);

using Projected = std::shared_ptr<const std::vector<QPointF>>; // per kept fix, zoom-0 world pixels
Projected project(const std::vector<PositionFix> *fixes, const Kept &kept, MapDatum datum); // none: empty

// One zoom's lines, binned into cells.
struct Geometry
{
    int zoom = -1;
    MapDatum datum = MapDatum::Wgs84;
    std::vector<QLineF> lines; // world pixels at zoom
    std::vector<quint8> lineBand;
    QHash<quint64, std::vector<quint32>> cells; // 256-px cell -> lines that touch it
    std::vector<quint32> wide; // lines spanning too many cells to list (long gaps): tested per cell
    bool hasLines(quint64 cell) const { return !wide.empty() || cells.contains(cell); }
};
// Points closer than a pixel to the last one kept are dropped, each single-colour run is simplified (half
// a pixel), repeated segments are kept once, and the lines are binned into cells.
std::shared_ptr<const Geometry> buildGeometry(
    const std::vector<QPointF> &unit, const std::vector<quint8> &band, int zoom, MapDatum datum);

// Draws one cell of `g` into an image: the widget's workers and the offscreen paint use this alone, so they
// draw the same pixels. With `generation`, drawing stops (a null image) as soon as `*current` differs.
QImage renderCell(const Geometry &g, qint64 cx, qint64 cy, qreal dpr, const quint64 *generation,
    const std::atomic<quint64> *current);

} // namespace trackgeo
