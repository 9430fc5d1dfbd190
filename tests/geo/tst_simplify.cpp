// Douglas–Peucker: kept indices, tolerance honoured, ends kept.
#include "maps/geo/greatcircle.h"
#include "maps/geo/polyline.h"
#include "maps/geo/simplify.h"

#include <QtTest>

#include <cmath>

using namespace geo;
using Indices = std::vector<std::size_t>;

class TestSimplify : public QObject
{
    Q_OBJECT

private slots:
    void trivialInputs()
    {
        QCOMPARE(simplifyIndices({}, 1.0), Indices {});
        QCOMPARE(simplifyIndices({ { 0, 0 } }, 1.0), Indices { 0 });
        QCOMPARE(simplifyIndices({ { 0, 0 }, { 5, 5 } }, 1.0), (Indices { 0, 1 }));
    }

    void collinearCollapses()
    {
        const std::vector<PointXY> line { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 3, 0 }, { 4, 0 } };
        QCOMPARE(simplifyIndices(line, 0.1), (Indices { 0, 4 }));
    }

    void keepsCornersAboveTolerance()
    {
        // An "L" with a small wiggle (0.4) on its first leg.
        const std::vector<PointXY> line { { 0, 0 }, { 5, 0.4 }, { 10, 0 }, { 10, 10 } };
        QCOMPARE(simplifyIndices(line, 0.5), (Indices { 0, 2, 3 }));
        QCOMPARE(simplifyIndices(line, 0.3), (Indices { 0, 1, 2, 3 }));
    }

    void droppedPointsWithinToleranceMetres()
    {
        // A wavy 5 km track; every dropped fix must lie within the tolerance of the simplified line.
        std::vector<LatLon> track;
        for (int i = 0; i <= 500; ++i)
            track.push_back({ 32.0 + i * 0.0001, 120.86 + 0.0002 * std::sin(i / 10.0) });
        const double tolerance = 5.0;
        const Indices kept = simplifyIndicesM(track, tolerance);
        QVERIFY(kept.size() < track.size() / 4);
        QCOMPARE(kept.front(), std::size_t(0));
        QCOMPARE(kept.back(), track.size() - 1);
        std::vector<LatLon> simplified;
        for (std::size_t i : kept)
            simplified.push_back(track[i]);
        for (const LatLon &p : track)
            QVERIFY(distanceToPolylineM(p, simplified) <= tolerance + 0.05);
    }
};

QTEST_APPLESS_MAIN(TestSimplify)
#include "tst_simplify.moc"
