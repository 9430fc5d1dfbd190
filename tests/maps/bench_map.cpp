// DESIGN §9 map target: a frame with a 1 M-fix track visible in <= 16 ms. A program that prints figures, not
// a CTest test (timings depend on the machine and its load). Usage: bench_map [fixes] [width height]
//
// The track is a car driving a street grid around Nantong at 1 Hz for ~11.6 days (1 M fixes), with GPS
// noise, so repeated passes over the same streets are realistic. Per zoom it reports: building the layer's
// per-zoom geometry (once per zoom change), the first frame at that zoom (build + rendering the visible
// track cells), steady frames while playback moves the vehicle (the 60 fps case), and frames while panning
// 16 px per frame (new cells come into view now and then).
#include "mappainter.h"
#include "maprenderer.h"
#include "tracklayer.h"
#include "vehiclelayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <random>

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
    return v[v.size() / 2];
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
    const auto paint = [&](const MapViewport &view) {
        QElapsedTimer t;
        t.start();
        QPainter p(&frame);
        painter.paint(p, view);
        p.end();
        return t.nsecsElapsed() / 1e6;
    };

    out << "frame " << size.width() << "x" << size.height() << ", whole track in view at zoom 12" << Qt::endl;
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
