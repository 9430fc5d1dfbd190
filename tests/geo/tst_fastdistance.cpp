// fastdistance.h evaluates the haversine of distanceM() without libm for short steps. These tests bound how
// far it may differ from distanceM() (docs/PERFORMANCE.md quotes the bound), and check that the jump filter
// and the polyline search built on it give exactly the answers of the plain distanceM() formulation.
#include "maps/geo/fastdistance.h"
#include "maps/geo/greatcircle.h"
#include "maps/geo/polyline.h"
#include "maps/geo/trackfilter.h"

#include <QtTest>

#include <cstdint>
#include <limits>

using namespace geo;

namespace {

class Lcg
{
public:
    explicit Lcg(std::uint64_t seed)
        : m_state(seed)
    { }
    double uniform()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(m_state >> 11) / 9007199254740992.0;
    }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }

private:
    std::uint64_t m_state;
};

struct TestFix
{
    std::int64_t timeMs;
    double lat;
    double lon;
};

// distanceM() itself rounds: it subtracts latitudes after turning them into radians (~1e-16 rad, 1e-9 m
// absolute), and near the antimeridian takes sin of an angle close to pi. haversineM() subtracts degrees
// first (exact for close values), so the two differ by those roundings: ~1e-9 m plus ~1e-15 relative.
bool agree(double fast, double exact)
{
    return std::abs(fast - exact) <= 1e-12 * exact + 1e-8;
}

// The jump filter exactly as before fastdistance.h: distanceM() per step.
std::vector<std::size_t> referenceKept(const std::vector<TestFix> &fixes, std::vector<double> *steps)
{
    std::vector<std::size_t> kept;
    steps->clear();
    for (std::size_t i = 0; i < fixes.size(); ++i) {
        double step = 0.0;
        if (!kept.empty()) {
            const TestFix &last = fixes[kept.back()];
            step = distanceM({ last.lat, last.lon }, { fixes[i].lat, fixes[i].lon });
            if (isJump(step, fixes[i].timeMs - last.timeMs))
                continue;
        }
        kept.push_back(i);
        steps->push_back(step);
    }
    return kept;
}

} // namespace

class TestFastDistance : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithHaversine_data()
    {
        QTest::addColumn<double>("baseLat");
        QTest::addColumn<double>("maxStepM");
        QTest::newRow("equator, city steps") << 0.0 << 2000.0;
        QTest::newRow("Nantong, city steps") << 32.0 << 2000.0;
        QTest::newRow("Nantong, 60 km steps") << 32.0 << 60000.0;
        QTest::newRow("Harbin, city steps") << 45.8 << 2000.0;
        QTest::newRow("70 N, city steps") << 70.0 << 2000.0;
        QTest::newRow("89 N, city steps") << 89.0 << 2000.0;
        QTest::newRow("continental, fallback") << 30.0 << 3.0e6;
    }

    void agreesWithHaversine()
    {
        QFETCH(double, baseLat);
        QFETCH(double, maxStepM);
        Lcg random(7);
        LatitudeCosine cosine;
        double worst = 0.0, worstRelative = 0.0;
        for (int i = 0; i < 200000; ++i) {
            const LatLon a { std::clamp(baseLat + random.range(-0.5, 0.5), -89.99, 89.99),
                random.range(-180, 180) };
            // Steps from millimetres to maxStepM, logarithmically spread.
            const double d = std::exp(random.range(std::log(1e-3), std::log(maxStepM)));
            LatLon b = destinationPoint(a, random.range(0, 360), d);
            b.lat = std::clamp(b.lat, -89.999, 89.999);
            const double exact = distanceM(a, b);
            const double fast = haversineM(a, cosine(a.lat), b, cosine(b.lat));
            QVERIFY2(agree(fast, exact),
                qPrintable(QStringLiteral("%1 m vs %2 m").arg(fast, 0, 'g', 17).arg(exact, 0, 'g', 17)));
            worst = std::max(worst, std::abs(fast - exact) - 1e-12 * exact);
            worstRelative = std::max(worstRelative, exact > 100 ? std::abs(fast - exact) / exact : 0.0);
        }
        qInfo("worst difference from distanceM: %.3g m + 1e-12 relative; %.3g relative for steps over 100 m",
            worst, worstRelative);
    }

    void latitudeCosineAgreesWithLibm()
    {
        Lcg random(11);
        LatitudeCosine cosine;
        double worst = 0.0;
        for (int i = 0; i < 100000; ++i) {
            // Mostly close together (a track), now and then a jump that moves the anchor.
            const double lat = i % 1000 == 0 ? random.range(-90, 90) : 32.0 + random.range(-2, 2);
            worst = std::max(worst, std::abs(cosine(lat) - std::cos(degToRad(lat))));
        }
        QVERIFY(worst < 1e-15);
    }

    // A latitude's cosine does not depend on what was asked before: a filter started at any fix measures
    // each step to the last bit as one started earlier (VehicleTrack shares one filtering on that ground).
    void latitudeCosineIgnoresHistory()
    {
        Lcg random(5);
        LatitudeCosine used;
        for (int i = 0; i < 100000; ++i) {
            const double lat = i % 500 == 0 ? random.range(-90, 90) : 32.0 + random.range(-1.5, 1.5);
            const double fromUsed = used(lat);
            LatitudeCosine fresh;
            QVERIFY2(fromUsed == fresh(lat), qPrintable(QString::number(lat, 'g', 17))); // QCOMPARE is fuzzy
        }
        // Back and forth over a grid line (0.01 rad): both anchors give the value a fresh object gives.
        const double line = 0.555 / fast::kRadPerDeg;
        for (double lat : { line - 1e-6, line + 1e-6, line - 1e-6, line + 2e-6 }) {
            const double fromUsed = used(lat);
            LatitudeCosine fresh;
            QVERIFY2(fromUsed == fresh(lat), qPrintable(QString::number(lat, 'g', 17))); // QCOMPARE is fuzzy
        }
    }

    void antimeridianAndSamePoint()
    {
        LatitudeCosine cosine;
        const LatLon a { 10.0, 179.9995 }, b { 10.0, -179.9995 };
        QVERIFY(agree(haversineM(a, cosine(a.lat), b, cosine(b.lat)), distanceM(a, b)));
        QCOMPARE(haversineM(a, cosine(a.lat), a, cosine(a.lat)), 0.0);
    }

    // The filter built on haversineM keeps and drops exactly the fixes the distanceM() filter does, even
    // for steps placed at the speed limit to the last bit, and its steps differ by rounding only.
    void jumpFilterUnchanged()
    {
        Lcg random(3);
        std::vector<TestFix> fixes;
        std::int64_t t = 0;
        LatLon p { 32.0, 120.86 };
        for (int i = 0; i < 100000; ++i) {
            const std::int64_t dt = i % 97 == 0 ? 0 : 10000;
            double d = random.range(0, 150);
            if (i % 50 == 0)
                d = 200.0 / 3.6 * dt / 1000.0; // exactly at 200 km/h by the formula's own arithmetic
            if (i % 333 == 0)
                d = random.range(600, 5000); // a jump
            if (dt == 0)
                d = i % 2 ? 4.999 : 5.001;
            t += dt;
            p = destinationPoint(p, random.range(0, 360), d);
            fixes.push_back({ t, p.lat, p.lon });
        }
        std::vector<double> steps, expectedSteps;
        const auto kept = keptFixIndices(fixes, {}, &steps);
        const auto expected = referenceKept(fixes, &expectedSteps);
        QCOMPARE(kept.size(), expected.size());
        QVERIFY(kept == expected);
        double sum = 0, expectedSum = 0;
        for (std::size_t k = 0; k < steps.size(); ++k) {
            QVERIFY(agree(steps[k], expectedSteps[k]));
            sum += steps[k];
            expectedSum += expectedSteps[k];
        }
        QVERIFY(std::abs(sum - expectedSum) < 1e-12 * expectedSum + 1e-8 * double(steps.size()));
    }

    // nearestOnPolyline (pruned, libm-free) against the plain search: distanceToSegmentM on every segment.
    void polylineSearchUnchanged()
    {
        Lcg random(5);
        for (int trial = 0; trial < 300; ++trial) {
            std::vector<LatLon> line;
            LatLon p { 32.0 + random.range(-0.1, 0.1), 120.86 + random.range(-0.1, 0.1) };
            const int n = 1 + int(random.range(0, 800));
            for (int i = 0; i < n; ++i) {
                p = destinationPoint(p, random.range(0, 360), random.range(0, 300));
                line.push_back(p);
            }
            const LatLon q { 32.0 + random.range(-0.15, 0.15), 120.86 + random.range(-0.15, 0.15) };
            double best = std::numeric_limits<double>::infinity();
            std::size_t bestSegment = 0;
            for (std::size_t i = 0; i + 1 < line.size(); ++i) {
                const double d = distanceToSegmentM(q, line[i], line[i + 1]);
                if (d < best) {
                    best = d;
                    bestSegment = i;
                }
            }
            if (line.size() == 1)
                best = distanceM(q, line[0]);
            const PolylineDistance found = nearestOnPolyline(q, line);
            QVERIFY(agree(found.distanceM, best));
            // The same segment, or one as near to rounding (two segments meeting at the nearest vertex).
            if (line.size() > 1 && found.segment != bestSegment) {
                const double other = distanceToSegmentM(q, line[found.segment], line[found.segment + 1]);
                QVERIFY(agree(other, best));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestFastDistance)
#include "tst_fastdistance.moc"
