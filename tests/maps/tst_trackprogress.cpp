// DESIGN §9 / issue 4: in the widget no frame does unbounded work. After a zoom change or a pan onto cells
// not drawn yet, the GUI thread draws no track cell at all (the zoom's geometry is built on a worker, the
// cells are drawn by the cell workers and only blitted), a zoom change obsoletes the cells still in flight
// for the old zoom, and the picture settles on exactly the pixels the offscreen renderer draws in one go.
#include "maps/mappainter.h"
#include "maps/maprenderer.h"
#include "maps/tracklayer.h"
#include "maps/widgets/mapview.h"

#include <QPainter>
#include <QScopeGuard>
#include <QThread>
#include <QtTest>
#include <algorithm>
#include <cmath>

namespace {

// A car on a 3.6 x 3 km street grid (300 m blocks) at 1 Hz with GPS noise: dense, overlapping passes.
TrackLayer::Fixes gridTrack(int count)
{
    auto fixes = std::make_shared<std::vector<PositionFix>>();
    quint32 seed = 12345;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    const double mPerDegLat = 111195.0;
    const double mPerDegLon = mPerDegLat * std::cos(32.0 * M_PI / 180.0);
    const double block = 300.0;
    double x = 6 * block, y = 5 * block;
    int dir = 0;
    double toCorner = block;
    static constexpr int dx[] = { 1, 0, -1, 0 };
    static constexpr int dy[] = { 0, 1, 0, -1 };
    for (int i = 0; i < count; ++i) {
        const double kmh = 20.0 + (i / 90 % 5) * 15.0; // every speed band but the fastest
        const double step = kmh / 3.6;
        x += dx[dir] * step;
        y += dy[dir] * step;
        toCorner -= step;
        if (toCorner <= 0) {
            x = std::round(x / block) * block;
            y = std::round(y / block) * block;
            int turn = int(next() % 4);
            for (int t = 0; t < 4; ++t, turn = (turn + 1) % 4) {
                const double nx = x + dx[turn] * block, ny = y + dy[turn] * block;
                if (turn != (dir + 2) % 4 && nx >= 0 && ny >= 0 && nx <= 12 * block && ny <= 10 * block)
                    break;
            }
            dir = turn;
            toCorner = block;
        }
        PositionFix f;
        f.timeMs = 1791423000000 + qint64(i) * 1000;
        f.lat = 31.97 + (y + (int(next() % 7) - 3)) / mPerDegLat;
        f.lon = 120.86 + (x + (int(next() % 7) - 3)) / mPerDegLon;
        f.speedKmh = float(kmh);
        fixes->push_back(f);
    }
    return fixes;
}

QImage frame(MapPainter &painter, const MapViewport &view, qreal dpr = 1.0)
{
    QImage image(view.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white); // as MapRenderer does
    QPainter p(&image);
    painter.paint(p, view);
    return image;
}

// The complete picture, drawn offscreen by a layer of its own.
QImage reference(const TrackLayer::Fixes &fixes, const MapViewport &view)
{
    TrackLayer track;
    track.setTrack(fixes);
    MapRenderer renderer;
    renderer.addLayer(&track);
    const QImage image = renderer.render(view);
    return image;
}

} // namespace

class TestTrackProgress : public QObject
{
    Q_OBJECT

    const geo::LatLon m_centre { 31.9835, 120.879 };
    const QSize m_size { 512, 384 };

    static int guiCells(const TrackLayer &track) { return track.cellCounts().renderedOnGuiThread; }

    // Paints until the layer is settled, processing events between frames as the widget would get them.
    // No frame may draw a cell. Returns the number of frames, -1 on a timeout, -2 if a frame drew cells.
    int settle(MapPainter &painter, TrackLayer &track, const MapViewport &view, QImage *last, qreal dpr = 1.0)
    {
        QElapsedTimer timer;
        timer.start();
        int frames = 0;
        while (timer.elapsed() < 20000) {
            *last = frame(painter, view, dpr);
            ++frames;
            if (track.lastFrameStats().cellsRendered > 0)
                return -2;
            if (track.isSettled())
                return frames;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return -1;
    }

private slots:
    void zoomChangeConvergesWithoutDrawingOnTheGuiThread()
    {
        const TrackLayer::Fixes fixes = gridTrack(40000);
        TrackLayer track;
        track.setTrack(fixes);
        MapPainter painter;
        painter.setProgressive(true);
        painter.setLayers({ &track });

        const int gui0 = guiCells(track);
        const int workers0 = track.cellCounts().renderedByWorkers;
        QImage shot;
        MapViewport view(m_centre, 14, m_size);
        QVERIFY(settle(painter, track, view, &shot) > 1);
        QCOMPARE(guiCells(track), gui0); // every cell came from a worker...
        QVERIFY(track.cellCounts().renderedByWorkers > workers0);
        QCOMPARE(shot, reference(fixes, view)); // ...with the pixels drawn offscreen

        view.zoomAround(15, QPointF(200, 150));
        const int gui1 = guiCells(track);
        shot = frame(painter, view);
        const TrackLayer::FrameStats first = track.lastFrameStats();
        QVERIFY(!first.geometryBuilt); // not on the GUI thread
        QCOMPARE(first.cellsRendered, 0);
        QVERIFY(!track.isSettled());
        // A build that finished before this frame is fine; otherwise zoom 14's cells stand in, scaled.
        QVERIFY(first.waitingForGeometry ? first.cellsStandIn > 0 : first.cellsPending > 0);

        const int frames = settle(painter, track, view, &shot);
        QVERIFY2(frames > 1, qPrintable(QString::number(frames)));
        QCOMPARE(guiCells(track), gui1);
        QCOMPARE(track.builtZoom(), 15);
        QCOMPARE(shot, reference(fixes, view));

        // And back out: zoom 15's cells stand in for 14's until 14 is rebuilt and redrawn.
        view.zoomAround(14, QPointF(300, 200));
        const int gui2 = guiCells(track);
        shot = frame(painter, view);
        QCOMPARE(track.lastFrameStats().cellsRendered, 0);
        QVERIFY(settle(painter, track, view, &shot) > 0);
        QCOMPARE(guiCells(track), gui2);
        QCOMPARE(shot, reference(fixes, view));
    }

    void panOntoNewCellsDrawsNothingOnTheGuiThread()
    {
        const TrackLayer::Fixes fixes = gridTrack(40000);
        TrackLayer track;
        track.setTrack(fixes);
        MapPainter painter;
        painter.setProgressive(true);
        painter.setLayers({ &track });
        MapViewport view(m_centre, 15, m_size);
        QImage shot;
        QVERIFY(settle(painter, track, view, &shot) > 0);

        const int gui0 = guiCells(track);
        view.panBy(QPointF(-300, 200)); // cells never drawn come into view
        shot = frame(painter, view);
        QCOMPARE(track.lastFrameStats().cellsRendered, 0);
        QVERIFY(track.lastFrameStats().cellsPending > 0);
        QVERIFY(settle(painter, track, view, &shot) > 1);
        QCOMPARE(guiCells(track), gui0);
        QCOMPARE(shot, reference(fixes, view));
    }

    // Cells of zoom 15 are queued and being drawn (the workers held after taking one each) when the view
    // goes to 16: none of them may be finished or handed over afterwards, and the ones begun stop.
    void zoomChangeObsoletesCellsInFlight()
    {
        const TrackLayer::Fixes fixes = gridTrack(40000);
        TrackLayer track;
        track.setTrack(fixes);
        MapPainter painter;
        painter.setProgressive(true);
        painter.setLayers({ &track });
        track.prepare(15, MapDatum::Wgs84);

        track.holdCellWorkers(true);
        auto release = qScopeGuard([&track] { track.holdCellWorkers(false); });
        const TrackLayer::CellCounts before = track.cellCounts();
        MapViewport view(m_centre, 15, m_size);
        frame(painter, view);
        const int requested = track.lastFrameStats().cellsPending;
        const int workers = std::min({ 2, QThread::idealThreadCount(), requested });
        QVERIFY(requested > workers);
        QTRY_COMPARE(track.cellsBeingDrawn(), workers);
        QCOMPARE(track.cellsInFlight(), requested);

        view.zoomAround(16, QPointF(256, 192));
        frame(painter, view); // zoom 16 is built on a worker: zoom 15's cells are obsolete now
        QCOMPARE(track.cellsInFlight(), 0);
        track.holdCellWorkers(false);

        QImage shot;
        QVERIFY(settle(painter, track, view, &shot) > 0);
        QCOMPARE(track.builtZoom(), 16);
        const TrackLayer::CellCounts after = track.cellCounts();
        QCOMPARE(after.abandoned - before.abandoned, workers); // stopped before their first line
        QVERIFY(after.obsoleted - before.obsoleted >= requested);
        // Only zoom 16's cells were drawn: each once, all of them on screen now.
        QCOMPARE(after.renderedByWorkers - before.renderedByWorkers, track.lastFrameStats().cellsShown);
        QCOMPARE(after.renderedOnGuiThread, before.renderedOnGuiThread);
        QCOMPARE(shot, reference(fixes, view));
    }

    // More cells in view than the cache's 48 MiB hold (2560 x 1600 at a pixel ratio of 2, 1 MiB a cell): the
    // cache grows with the view, or each cell taken in would evict one in view and the picture never settle.
    void largeViewAtPixelRatio2Settles()
    {
        const TrackLayer::Fixes fixes = gridTrack(40000);
        TrackLayer track;
        track.setTrack(fixes);
        MapPainter painter;
        painter.setProgressive(true);
        painter.setLayers({ &track });
        const MapViewport view(m_centre, 17, QSize(2560, 1600));
        QImage shot;
        QVERIFY(settle(painter, track, view, &shot, 2.0) > 0);
        QVERIFY2(track.lastFrameStats().cellsShown > 48,
            qPrintable(QString::number(track.lastFrameStats().cellsShown)));
    }

    // A layer may go while its cells are being drawn: the workers' results and their call back are dropped.
    void layerDeletedWhileCellsAreDrawn()
    {
        const TrackLayer::Fixes fixes = gridTrack(40000);
        MapViewport view(m_centre, 16, m_size);
        {
            TrackLayer track;
            track.setTrack(fixes);
            track.prepare(16, MapDatum::Wgs84);
            MapPainter painter;
            painter.setProgressive(true);
            painter.setLayers({ &track });
            frame(painter, view);
            QVERIFY(track.cellsInFlight() > 0);
        }
        QTest::qWait(200); // finished cells, a posted call back: nothing may touch the layer
        const TrackLayer::Fixes more = gridTrack(1000);
        TrackLayer next;
        next.setTrack(more);
        QCOMPARE(next.cellsInFlight(), 0);
    }

    // What `fleetdesk-cli render` relies on: offscreen, the frame is complete even when the widget has left
    // the layer half way (a worker building another zoom, cells begun).
    void rendererWaitsForTheCompletePicture()
    {
        const TrackLayer::Fixes fixes = gridTrack(40000);
        TrackLayer track;
        track.setTrack(fixes);
        MapPainter painter;
        painter.setProgressive(true);
        painter.setLayers({ &track });
        MapViewport view(m_centre, 15, m_size);
        frame(painter, view); // starts a worker build
        QVERIFY(!track.isSettled());

        MapRenderer renderer;
        renderer.addLayer(&track);
        const QImage complete = renderer.render(view);
        QVERIFY(track.isSettled());
        QCOMPARE(complete, reference(fixes, view));
    }

    void noTrackIsSettled()
    {
        TrackLayer track;
        track.setTrack(nullptr);
        track.prepare(12, MapDatum::Wgs84);
        QCOMPARE(track.segmentCount(), 0);
        MapPainter painter;
        painter.setProgressive(true);
        painter.setLayers({ &track });
        frame(painter, MapViewport(m_centre, 13, m_size));
        QVERIFY(track.isSettled());
        QVERIFY(painter.isSettled());
    }

    void widgetSettles()
    {
        const TrackLayer::Fixes fixes = gridTrack(40000);
        TrackLayer track;
        track.setTrack(fixes);
        MapView view;
        view.resize(m_size);
        view.addLayer(&track);
        const int gui0 = guiCells(track);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCenter(m_centre); // once shown: the first resize keeps the top left, not the centre
        view.setZoom(15);
        QTRY_VERIFY_WITH_TIMEOUT(view.isSettled(), 20000);
        view.setZoom(16);
        QVERIFY(!view.isSettled()); // not painted at 16 yet
        QTRY_VERIFY_WITH_TIMEOUT(view.isSettled(), 20000);
        QCOMPARE(track.builtZoom(), 16);
        QVERIFY(track.lastFrameStats().cellsShown > 0);
        QCOMPARE(guiCells(track), gui0); // the widget's paints only blit
    }
};

QTEST_MAIN(TestTrackProgress)
#include "tst_trackprogress.moc"
