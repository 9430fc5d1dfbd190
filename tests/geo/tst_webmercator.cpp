// Web Mercator pixels and slippy-map tile numbers.
#include "maps/geo/webmercator.h"

#include <QtTest>

using namespace geo;

class TestWebMercator : public QObject
{
    Q_OBJECT

private slots:
    void tiles_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        // Expected values from the OSM wiki "Slippy map tilenames" formulas
        // (xtile = floor((lon + 180) / 360 * 2^z), ytile = floor((1 - asinh(tan(lat)) / pi) / 2 * 2^z)),
        // evaluated independently of this code.
        QTest::newRow("z0") << 32.0 << 120.86 << 0 << 0 << 0;
        QTest::newRow("nantong z1") << 32.0 << 120.86 << 1 << 1 << 0;
        QTest::newRow("nantong z10") << 32.0 << 120.86 << 10 << 855 << 415;
        QTest::newRow("nantong z18") << 32.0 << 120.86 << 18 << 219079 << 106454;
        QTest::newRow("berlin z10") << 52.52 << 13.405 << 10 << 550 << 335;
        QTest::newRow("berlin z15") << 52.52 << 13.405 << 15 << 17604 << 10746;
        QTest::newRow("sydney z10") << -33.8688 << 151.2093 << 10 << 942 << 614;
        QTest::newRow("london z18") << 51.5074 << -0.1278 << 18 << 130978 << 87169;
        QTest::newRow("north edge clamps") << 89.0 << 179.9999 << 3 << 7 << 0;
        QTest::newRow("south edge clamps") << -89.0 << -180.0 << 3 << 0 << 7;
    }

    void tiles()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, zoom);
        QFETCH(int, x);
        QFETCH(int, y);
        QCOMPARE(tileAt({ lat, lon }, zoom), (TileXY { x, y, zoom }));
    }

    void worldPixelsAtZoomZero()
    {
        const WorldPixel origin = latLonToWorldPixel({ 0, 0 }, 0);
        QVERIFY(qAbs(origin.x - 128.0) < 1e-9 && qAbs(origin.y - 128.0) < 1e-9);
        const WorldPixel corner = latLonToWorldPixel({ kMaxMercatorLat, -180.0 }, 0);
        QVERIFY(qAbs(corner.x) < 1e-9 && qAbs(corner.y) < 1e-6);
        QCOMPARE(worldSizePx(3), 2048.0);
    }

    void pixelRoundTrip()
    {
        const LatLon p { 32.0123, 120.8765 };
        for (double zoom : { 0.0, 7.5, 18.0 }) {
            const LatLon back = worldPixelToLatLon(latLonToWorldPixel(p, zoom), zoom);
            QVERIFY(qAbs(back.lat - p.lat) < 1e-9 && qAbs(back.lon - p.lon) < 1e-9);
        }
    }

    void tileCornerIsOnTileGrid()
    {
        const TileXY t { 855, 415, 10 };
        QCOMPARE(tileAt(tileNorthWest(t), 10), t);
    }

    void mercatorMetres()
    {
        // EPSG:3857 reference: the corner of the world is (±20037508.34, ±20037508.34).
        const WorldPixel corner = latLonToMercatorM({ kMaxMercatorLat, 180.0 });
        QVERIFY(qAbs(corner.x - 20037508.342789244) < 1e-6);
        QVERIFY(qAbs(corner.y - 20037508.342789244) < 1e-3);
        const LatLon p { 32.0, 120.86 };
        const LatLon back = mercatorMToLatLon(latLonToMercatorM(p));
        QVERIFY(qAbs(back.lat - p.lat) < 1e-9 && qAbs(back.lon - p.lon) < 1e-9);
    }
};

QTEST_APPLESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
