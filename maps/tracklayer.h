// A vehicle's track coloured by speed. Drawing a million fixes every frame is far too slow, so the layer
// works per zoom level (as GPXSee rebuilds its path only on zoom change): fixes are projected once, the GPS
// jump filter of DESIGN §5 drops impossible fixes, points closer than a pixel to the last one kept are
// dropped, each single-colour run is simplified (geo::simplifyIndices, half a pixel), repeated segments are
// drawn once, and the result is binned into 256-pixel cells that are rendered to images on first sight and
// cached. A frame then only blits the cells on screen, which keeps panning and playback at 60 fps.
//
// No frame does unbounded work in the widget (progressive painting, MapLayer::isProgressive()): a zoom's
// geometry is built on a worker thread (QtConcurrent), and the cells are rendered to images by a small pool
// of cell workers, nearest the view's centre first, from the same immutable shared geometry. The GUI thread
// only blits finished cells; meanwhile a cell is stood in for by a cached cell of a nearby zoom, scaled, as
// tiles are. Cells that left the view before a worker took them are dropped, and a zoom change or a new
// geometry obsoletes every cell requested before it (a generation counter), even one half drawn. Offscreen
// (MapRenderer) every frame is complete, and once settled the widget shows exactly the same pixels: both
// draw a cell with the same function.
//
// The parts: trackgeo (maps/trackgeometry.h) makes the immutable data and draws a cell; TrackCellScheduler
// runs the cell workers on the pool it is given; this layer only decides what to build and ask for, keeps
// the finished cells and blits them. The threads are a MapWorkers handed in (or the layer's own).
#pragma once

#include "maps/maplayer.h"
#include "maps/trackgeometry.h"
#include "positionio/positionfix.h"

#include <QCache>
#include <QColor>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <memory>
#include <vector>

class MapWorkers;
class TrackCellScheduler;

template<typename T>
class QFutureWatcher;

class TrackLayer : public MapLayer
{
    Q_OBJECT

public:
    using Fixes = std::shared_ptr<const std::vector<PositionFix>>;
    static constexpr int kSpeedBands = trackgeo::kSpeedBands;

    // Builds and cells run on `workers`, which must outlive the layer.
    explicit TrackLayer(MapWorkers &workers, QObject *parent = nullptr);
    // With threads of its own (a layer drawn offscreen, a test).
    explicit TrackLayer(QObject *parent = nullptr);
    ~TrackLayer() override;

    // Fixes sorted by time (PositionStore gives them so); shared with the playback, never copied.
    void setTrack(Fixes fixes);
    const Fixes &track() const { return m_fixes; }

    // Speed bands, slow to fast: the legend and the tests use the same table.
    static int speedBand(double kmh) { return trackgeo::speedBand(kmh); }
    static QColor bandColor(int band) { return trackgeo::bandColor(band); }
    static double bandLowerKmh(int band) { return trackgeo::bandLowerKmh(band); }

    void paint(QPainter &painter, const MapViewport &view) override;
    geo::BoundingBox bounds() const override { return m_bounds; }
    bool isSettled() const override { return m_settled; }

    // What the current zoom's build holds (for the benchmark and tests).
    int segmentCount() const;
    int builtZoom() const;
    // Prepares the given zoom now, on this thread (otherwise the first paint at a zoom does it).
    void prepare(int zoom, MapDatum datum);

    // What the last paint did (for tests and the benchmark).
    struct FrameStats
    {
        int cellsRendered = 0; // cells drawn into images on this thread during the paint (offscreen only)
        int cellsReceived = 0; // cells the workers finished, taken into the cache since the last paint
        int cellsShown = 0; // at the view's zoom, complete
        int cellsStandIn = 0; // another zoom's cells scaled in their place
        int cellsPending = 0; // not complete yet (stood in for or blank)
        bool geometryBuilt = false; // the zoom's geometry was built on this thread during the paint
        bool waitingForGeometry = false; // a worker is still building it
    };
    const FrameStats &lastFrameStats() const { return m_stats; }

    // This layer's cells since it was made (for tests and the benchmark).
    struct CellCounts
    {
        int renderedByWorkers = 0;
        int renderedOnGuiThread = 0; // by any paint on the application's thread, progressive or not
        int obsoleted = 0; // asked for, then dropped: a zoom change, a new geometry, left the view
        int abandoned = 0; // of those: a worker had begun drawing it and stopped
    };
    CellCounts cellCounts() const;
    // Tests only: while held, a cell worker that has begun a cell stops before its first line and waits.
    void holdCellWorkers(bool hold);
    // Cells requested and not yet handed back to this layer (queued, being drawn or finished), and of those
    // the ones a worker is drawing.
    int cellsInFlight() const;
    int cellsBeingDrawn() const;

private:
    using Geometry = trackgeo::Geometry;
    using Projected = trackgeo::Projected;
    struct Build
    {
        quint64 generation = 0;
        MapDatum datum = MapDatum::Wgs84;
        Projected unit;
        std::shared_ptr<const Geometry> geometry;
    };

    static Build runBuild(Fixes fixes, std::shared_ptr<const trackgeo::Kept> kept, Projected unit,
        quint64 generation, int zoom, MapDatum datum);
    void adopt(Build build);
    void release(std::shared_ptr<const Geometry> geometry);
    void startBuild(int zoom, MapDatum datum);
    void onBuildFinished();
    bool geometryReady(int zoom, MapDatum datum) const;
    void obsoleteCells();
    int takeFinishedCells(); // into the cache; returns how many
    void onCellsFinished();
    // Another zoom's cached cells, scaled over the cell at `at` (screen); false when there are none.
    bool drawStandIn(QPainter &painter, int zoom, qint64 cx, qint64 cy, const QPointF &at);

    std::unique_ptr<MapWorkers> m_ownWorkers; // when none were handed in
    MapWorkers *m_workers;
    Fixes m_fixes;
    std::shared_ptr<const trackgeo::Kept> m_kept;
    geo::BoundingBox m_bounds;
    quint64 m_generation = 0; // a new track: builds already started are for the old one
    Projected m_unit;
    MapDatum m_unitDatum = MapDatum::Wgs84;

    std::shared_ptr<const Geometry> m_geometry;
    QFutureWatcher<Build> *m_watcher = nullptr;
    bool m_building = false;
    int m_buildingZoom = -1;
    MapDatum m_buildingDatum = MapDatum::Wgs84;
    int m_wantedZoom = -1; // what the last progressive paint wanted
    MapDatum m_wantedDatum = MapDatum::Wgs84;

    // Finished cells of any zoom, by imageKey(zoom, cx, cy): the current zoom's and stand-ins for the next.
    // Bounded: the least recently used go first. 48 MiB (~190 cells of 256 px at a device pixel ratio of 1),
    // or twice the cells in view if that is more.
    QCache<quint64, QImage> m_cellImages { 48 * 1024 }; // cost in KiB
    std::unique_ptr<TrackCellScheduler> m_cells;
    int m_renderedOnGuiThread = 0;
    quint64 m_requestedSerial = 0; // the geometry (m_geometrySerial) the queued cells are drawn from
    quint64 m_geometrySerial = 0; // bumped whenever m_geometry or the cells' pixel ratio change
    QHash<quint64, QImage> m_standIns; // visible cells of m_standInZoom not drawn yet: other zooms, scaled
    int m_standInZoom = -1;
    qreal m_cellDpr = 1.0;
    FrameStats m_stats;
    bool m_settled = true;
};
