// DESIGN §9 map target: a frame with a 1 M-fix track visible in <= 16 ms. A program that prints figures, not
// a CTest test (timings depend on the machine and its load). Usage: bench_map [fixes] [width height]
//
// The track is a car driving a street grid around Nantong at 1 Hz for ~11.6 days (1 M fixes), with GPS
// noise, so repeated passes over the same streets are realistic.
//
// Part 1, complete frames (MapRenderer, `fleetdesk-cli render`; also what the widget did before progressive
// painting): per zoom, building the layer's geometry, the first frame (build + every visible track cell),
// playback frames and frames while panning 16 px per frame.
//
// Part 2, progressive frames (MapView): a zoom sweep 8 -> 17 -> 8 painted as the widget paints it: after the
// first frame, a frame each time the layer asks for one (its build finished, cell workers handed over
// cells), the event loop idle in between. Per zoom: the first frame after the change, the worst frame until
// the picture is final, and the time until then. Then panning onto cells not drawn yet and steady playback
// frames, back to back. Usage: bench_map [fixes] [width height] [--save]
#include "maps/mappainter.h"
#include "maps/maprenderer.h"
#include "maps/tracklayer.h"
#include "maps/vehiclelayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <random>
#include <time.h>

namespace {

TrackLayer::Fixes cityTrack(int count)
{
    auto fixes = std::make_shared<std::vector<PositionFix>>();
    fixes->reserve(size_t(count));
    std::mt19937 rng(8);
    std::normal_distribution<double> noiseM(0.0, 3.0);
    std::uniform_int_distribution<int> turn(0, 3);
    std::uniform_real_distribution<double> cruise(25.0, 70.0);
    const double mPerDegLat = 111195.0;
    const double mPerDegLon = mPerDegLat * std::cos(32.0 * M_PI / 180.0);
    const double blockM = 600.0;
    const int blocksX = 30;
    const int blocksY = 22; // an 18 x 13 km street grid
    double x = 15 * blockM;
    double y = 11 * blockM; // metres east/north of the grid's south-west corner
    int dir = 0; // 0 E, 1 N, 2 W, 3 S
    double speedKmh = 40.0;
    double target = 40.0;
    double toCorner = blockM;
    qint64 t = 1791423000000;
    for (int i = 0; i < count; ++i) {
        speedKmh += std::clamp(target - speedKmh, -2.0, 2.0); // ~2 km/h a second of acceleration
        const double step = speedKmh / 3.6;
        toCorner -= step;
        static constexpr int dx[] = { 1, 0, -1, 0 };
        static constexpr int dy[] = { 0, 1, 0, -1 };
        x += dx[dir] * step;
        y += dy[dir] * step;
        if (toCorner <= 0) { // a crossing: turn or go on, stay on the grid, sometimes stop at the lights
            x = std::round(x / blockM) * blockM;
            y = std::round(y / blockM) * blockM;
            int next = turn(rng);
            for (int tries = 0; tries < 4; ++tries, next = (next + 1) % 4) {
                const double nx = x + dx[next] * blockM;
                const double ny = y + dy[next] * blockM;
                if (next != (dir + 2) % 4 && nx >= 0 && ny >= 0 && nx <= blocksX * blockM
                    && ny <= blocksY * blockM)
                    break;
            }
            dir = next;
            toCorner = blockM;
            target = (rng() % 4 == 0) ? 0.0 : cruise(rng);
        } else if (speedKmh < 1.0 && target == 0.0) {
            target = cruise(rng);
        }
        PositionFix f;
        f.timeMs = t;
        f.lat = 31.92 + (y + noiseM(rng)) / mPerDegLat;
        f.lon = 120.78 + (x + noiseM(rng)) / mPerDegLon;
        f.speedKmh = float(speedKmh);
        fixes->push_back(f);
        t += 1000;
    }
    return fixes;
}

double medianMs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double maxMs(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

QString ms(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const QSize size = args.size() > 3 ? QSize(args.at(2).toInt(), args.at(3).toInt()) : QSize(1280, 800);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const TrackLayer::Fixes fixes = cityTrack(count);
    out << "generated " << fixes->size() << " fixes in " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    TrackLayer track;
    track.setTrack(fixes);
    out << "setTrack (jump filter, speed bands): " << timer.elapsed() << " ms" << Qt::endl;
    VehicleLayer vehicle;
    vehicle.setLabel(QStringLiteral("苏F·A1234"));

    MapPainter painter; // no tile source: the offline basemap, which also draws text every frame
    painter.setLayers({ &track, &vehicle });
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    // Wall time of a frame; lastCpuMs is the GUI thread's CPU time in it (on a loaded machine the difference
    // is time the thread waited for a core).
    double lastCpuMs = 0;
    const auto paint = [&](const MapViewport &view) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        QPainter p(&frame);
        painter.paint(p, view);
        p.end();
        lastCpuMs = threadCpuMs() - cpu0;
        return t.nsecsElapsed() / 1e6;
    };

    out << "frame " << size.width() << "x" << size.height() << ", whole track in view at zoom 12" << Qt::endl;
    out << "complete frames (MapRenderer; the widget before progressive painting)" << Qt::endl;
    out << "zoom  segments  build ms  first frame ms  playback frame ms (median/max)  pan frame ms "
           "(median/max)"
        << Qt::endl;
    const geo::LatLon centre { 31.98, 120.875 };
    for (int zoom : { 11, 12, 13, 14, 15, 17 }) {
        track.setTrack(fixes); // forget earlier zooms' cells
        MapViewport view(centre, zoom, size);
        timer.restart();
        track.prepare(zoom, MapDatum::Wgs84);
        const double buildMs = timer.nsecsElapsed() / 1e6;
        const double first = buildMs + paint(view);

        std::vector<double> playback;
        for (int i = 0; i < 120; ++i) {
            const PositionFix &f = (*fixes)[size_t(i) * 997 % fixes->size()];
            vehicle.setPosition({ f.lat, f.lon }, f.headingDeg);
            playback.push_back(paint(view));
        }
        std::vector<double> pan;
        for (int i = 0; i < 120; ++i) {
            view.panBy(QPointF(-16, -4));
            pan.push_back(paint(view));
        }
        out << qSetFieldWidth(4) << zoom << qSetFieldWidth(10) << track.segmentCount() << qSetFieldWidth(10)
            << QString::number(buildMs, 'f', 1) << qSetFieldWidth(16) << QString::number(first, 'f', 1)
            << qSetFieldWidth(22) << QString::number(medianMs(playback), 'f', 2) << qSetFieldWidth(0) << " / "
            << QString::number(*std::max_element(playback.begin(), playback.end()), 'f', 2)
            << qSetFieldWidth(22) << QString::number(medianMs(pan), 'f', 2) << qSetFieldWidth(0) << " / "
            << QString::number(*std::max_element(pan.begin(), pan.end()), 'f', 2) << Qt::endl;
    }

    // Part 2: progressive frames, as MapView paints them.
    out << Qt::endl
        << "progressive frames (MapView): cells drawn by " << std::min(2, QThread::idealThreadCount())
        << " cell workers, the GUI thread only blits" << Qt::endl;
    painter.setProgressive(true);
    track.setTrack(fixes);
    // A frame while the picture settles, as the widget paints it: when the layer asks for one with changed()
    // (a build finished, cells handed over); the GUI thread sleeps in the event loop until then.
    bool asked = false;
    QObject::connect(&track, &MapLayer::changed, [&asked] { asked = true; });
    const auto settlingFrame = [&](const MapViewport &view) {
        if (!asked) {
            QEventLoop loop;
            const auto wake = QObject::connect(&track, &MapLayer::changed, &loop, &QEventLoop::quit);
            QTimer::singleShot(2000, &loop, &QEventLoop::quit); // never needed; a bench must not hang
            loop.exec();
            QObject::disconnect(wake);
        }
        QCoreApplication::processEvents();
        asked = false;
        return paint(view);
    };
    // A frame driven by panning or playback: events first, then paint, back to back (60 fps while the
    // zoom's geometry is on the worker).
    const auto widgetFrame = [&](const MapViewport &view) {
        if (track.lastFrameStats().waitingForGeometry)
            QThread::msleep(16);
        QCoreApplication::processEvents();
        asked = false;
        return paint(view);
    };
    const TrackLayer::CellCounts counts0 = track.cellCounts();
    std::vector<double> firstFrames, firstCpu, settlingFrames, settlingCpu, settleTimes;
    QStringList slow;
    out << "zoom  segments  first frame ms  stood in/pending cells  frames to settle  worst frame ms  "
           "settled after ms"
        << Qt::endl;
    std::vector<int> sweep;
    for (int z = 8; z <= 17; ++z)
        sweep.push_back(z);
    for (int z = 16; z >= 8; --z)
        sweep.push_back(z);
    for (int zoom : sweep) {
        MapViewport view(centre, zoom, size);
        QElapsedTimer settle;
        settle.start();
        asked = false;
        const double first = paint(view);
        firstCpu.push_back(lastCpuMs);
        const TrackLayer::FrameStats stats = track.lastFrameStats();
        std::vector<double> frames;
        while (!track.isSettled()) {
            frames.push_back(settlingFrame(view));
            settlingCpu.push_back(lastCpuMs);
            const TrackLayer::FrameStats &f = track.lastFrameStats();
            if (frames.back() > 16.0) // what a frame over the target did
                slow << QStringLiteral("  zoom %1 frame %2: %3 ms (%7 ms CPU), %4 cells drawn here, %5 cells "
                                       "received, %6 stood in")
                            .arg(zoom)
                            .arg(frames.size())
                            .arg(ms(frames.back()))
                            .arg(f.cellsRendered)
                            .arg(f.cellsReceived)
                            .arg(f.cellsStandIn)
                            .arg(ms(lastCpuMs));
        }
        const double settledMs = settle.nsecsElapsed() / 1e6;
        firstFrames.push_back(first);
        settlingFrames.insert(settlingFrames.end(), frames.begin(), frames.end());
        settleTimes.push_back(settledMs);
        out << qSetFieldWidth(4) << zoom << qSetFieldWidth(10) << track.segmentCount() << qSetFieldWidth(16)
            << ms(first) << qSetFieldWidth(18) << stats.cellsStandIn << qSetFieldWidth(0) << " / "
            << qSetFieldWidth(3) << stats.cellsPending << qSetFieldWidth(18) << int(frames.size())
            << qSetFieldWidth(16) << ms(maxMs(frames)) << qSetFieldWidth(18) << ms(settledMs, 0)
            << qSetFieldWidth(0) << Qt::endl;
    }
    out << "first frame after a zoom change: median " << ms(medianMs(firstFrames)) << " ms, worst "
        << ms(maxMs(firstFrames)) << " ms (" << firstFrames.size() << " changes)" << Qt::endl;
    out << "frames until settled: median " << ms(medianMs(settlingFrames)) << " ms, worst "
        << ms(maxMs(settlingFrames)) << " ms (" << settlingFrames.size() << " frames)" << Qt::endl;
    out << "the same in GUI-thread CPU time: first frames median " << ms(medianMs(firstCpu)) << " ms, worst "
        << ms(maxMs(firstCpu)) << " ms; frames until settled median " << ms(medianMs(settlingCpu))
        << " ms, worst " << ms(maxMs(settlingCpu)) << " ms" << Qt::endl;
    out << "frames over 16 ms while settling: " << slow.size() << Qt::endl;
    for (const QString &line : slow)
        out << line << Qt::endl;
    out << "time until settled: median " << ms(medianMs(settleTimes), 0) << " ms, worst "
        << ms(maxMs(settleTimes), 0) << " ms" << Qt::endl;
    const TrackLayer::CellCounts counts1 = track.cellCounts();
    out << "cells in the sweep: " << counts1.renderedByWorkers - counts0.renderedByWorkers
        << " drawn by workers, " << counts1.renderedOnGuiThread - counts0.renderedOnGuiThread
        << " on the GUI thread, " << counts1.obsoleted - counts0.obsoleted << " obsoleted ("
        << counts1.abandoned - counts0.abandoned << " stopped half drawn)" << Qt::endl;

    out << "zoom  pan frame ms (median/max, 16 px a frame onto cells not drawn yet)  playback ms (median/max)"
        << Qt::endl;
    for (int zoom : { 13, 14, 15 }) {
        MapViewport view(centre, zoom, size);
        asked = false;
        paint(view);
        while (!track.isSettled())
            settlingFrame(view);
        std::vector<double> playback;
        for (int i = 0; i < 120; ++i) {
            const PositionFix &f = (*fixes)[size_t(i) * 997 % fixes->size()];
            vehicle.setPosition({ f.lat, f.lon }, f.headingDeg);
            playback.push_back(widgetFrame(view));
        }
        std::vector<double> pan;
        for (int i = 0; i < 240; ++i) {
            view.panBy(QPointF(16, 8)); // towards the dense north-west of the grid
            pan.push_back(widgetFrame(view));
        }
        out << qSetFieldWidth(4) << zoom << qSetFieldWidth(40) << ms(medianMs(pan)) << qSetFieldWidth(0)
            << " / " << ms(maxMs(pan)) << qSetFieldWidth(28) << ms(medianMs(playback)) << qSetFieldWidth(0)
            << " / " << ms(maxMs(playback)) << Qt::endl;
    }
    painter.setProgressive(false);

    // The offscreen renderer end to end (what `fleetdesk-cli render` does), fitted to the whole track.
    MapRenderer renderer;
    renderer.addLayer(&track);
    track.setTrack(fixes);
    timer.restart();
    const QImage image = renderer.render(size);
    out << "MapRenderer fitted render (zoom " << renderer.fittedView(size).zoom() << "): " << timer.elapsed()
        << " ms" << Qt::endl;
    if (args.contains(QStringLiteral("--save")))
        image.save(QStringLiteral("bench_map.png"));
    return 0;
}
