// Great-circle distance and bearing against published and closed-form values.
#include "maps/geo/greatcircle.h"

#include <QtTest>

using namespace geo;

class TestGreatCircle : public QObject
{
    Q_OBJECT

private slots:
    void quarterMeridianIsClosedForm()
    {
        // Pole to equator is a quarter of the sphere's circumference: pi R / 2.
        QCOMPARE(distanceM({ 90.0, 0.0 }, { 0.0, 17.0 }), kPi * kEarthRadiusM / 2.0);
    }

    void oneDegreeOfLatitude()
    {
        QVERIFY(qAbs(distanceM({ 32.0, 120.86 }, { 33.0, 120.86 }) - 111195.0802) < 0.001);
    }

    void publishedNashvilleToLosAngeles()
    {
        // Rosetta Code "Haversine formula": BNA (36.12, -86.67) -> LAX (33.94, -118.40) is
        // 2887.2599506071106 km with R = 6372.8 km; the distance scales with R, so with 6371.0088 km:
        const double expected = 2887.2599506071106 * 6371.0088 / 6372.8 * 1000.0;
        QVERIFY(qAbs(distanceM({ 36.12, -86.67 }, { 33.94, -118.40 }) - expected) < 0.01);
    }

    void beijingToShanghai()
    {
        // Tiananmen (39.9042, 116.4074) to People's Square (31.2304, 121.4737): 1067.31 km, cross-checked
        // with the spherical law of cosines (1 067 311.645 m).
        QVERIFY(qAbs(distanceM({ 39.9042, 116.4074 }, { 31.2304, 121.4737 }) - 1067311.645) < 0.01);
    }

    void symmetricAndZero()
    {
        const LatLon a { 32.01, 120.86 };
        const LatLon b { 31.98, 120.91 };
        QCOMPARE(distanceM(a, a), 0.0);
        QCOMPARE(distanceM(a, b), distanceM(b, a));
    }

    void antimeridianStepIsShort()
    {
        QVERIFY(qAbs(distanceM({ 0.0, 179.999 }, { 0.0, -179.999 }) - 0.002 * 111195.0802) < 0.01);
    }

    void bearings()
    {
        QVERIFY(qAbs(initialBearingDeg({ 0, 0 }, { 1, 0 }) - 0.0) < 1e-9);
        QVERIFY(qAbs(initialBearingDeg({ 0, 0 }, { 0, 1 }) - 90.0) < 1e-9);
        QVERIFY(qAbs(initialBearingDeg({ 0, 0 }, { -1, 0 }) - 180.0) < 1e-9);
        QVERIFY(qAbs(initialBearingDeg({ 0, 0 }, { 0, -1 }) - 270.0) < 1e-9);
        // Leaving a northern-hemisphere point due "east" on a great circle heads slightly north of east.
        QVERIFY(initialBearingDeg({ 45, 0 }, { 45, 10 }) < 90.0);
    }

    void destinationPointRoundTrip()
    {
        const LatLon start { 32.0, 120.86 };
        for (double bearing : { 0.0, 45.0, 133.0, 270.0 }) {
            const LatLon end = destinationPoint(start, bearing, 2000.0);
            QVERIFY(qAbs(distanceM(start, end) - 2000.0) < 1e-6);
            QVERIFY(qAbs(initialBearingDeg(start, end) - bearing) < 1e-6);
        }
    }
};

QTEST_APPLESS_MAIN(TestGreatCircle)
#include "tst_greatcircle.moc"
