// Offscreen rendering with the widget's painter: a known track's colour where the track is and the base map
// elsewhere (offline basemap, an MBTiles source, GCJ-02 display shift), a lower zoom standing in while tiles
// load, the offline fallback when every tile fails, and fit-to-bounds.
#include "maps/maprenderer.h"
#include "maps/markerlayer.h"
#include "maps/mbtilessource.h"
#include "maps/offlinebasemap.h"
#include "maps/tilesource.h"
#include "maps/tracklayer.h"
#include "tiletestserver.h"

#include "maps/geo/greatcircle.h"
#include "maps/geo/webmercator.h"

#include <QPainter>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kT0 = 1791423000000;
const QColor kTileColor(10, 120, 200);

// East along 32°N from 120.80°E to 120.90°E at a steady 50 km/h (speed band 2).
TrackLayer::Fixes eastwards()
{
    auto fixes = std::make_shared<std::vector<PositionFix>>();
    for (int i = 0; i <= 200; ++i) {
        PositionFix f;
        f.timeMs = kT0 + i * 5000;
        f.lat = 32.0;
        f.lon = 120.80 + 0.0005 * i;
        f.speedKmh = 50.f;
        fixes->push_back(f);
    }
    return fixes;
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

// A source whose tiles at one zoom are "still loading" while a lower zoom's tile is in memory; or, with
// allMissing, a server that never answers.
class FakeSource : public TileSource
{
public:
    bool allMissing = false;
    QString name() const override { return QStringLiteral("fake"); }
    QString attribution() const override { return QStringLiteral("fake"); }
    void put(const TileKey &key, const QColor &c)
    {
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(c);
        remember(key, image);
    }
    QImage tile(const TileKey &key) override { return memoryTile(key); }
    bool isMissing(const TileKey &) const override { return allMissing; }
};

} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // An MBTiles file with every zoom-14 tile around the test track, in one colour.
    QString writeMBTiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("area.mbtiles"));
        if (QFile::exists(path))
            return path;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        q.exec(
            QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                           "tile_data BLOB)"));
        q.exec(QStringLiteral("INSERT INTO metadata VALUES ('attribution', 'test tiles')"));
        const QByteArray png = TileTestServer::png(kTileColor);
        const geo::TileXY nw = geo::tileAt({ 32.05, 120.75 }, 14);
        const geo::TileXY se = geo::tileAt({ 31.95, 120.95 }, 14);
        db.transaction();
        for (int x = nw.x; x <= se.x; ++x) {
            for (int y = nw.y; y <= se.y; ++y) {
                q.prepare(QStringLiteral("INSERT INTO tiles VALUES (14, ?, ?, ?)"));
                q.addBindValue(x);
                q.addBindValue((1 << 14) - 1 - y);
                q.addBindValue(png);
                q.exec();
            }
        }
        db.commit();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        return path;
    }

    static int trackRow(const MapViewport &view)
    {
        // The layer snaps points to whole world pixels; a 3.5 px line covers the rows just above and below.
        return int(std::round(view.worldPx({ 32.0, 120.85 }).y()) - view.topLeft().y());
    }

private slots:
    void trackOverTheOfflineBasemap()
    {
        TrackLayer track;
        track.setTrack(eastwards());
        MapRenderer renderer;
        renderer.addLayer(&track);
        const MapViewport view({ 32.0, 120.85 }, 14, QSize(400, 300));
        const QImage image = renderer.render(view);
        QCOMPARE(image.size(), QSize(400, 300));
        QVERIFY(renderer.lastFrame().offline);

        const QColor band = TrackLayer::bandColor(TrackLayer::speedBand(50));
        const int y = trackRow(view);
        // The whole row is track: no seams where the layer's 256-px cells meet.
        for (int x = 0; x < 400; ++x) {
            QVERIFY2(near(image.pixelColor(x, y), band), qPrintable(QStringLiteral("x=%1").arg(x)));
            QVERIFY(near(image.pixelColor(x, y - 1), band));
        }
        // Off the track: the basemap (its background or a graticule line), never the track's colour.
        int background = 0;
        for (int x = 0; x < 400; ++x) {
            const QColor c = image.pixelColor(x, y + 40);
            QVERIFY(!near(c, band, 40));
            background += c == OfflineBasemap::backgroundColor();
        }
        QVERIFY(background > 350);
    }

    void trackOverTiles()
    {
        MBTilesSource source(writeMBTiles());
        QVERIFY(source.isOpen());
        TrackLayer track;
        track.setTrack(eastwards());
        MapRenderer renderer;
        renderer.setTileSource(&source);
        renderer.addLayer(&track);
        const MapViewport view({ 32.0, 120.85 }, 14, QSize(400, 300));
        const QImage image = renderer.render(view);
        QVERIFY(!renderer.lastFrame().offline);
        QVERIFY(renderer.lastFrame().tilesShown >= 4);
        const int y = trackRow(view);
        QVERIFY(near(image.pixelColor(200, y), TrackLayer::bandColor(2)));
        QCOMPARE(image.pixelColor(200, y + 40), kTileColor);
        QCOMPARE(image.pixelColor(10, 10), kTileColor);
    }

    void gcj02SourcesShiftTheTrackForDisplay()
    {
        MBTilesSource source(writeMBTiles());
        source.setDatum(MapDatum::Gcj02);
        TrackLayer track;
        track.setTrack(eastwards());
        MapRenderer renderer;
        renderer.setTileSource(&source);
        renderer.addLayer(&track);
        const MapViewport view({ 32.0, 120.85 }, 14, QSize(400, 300), MapDatum::Gcj02);
        const QImage image = renderer.render(view);
        // Where the fixes would be drawn unshifted, and where the shift puts them (a few hundred metres
        // here).
        const QPointF unshifted = MapViewport::unitPx({ 32.0, 120.85 }) * view.scale() - view.topLeft();
        const int y = int(std::round(view.worldPx({ 32.0, 120.85 }).y()) - view.topLeft().y());
        QVERIFY(qAbs(y - unshifted.y()) > 10);
        QVERIFY(near(image.pixelColor(200, y), TrackLayer::bandColor(2)));
        QCOMPARE(image.pixelColor(200, int(unshifted.y())), kTileColor);
    }

    void lowerZoomStandsInWhileLoading()
    {
        FakeSource source;
        const MapViewport view({ 32.0, 120.85 }, 12, QSize(300, 200));
        const geo::TileXY centre = geo::tileAt({ 32.0, 120.85 }, 12);
        for (int dx = -2; dx <= 2; ++dx) {
            for (int dy = -2; dy <= 2; ++dy)
                source.put({ 11, (centre.x + dx) >> 1, (centre.y + dy) >> 1 }, QColor(0, 150, 0));
        }
        MapPainter painter;
        painter.setTileSource(&source);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        const MapPainter::FrameInfo info = painter.paint(p, view);
        p.end();
        QVERIFY(info.tilesScaled > 0);
        QCOMPARE(info.tilesShown, 0);
        QVERIFY(!info.offline);
        QCOMPARE(image.pixelColor(150, 100), QColor(0, 150, 0));
    }

    void offlineWhenEveryTileFails()
    {
        FakeSource source;
        source.allMissing = true;
        MapRenderer renderer;
        renderer.setTileSource(&source);
        const QImage image = renderer.render(MapViewport({ 32.0, 120.85 }, 12, QSize(300, 200)));
        QVERIFY(renderer.lastFrame().offline);
        QVERIFY(renderer.lastFrame().tilesMissing > 0);
        int background = 0;
        for (int x = 0; x < 300; ++x)
            background += image.pixelColor(x, 120) == OfflineBasemap::backgroundColor();
        QVERIFY(background > 250); // the rest: graticule lines
    }

    void fitsTrackAndDestination()
    {
        TrackLayer track;
        track.setTrack(eastwards());
        MarkerLayer destination(MarkerLayer::Kind::Destination);
        destination.setMarkers({ { { 32.03, 120.88 }, QStringLiteral("市政府"), 2000.0 } });
        MapRenderer renderer;
        renderer.addLayer(&destination);
        renderer.addLayer(&track);
        const QSize size(640, 480);
        const MapViewport view = renderer.fittedView(size);
        QVERIFY(view.zoom() >= 11 && view.zoom() <= 14);
        const QRectF inside(QPointF(0, 0), QSizeF(size));
        for (const geo::LatLon &p : { geo::LatLon { 32.0, 120.8 }, geo::LatLon { 32.0, 120.9 },
                 geo::destinationPoint({ 32.03, 120.88 }, 0, 2000) })
            QVERIFY(inside.contains(view.toScreen(p)));
        const QImage image = renderer.render(size);
        QCOMPARE(image.size(), size);
        // The destination's pin is drawn in the destination colour just above its point.
        const QPointF pin = view.toScreen({ 32.03, 120.88 }) + QPointF(0, -8);
        QCOMPARE(image.pixelColor(pin.toPoint()).blue() > image.pixelColor(pin.toPoint()).green(), true);
    }

    void speedBands()
    {
        QCOMPARE(TrackLayer::speedBand(0), 0);
        QCOMPARE(TrackLayer::speedBand(19.9), 0);
        QCOMPARE(TrackLayer::speedBand(20), 1);
        QCOMPARE(TrackLayer::speedBand(50), 2);
        QCOMPARE(TrackLayer::speedBand(120), 5);
        QCOMPARE(TrackLayer::speedBand(std::nan("")), 0);
    }

    void simplifiesPerZoom()
    {
        TrackLayer track;
        track.setTrack(eastwards()); // a straight line: one segment at any zoom
        track.prepare(10, MapDatum::Wgs84);
        QCOMPARE(track.segmentCount(), 1);
        track.prepare(16, MapDatum::Wgs84);
        QCOMPARE(track.segmentCount(), 1);
        QCOMPARE(track.builtZoom(), 16);
    }
};

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
