// Point-in-polygon: holes, multipolygons, concave rings, boundaries, and the prepared index agreeing.
#include "maps/geo/polygon.h"
#include "maps/geo/polygonindex.h"

#include <QtTest>

using namespace geo;

namespace {

Ring square(double lat0, double lon0, double size)
{
    return { { lat0, lon0 }, { lat0, lon0 + size }, { lat0 + size, lon0 + size }, { lat0 + size, lon0 } };
}

// A "U" open to the north: the notch (lat 1..3, lon 1..2) is outside.
Ring concaveU()
{
    return { { 0, 0 }, { 0, 3 }, { 3, 3 }, { 3, 2 }, { 1, 2 }, { 1, 1 }, { 3, 1 }, { 3, 0 } };
}

} // namespace

class TestPolygon : public QObject
{
    Q_OBJECT

private slots:
    // Issue 9 item 16: a bow-tie ring was accepted as a fence.
    void selfIntersectionFindsBowTiesAndFigureEights()
    {
        // Simple rings, open or closed, convex or not, with a repeated vertex: none.
        QVERIFY(!selfIntersection(square(0, 0, 1)));
        Ring closed = square(0, 0, 1);
        closed.push_back(closed.front());
        QVERIFY(!selfIntersection(closed));
        QVERIFY(!selfIntersection(concaveU()));
        QVERIFY(!selfIntersection({ { 0, 0 }, { 0, 1 }, { 0, 1 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }));
        // The bow-tie: edges 1 (0,0 → 1,1) and 3 (0,1 → 1,0) cross at the middle.
        const std::optional<RingCrossing> bowTie
            = selfIntersection({ { 0, 0 }, { 1, 1 }, { 1, 0 }, { 0, 1 }, { 0, 0 } });
        QVERIFY(bowTie);
        QCOMPARE(bowTie->edgeA, 0);
        QCOMPARE(bowTie->edgeB, 2);
        QCOMPARE(bowTie->at.lat, 0.5);
        QCOMPARE(bowTie->at.lon, 0.5);
        // A figure eight touching itself at one vertex, and a spike folding back along its own edge.
        QVERIFY(selfIntersection(
            { { 0, 0 }, { 0, 1 }, { 1, 1 }, { 1, 2 }, { 2, 2 }, { 2, 1 }, { 1, 1 }, { 1, 0 } }));
        QVERIFY(selfIntersection({ { 0, 0 }, { 0, 2 }, { 0, 1 }, { 1, 1 } }));
        // A thousand-vertex circle is simple; the same with two vertices swapped is not.
        Ring circle;
        for (int i = 0; i < 1000; ++i)
            circle.push_back(
                { 32 + 0.1 * std::sin(i * 2 * M_PI / 1000), 120 + 0.1 * std::cos(i * 2 * M_PI / 1000) });
        QVERIFY(!selfIntersection(circle));
        std::swap(circle[100], circle[400]);
        QVERIFY(selfIntersection(circle));
    }

    void simpleSquareOpenAndClosed()
    {
        Ring open = square(0, 0, 1);
        Ring closed = open;
        closed.push_back(closed.front());
        for (const Ring &ring : { open, closed }) {
            QVERIFY(ringContains(ring, { 0.5, 0.5 }));
            QVERIFY(!ringContains(ring, { 1.5, 0.5 }));
            QVERIFY(!ringContains(ring, { 0.5, -0.1 }));
        }
    }

    void boundaryCountsAsInside()
    {
        const Polygon p { square(0, 0, 1), {} };
        QVERIFY(contains(p, { 0.0, 0.5 })); // edge
        QVERIFY(contains(p, { 1.0, 1.0 })); // vertex
        QVERIFY(!contains(p, { 1.0000001, 1.0 }));
    }

    void concave()
    {
        const Polygon u { concaveU(), {} };
        QVERIFY(contains(u, { 2.0, 0.5 })); // left arm
        QVERIFY(contains(u, { 2.0, 2.5 })); // right arm
        QVERIFY(contains(u, { 0.5, 1.5 })); // base
        QVERIFY(!contains(u, { 2.0, 1.5 })); // notch
        // A ray from the notch crosses the right arm twice: the parity must still say outside.
        QVERIFY(!contains(u, { 1.0000001, 1.5 }));
    }

    void holes()
    {
        const Polygon p { square(0, 0, 10), { square(2, 2, 2), square(6, 6, 2) } };
        QVERIFY(contains(p, { 1, 1 }));
        QVERIFY(!contains(p, { 3, 3 }));
        QVERIFY(!contains(p, { 7, 7 }));
        QVERIFY(contains(p, { 5, 5 }));
        QVERIFY(contains(p, { 2, 3 })); // on a hole's edge: the fence's boundary
    }

    void multiPolygonAndIslandInHole()
    {
        // Two parts; the second is an island inside the first part's hole.
        const MultiPolygon m { { square(0, 0, 10), { square(3, 3, 4) } }, { square(4, 4, 2), {} } };
        QVERIFY(contains(m, { 1, 1 }));
        QVERIFY(!contains(m, { 3.5, 3.5 })); // in the hole
        QVERIFY(contains(m, { 5, 5 })); // on the island
        QVERIFY(!contains(m, { 11, 11 }));
        QVERIFY(!contains(MultiPolygon {}, { 0, 0 }));
    }

    void boundingBoxes()
    {
        const MultiPolygon m { { square(0, 0, 1), {} }, { square(5, -3, 1), {} } };
        const BoundingBox box = boundingBox(m);
        QCOMPARE(box.minLat, 0.0);
        QCOMPARE(box.maxLat, 6.0);
        QCOMPARE(box.minLon, -3.0);
        QCOMPARE(box.maxLon, 1.0);
        QVERIFY(box.contains({ 3, 0 })); // inside the box, outside both parts: the prefilter only
        QVERIFY(!contains(m, { 3, 0 }));
        QVERIFY(BoundingBox {}.isEmpty());
    }

    void indexAgreesWithPlainTest()
    {
        const MultiPolygon m { { concaveU(), {} }, { square(0, 5, 4), { square(1, 6, 2) } },
            { square(10, 10, 1), {} } };
        const PolygonIndex index(m);
        int inside = 0;
        for (int i = -10; i <= 130; ++i) {
            for (int j = -10; j <= 130; ++j) {
                const LatLon p { i / 10.0, j / 10.0 };
                QCOMPARE(index.contains(p), contains(m, p));
                inside += index.contains(p) ? 1 : 0;
            }
        }
        QVERIFY(inside > 100);
        QVERIFY(!PolygonIndex().contains({ 0, 0 }));
    }
};

QTEST_APPLESS_MAIN(TestPolygon)
#include "tst_polygon.moc"
