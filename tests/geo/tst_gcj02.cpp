// WGS-84 <-> GCJ-02 against the published reference pair and by round trip.
#include "maps/geo/gcj02.h"
#include "maps/geo/greatcircle.h"

#include <QtTest>

using namespace geo;

class TestGcj02 : public QObject
{
    Q_OBJECT

private slots:
    void publishedPair()
    {
        // wandergis/coordtransform test/app.js: wgs84togcj02(116.404, 39.915) = [116.41024449916938,
        // 39.91640428150164] (lon, lat).
        const LatLon gcj = wgs84ToGcj02({ 39.915, 116.404 });
        QVERIFY2(qAbs(gcj.lat - 39.91640428150164) < 1e-12, qPrintable(QString::number(gcj.lat, 'g', 17)));
        QVERIFY2(qAbs(gcj.lon - 116.41024449916938) < 1e-12, qPrintable(QString::number(gcj.lon, 'g', 17)));
    }

    void shiftIsHundredsOfMetresInChina()
    {
        const LatLon wgs { 32.0, 120.86 };
        const double shift = distanceM(wgs, wgs84ToGcj02(wgs));
        QVERIFY(shift > 100.0 && shift < 1000.0);
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("nantong") << 32.0 << 120.86;
        QTest::newRow("beijing") << 39.915 << 116.404;
        QTest::newRow("urumqi") << 43.8256 << 87.6168;
        QTest::newRow("sanya") << 18.2528 << 109.5119;
    }

    void roundTrip()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        const LatLon wgs { lat, lon };
        const LatLon back = gcj02ToWgs84(wgs84ToGcj02(wgs));
        QVERIFY(qAbs(back.lat - lat) < 1e-6);
        QVERIFY(qAbs(back.lon - lon) < 1e-6);
        // The iteration in fact converges far below the 1e-6 degrees asked for.
        QVERIFY(distanceM(back, wgs) < 0.01);
    }

    void noShiftOutsideChina()
    {
        const LatLon berlin { 52.52, 13.405 };
        QCOMPARE(wgs84ToGcj02(berlin), berlin);
        QCOMPARE(gcj02ToWgs84(berlin), berlin);
        QVERIFY(outOfChina(berlin));
        QVERIFY(!outOfChina({ 32.0, 120.86 }));
    }
};

QTEST_APPLESS_MAIN(TestGcj02)
#include "tst_gcj02.moc"
