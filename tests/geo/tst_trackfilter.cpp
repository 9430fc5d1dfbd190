// The §5 jump filter: compared with the last kept fix, bursts dropped, equal timestamps, mileage.
#include "maps/geo/greatcircle.h"
#include "maps/geo/trackfilter.h"

#include <QtTest>

#include <cstdint>

using namespace geo;
using Indices = std::vector<std::size_t>;

namespace {

struct TestFix
{
    std::int64_t timeMs;
    double lat;
    double lon;
};

// A fix `metres` north of the origin at `seconds`.
TestFix northOf(double seconds, double metres)
{
    const LatLon p = destinationPoint({ 32.0, 120.86 }, 0.0, metres);
    return { static_cast<std::int64_t>(seconds * 1000.0), p.lat, p.lon };
}

} // namespace

class TestTrackFilter : public QObject
{
    Q_OBJECT

private slots:
    void speedLimitIsInclusive()
    {
        // 200 km/h for 36 s is exactly 2000 m: kept. A metre more is above the limit: dropped.
        QVERIFY(!isJump(0, { 32.0, 120.86 }, 36000, destinationPoint({ 32.0, 120.86 }, 0.0, 2000.0 - 1e-6)));
        QVERIFY(isJump(0, { 32.0, 120.86 }, 36000, destinationPoint({ 32.0, 120.86 }, 0.0, 2001.0)));
    }

    void singleSpikeDropped()
    {
        // 10 s steps of 100 m (36 km/h) with one fix 5 km away.
        const std::vector<TestFix> fixes { northOf(0, 0), northOf(10, 100), northOf(20, 5000),
            northOf(30, 300), northOf(40, 400) };
        QCOMPARE(keptFixIndices(fixes), (Indices { 0, 1, 3, 4 }));
        QVERIFY(qAbs(filteredTrackLengthM(fixes) - 400.0) < 1e-6);
    }

    void burstComparedWithLastKept()
    {
        // Three consecutive bad fixes close to each other: judged against the last GOOD fix, all go.
        // (Comparing with the previous fix instead would keep the 2nd and 3rd.)
        const std::vector<TestFix> fixes { northOf(0, 0), northOf(10, 100), northOf(20, 5000),
            northOf(30, 5050), northOf(40, 5100), northOf(50, 500) };
        QCOMPARE(keptFixIndices(fixes), (Indices { 0, 1, 5 }));
        QVERIFY(qAbs(filteredTrackLengthM(fixes) - 500.0) < 1e-6);
    }

    void slowDriftAfterLongGapIsKept()
    {
        // 5 km after 10 minutes is 30 km/h: a gap, not a jump.
        const std::vector<TestFix> fixes { northOf(0, 0), northOf(600, 5000) };
        QCOMPARE(keptFixIndices(fixes), (Indices { 0, 1 }));
    }

    void equalTimestamps()
    {
        // Same time, 2 m apart: a duplicate report, kept. Same time, 50 m apart: cannot both be right.
        const std::vector<TestFix> fixes { northOf(0, 0), northOf(0, 2), northOf(10, 100), northOf(10, 150) };
        QCOMPARE(keptFixIndices(fixes), (Indices { 0, 1, 2 }));
    }

    void stepsAreMeasuredFromTheLastKeptFix()
    {
        const std::vector<TestFix> fixes { northOf(0, 0), northOf(10, 100), northOf(20, 5000),
            northOf(30, 300) };
        std::vector<double> steps;
        QCOMPARE(keptFixIndices(fixes, {}, &steps), (Indices { 0, 1, 3 }));
        QCOMPARE(steps.size(), std::size_t(3));
        QCOMPARE(steps[0], 0.0);
        QVERIFY(qAbs(steps[1] - 100.0) < 1e-6);
        QVERIFY(qAbs(steps[2] - 200.0) < 1e-6); // from the fix at 100 m, not from the dropped one
    }

    void filterJumpsReturnsFixes()
    {
        const std::vector<TestFix> fixes { northOf(0, 0), northOf(1, 9000), northOf(2, 10) };
        const std::vector<TestFix> kept = filterJumps(fixes);
        QCOMPARE(kept.size(), std::size_t(2));
        QCOMPARE(kept[1].timeMs, std::int64_t(2000));
        QVERIFY(qAbs(trackLengthM(kept) - 10.0) < 1e-6);
        QCOMPARE(trackLengthM(std::vector<TestFix> {}), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestTrackFilter)
#include "tst_trackfilter.moc"
