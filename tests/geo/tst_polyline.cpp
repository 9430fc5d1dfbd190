// Point-to-segment and point-to-polyline distances: the foot of the perpendicular, not only the vertices.
#include "maps/geo/greatcircle.h"
#include "maps/geo/polyline.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace geo;

class TestPolyline : public QObject
{
    Q_OBJECT

private slots:
    void perpendicularFootBetweenVertices()
    {
        // A north-south segment 10 km long; the point lies 2 km east of its middle. The vertices are ~5.4 km
        // away but the line passes at 2 km.
        const LatLon mid { 32.0, 120.86 };
        const LatLon a = destinationPoint(mid, 0.0, 5000.0);
        const LatLon b = destinationPoint(mid, 180.0, 5000.0);
        const LatLon p = destinationPoint(mid, 90.0, 2000.0);
        QVERIFY(distanceM(p, a) > 5000.0);
        QVERIFY(qAbs(distanceToSegmentM(p, a, b) - 2000.0) < 0.5);
    }

    void accurateToCentimetresAtCityScale()
    {
        // Oblique segment: compare with a brute-force search of the minimum along the segment.
        const LatLon a { 31.95, 120.80 };
        const LatLon b { 32.05, 120.95 };
        const LatLon p { 32.02, 120.83 };
        double brute = 1e18;
        for (int i = 0; i <= 200000; ++i) {
            const double t = i / 200000.0;
            brute
                = std::min(brute, distanceM(p, { a.lat + (b.lat - a.lat) * t, a.lon + (b.lon - a.lon) * t }));
        }
        QVERIFY(qAbs(distanceToSegmentM(p, a, b) - brute) < 0.05);
    }

    void beyondTheEndsIsDistanceToTheEnd()
    {
        const LatLon a { 32.0, 120.86 };
        const LatLon b { 32.01, 120.86 };
        const LatLon p { 31.99, 120.86 };
        QCOMPARE(distanceToSegmentM(p, a, b), distanceM(p, a));
    }

    void polylineNearestSegment()
    {
        const std::vector<LatLon> line { { 32.0, 120.80 }, { 32.0, 120.90 }, { 32.1, 120.90 } };
        const LatLon p { 32.05, 120.91 };
        const PolylineDistance d = nearestOnPolyline(p, line);
        QCOMPARE(d.segment, std::size_t(1));
        QVERIFY(qAbs(d.distanceM - distanceM(p, { 32.05, 120.90 })) < 0.05);
    }

    void degeneratePolylines()
    {
        QVERIFY(std::isinf(distanceToPolylineM({ 0, 0 }, {})));
        QCOMPARE(distanceToPolylineM({ 0, 0 }, { { 0, 1 } }), distanceM({ 0, 0 }, { 0, 1 }));
    }

    // comesWithin() answers "nearest distance <= limit" as the full search would, to the last bit: a limit
    // exactly at the nearest distance is within, one ulp below it is not.
    void comesWithinAgreesWithTheFullSearch()
    {
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> step(-0.004, 0.004);
        std::uniform_real_distribution<double> spread(-0.05, 0.05);
        int within = 0, beyond = 0;
        for (int trial = 0; trial < 400; ++trial) {
            std::vector<LatLon> line;
            LatLon at { 32.0 + spread(rng), 120.86 + spread(rng) };
            const int count = trial % 50 == 0 ? 1 : 2 + int(rng() % 300);
            for (int i = 0; i < count; ++i) {
                line.push_back(at);
                at = { at.lat + step(rng), at.lon + step(rng) };
            }
            const LatLon p { 32.0 + spread(rng), 120.86 + spread(rng) };
            const double nearest = nearestOnPolyline(p, line).distanceM;
            QVERIFY(comesWithin(p, line.data(), line.size(), nearest));
            QVERIFY(!comesWithin(p, line.data(), line.size(), std::nextafter(nearest, 0.0)));
            const double limit = std::uniform_real_distribution<double>(0.0, 8000.0)(rng);
            const bool expected = nearest <= limit;
            QCOMPARE(comesWithin(p, line.data(), line.size(), limit), expected);
            (expected ? within : beyond) += 1;
        }
        QVERIFY(within > 50 && beyond > 50); // both answers were exercised
        QVERIFY(!comesWithin({ 32.0, 120.0 }, nullptr, 0, 1e9)); // no track is never near
    }

    void lengthIsSumOfSteps()
    {
        const std::vector<LatLon> line { { 32.0, 120.80 }, { 32.0, 120.90 }, { 32.1, 120.90 } };
        QCOMPARE(polylineLengthM(line), distanceM(line[0], line[1]) + distanceM(line[1], line[2]));
    }
};

QTEST_APPLESS_MAIN(TestPolyline)
#include "tst_polyline.moc"
