// Tile sources: URL templates (XYZ, Tianditu WMTS), fetching against a local HTTP server, the memory and disk
// caches, retries, cancelling, blocking mode, and MBTiles files.
#include "maps/mbtilessource.h"
#include "maps/networktilesource.h"
#include "maps/tilediskcache.h"
#include "maps/tilesources.h"
#include "tiletestserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestTileSources : public QObject
{
    Q_OBJECT

    NetworkTileSource::Options options(
        const TileTestServer &server, const QString &cacheDir = QString()) const
    {
        NetworkTileSource::Options o;
        o.urlTemplate = server.baseUrl() + QStringLiteral("/{z}/{x}/{y}.png");
        o.name = QStringLiteral("test");
        o.attribution = QStringLiteral("test tiles");
        o.cacheDir = cacheDir;
        o.retryDelayMs = 10;
        o.timeoutMs = 3000;
        return o;
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(dir.size() + 1);
        return files;
    }

private slots:
    void xyzTemplate()
    {
        const QString url
            = NetworkTileSource::tileUrl(QStringLiteral("https://{s}.tile.example/{z}/{x}/{y}.png"),
                { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, { 15, 27420, 13258 });
        // (27420 + 13258) % 3 == 1 -> "b", the same for every request of this tile.
        QCOMPARE(url, QStringLiteral("https://b.tile.example/15/27420/13258.png"));
        QCOMPARE(NetworkTileSource::tileUrl(QStringLiteral("/{z}/{x}/{-y}"), {}, { 3, 1, 2 }),
            QStringLiteral("/3/1/5"));
    }

    void tiandituWmtsUrl()
    {
        const QString tmpl = TileSources::tiandituTemplate(QStringLiteral("vec"), QStringLiteral("abc123"));
        const QString url
            = NetworkTileSource::tileUrl(tmpl, TileSources::tiandituSubdomains(), { 12, 3427, 1657 });
        // (3427 + 1657) % 8 == 4
        QCOMPARE(url,
            QStringLiteral("https://t4.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                           "&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
                           "&TILEMATRIX=12&TILEROW=1657&TILECOL=3427&tk=abc123"));
        QNetworkAccessManager network;
        QString error;
        auto source = TileSources::create(QStringLiteral("tianditu:img:KEY"), &network, QString(), &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->datum(), MapDatum::Wgs84); // CGCS2000
        QVERIFY(!source->attribution().isEmpty());
        QVERIFY(!TileSources::create(QStringLiteral("tianditu:vec"), &network, QString(), &error));
        QVERIFY(!error.isEmpty());
    }

    void datums()
    {
        QCOMPARE(TileSources::datumOf(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")),
            MapDatum::Wgs84);
        QCOMPARE(TileSources::datumOf(
                     QStringLiteral("https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}")),
            MapDatum::Gcj02);
        QCOMPARE(
            TileSources::datumOf(QStringLiteral("http://gis.local/{z}/{x}/{y}.png#gcj02")), MapDatum::Gcj02);
        QNetworkAccessManager network;
        QVERIFY(!TileSources::create(QString(), &network, QString())); // empty: offline basemap
        auto amap = TileSources::create(
            QStringLiteral("https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}"), &network,
            QString());
        QVERIFY(amap);
        QCOMPARE(amap->datum(), MapDatum::Gcj02);
    }

    void fetchesAsynchronouslyAndCachesInMemory()
    {
        TileTestServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        NetworkTileSource source(&network, options(server));
        QSignalSpy loaded(&source, &TileSource::tilesLoaded);
        const TileKey key { 12, 3427, 1657 };
        QVERIFY(source.tile(key).isNull()); // not yet: a fetch starts
        QCOMPARE(source.pendingCount(), 1);
        QVERIFY(source.tile(key).isNull()); // asked again while loading: no second request
        QVERIFY(loaded.wait(5000));
        const QImage image = source.tile(key);
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(10, 10), server.color);
        QCOMPARE(server.requests, 1);
        QCOMPARE(server.requestLines.value(0), QStringLiteral("/12/3427/1657.png"));
        QVERIFY(server.userAgents.value(0).startsWith(QLatin1String("FleetDesk/")));
        QVERIFY(!source.memoryTile(key).isNull());
    }

    void diskCacheSurvivesTheServer()
    {
        QTemporaryDir cache;
        const TileKey key { 10, 857, 414 };
        {
            TileTestServer server;
            QVERIFY(server.start());
            QNetworkAccessManager network;
            NetworkTileSource source(&network, options(server, cache.path()));
            source.setBlocking(true);
            QVERIFY(!source.tile(key).isNull());
            QVERIFY(QFile::exists(source.diskPath(key)));
            // Written to a temporary file and renamed: only the tile itself is left behind.
            QCOMPARE(filesUnder(cache.path()), QStringList { QStringLiteral("10/857/414.tile") });
        }
        // A new source (the next start of the app) with the server gone: the tile comes from disk, no fetch.
        TileTestServer gone;
        QVERIFY(gone.start());
        NetworkTileSource::Options o = options(gone, cache.path());
        gone.close();
        QNetworkAccessManager network;
        NetworkTileSource source(&network, o);
        const QImage image = source.tile(key);
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(5, 5), QColor(200, 30, 30));
        QCOMPARE(source.pendingCount(), 0);
    }

    // Fills a cache folder with count tiles of size bytes each, the first the least recently used.
    static void fillCache(const QString &dir, int count, int size)
    {
        TileDiskCache cache(dir, dir, 0);
        const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-10);
        for (int i = 0; i < count; ++i) {
            const TileKey key { 12, i, 7 };
            QVERIFY(cache.write(key, QByteArray(size, char('a' + i % 26))));
            QFile file(cache.path(key));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(oldest.addSecs(60 * i), QFileDevice::FileModificationTime));
        }
    }

    void diskCacheTrimsTheLeastRecentlyUsed()
    {
        QTemporaryDir root;
        const QString dir = root.path() + QStringLiteral("/server1");
        fillCache(dir, 20, 1000);
        QCOMPARE(TileDiskCache::sizeOnDisk(root.path()), qint64(20000));
        // Reading tile 0, the oldest, makes it the most recently used.
        TileDiskCache cache(dir, root.path(), 0);
        QCOMPARE(cache.read({ 12, 0, 7 }), QByteArray(1000, 'a'));

        QCOMPARE(TileDiskCache::trim(root.path(), 20000), qint64(0)); // at the limit: nothing to do
        const qint64 removed = TileDiskCache::trim(root.path(), 10000);
        QCOMPARE(removed, qint64(11000)); // down to 90 % of the limit
        QCOMPARE(TileDiskCache::sizeOnDisk(root.path()), qint64(9000));
        QVERIFY(QFile::exists(cache.path({ 12, 0, 7 })));
        for (int i = 1; i <= 11; ++i)
            QVERIFY2(!QFile::exists(cache.path({ 12, i, 7 })), qPrintable(QString::number(i)));
        for (int i = 12; i < 20; ++i)
            QVERIFY2(QFile::exists(cache.path({ 12, i, 7 })), qPrintable(QString::number(i)));
    }

    void networkSourceKeepsItsCacheUnderTheLimit()
    {
        // What earlier runs left (another server's folder too) is trimmed once this run caches a tile.
        QTemporaryDir root;
        fillCache(root.path() + QStringLiteral("/old-server"), 40, 1000);
        TileTestServer server;
        QVERIFY(server.start());
        const TileKey key { 10, 857, 414 };
        {
            QNetworkAccessManager network;
            NetworkTileSource::Options o = options(server, root.path() + QStringLiteral("/server"));
            o.cacheRoot = root.path();
            o.cacheLimitBytes = 10000;
            NetworkTileSource source(&network, o);
            source.setBlocking(true);
            QVERIFY(!source.tile(key).isNull());
            QVERIFY(QFile::exists(source.diskPath(key)));
        } // the source waits for its trim when it goes
        QVERIFY(TileDiskCache::sizeOnDisk(root.path()) <= 9000);
        QVERIFY(QFile::exists(root.path() + QStringLiteral("/server/10/857/414.tile")));
    }

    void retriesThenSucceeds()
    {
        TileTestServer server;
        QVERIFY(server.start());
        server.failNext = 2;
        QNetworkAccessManager network;
        NetworkTileSource source(&network, options(server));
        QSignalSpy loaded(&source, &TileSource::tilesLoaded);
        const TileKey key { 5, 26, 13 };
        QVERIFY(source.tile(key).isNull());
        QVERIFY(loaded.wait(5000));
        QVERIFY(!source.tile(key).isNull());
        QCOMPARE(server.requests, 3); // two failures, then the tile
        QVERIFY(!source.isMissing(key));
    }

    void givesUpAndMarksMissing()
    {
        TileTestServer server;
        QVERIFY(server.start());
        server.failNext = 1000;
        QNetworkAccessManager network;
        NetworkTileSource source(&network, options(server));
        QSignalSpy loaded(&source, &TileSource::tilesLoaded);
        const TileKey key { 5, 26, 13 };
        source.tile(key);
        QVERIFY(loaded.wait(5000));
        QVERIFY(source.isMissing(key));
        QCOMPARE(server.requests, 3);
        QVERIFY(source.tile(key).isNull());
        QTest::qWait(50);
        QCOMPARE(server.requests, 3); // a missing tile is not asked for again on every repaint
    }

    void cancelsTilesThatLeftTheView()
    {
        TileTestServer server;
        QVERIFY(server.start());
        server.stall = true;
        QNetworkAccessManager network;
        NetworkTileSource source(&network, options(server));
        QSignalSpy seen(&server, &TileTestServer::requestSeen);
        QSignalSpy hungUp(&server, &TileTestServer::hungUp);
        const TileKey gone { 8, 214, 104 };
        const TileKey kept { 8, 215, 104 };
        source.tile(gone);
        source.tile(kept);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(), 2, 5000);
        source.keepOnly({ kept });
        QCOMPARE(source.pendingCount(), 1);
        QVERIFY(hungUp.wait(5000)); // the aborted reply closed its connection
        QCOMPARE(server.hangUps, 1);
        source.keepOnly({});
        QCOMPARE(source.pendingCount(), 0);
    }

    void blockingModeLoadsAtOnce()
    {
        TileTestServer server;
        QVERIFY(server.start());
        server.failNext = 1;
        QNetworkAccessManager network;
        NetworkTileSource source(&network, options(server));
        source.setBlocking(true);
        const QImage image = source.tile({ 3, 6, 3 });
        QVERIFY(!image.isNull()); // the failure was retried inside the call
        QCOMPARE(server.requests, 2);
    }

    void blockingModeGivesUpOnAStalledServer()
    {
        TileTestServer server;
        QVERIFY(server.start());
        server.stall = true;
        QNetworkAccessManager network;
        NetworkTileSource::Options o = options(server);
        o.timeoutMs = 200;
        o.maxAttempts = 2;
        NetworkTileSource source(&network, o);
        source.setBlocking(true);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(source.tile({ 3, 6, 3 }).isNull());
        QVERIFY(source.isMissing({ 3, 6, 3 }));
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(server.requests, 2);
    }

    void mbtiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nantong.mbtiles"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                          "tile_row INTEGER, tile_data BLOB)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO metadata VALUES ('name', 'Nantong test'), "
                                          "('attribution', 'GIS office'), ('format', 'png')")));
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            // XYZ tile 2/3/1 is TMS row 2^2 - 1 - 1 = 2.
            q.addBindValue(2);
            q.addBindValue(3);
            q.addBindValue(2);
            q.addBindValue(TileTestServer::png(QColor(10, 120, 200)));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));

        QNetworkAccessManager network;
        QString error;
        auto source = TileSources::create(path, &network, QString(), &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->name(), QStringLiteral("Nantong test"));
        QCOMPARE(source->attribution(), QStringLiteral("GIS office"));
        QCOMPARE(source->minZoom(), 2); // from the tiles, as metadata has no zoom range
        QCOMPARE(source->maxZoom(), 2);
        const QImage image = source->tile({ 2, 3, 1 });
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(0, 0), QColor(10, 120, 200));
        QVERIFY(source->tile({ 2, 3, 2 }).isNull()); // TMS row 1: not in the file
        QVERIFY(source->isMissing({ 2, 3, 2 }));

        QVERIFY(
            !TileSources::create(dir.filePath(QStringLiteral("none.mbtiles")), &network, QString(), &error));
    }
};

QTEST_MAIN(TestTileSources)
#include "tst_tilesources.moc"
