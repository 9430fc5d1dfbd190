// §5 `mileage`: jump-filtered track km inside [start, end] >= 1.5 x nav_km.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");
const QString kRule = QStringLiteral("mileage");

Scenario withTask(double navKm)
{
    Scenario s;
    s.vehicle(kPlate);
    s.task(QStringLiteral("T1"), kPlate, QStringLiteral("D1"), bj(2026, 10, 5, 9), bj(2026, 10, 5, 12), kBase,
        navKm);
    return s;
}

} // namespace

class TestMileageRule : public QObject
{
    Q_OBJECT

private slots:
    void exactlyAtThresholdFires()
    {
        // 30 steps of 500 m = 15 km against nav 10 km: ratio 1.5.
        Scenario s = withTask(10.0);
        s.drive(kPlate, bj(2026, 10, 5, 9), kBase, 0.0, 500, 30, 30);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        const QJsonObject e = found[0].evidence;
        QVERIFY(qAbs(e.value(QStringLiteral("track_km")).toDouble() - 15.0) < 1e-6);
        QCOMPARE(e.value(QStringLiteral("nav_km")).toDouble(), 10.0);
        QVERIFY(qAbs(e.value(QStringLiteral("ratio")).toDouble() - 1.5) < 1e-6);
        QCOMPARE(e.value(QStringLiteral("threshold")).toDouble(), 1.5);
        QCOMPARE(found[0].taskCode, QStringLiteral("T1"));
    }

    void belowThresholdIsFine()
    {
        Scenario s = withTask(10.0);
        s.drive(kPlate, bj(2026, 10, 5, 9), kBase, 0.0, 500, 30, 29); // 14.5 km
        QVERIFY(s.run(kRule).empty());
    }

    void zeroNavKmIsNotJudged()
    {
        Scenario s = withTask(0.0);
        s.drive(kPlate, bj(2026, 10, 5, 9), kBase, 0.0, 500, 30, 30);
        QVERIFY(s.run(kRule).empty());
    }

    void jumpsDoNotAddMileage()
    {
        // 10 km honest driving plus one fix 5 km off (there and back would add ~10 km): filtered, ratio ~1.
        Scenario s = withTask(10.0);
        const geo::LatLon end = s.drive(kPlate, bj(2026, 10, 5, 9), kBase, 0.0, 500, 30, 20);
        Q_UNUSED(end);
        s.fix(kPlate, bj(2026, 10, 5, 9, 5, 15), at(2500, 5000));
        const auto found = s.run(kRule);
        QVERIFY(found.empty());
        // Without the filter this track would be ~20 km, i.e. 2.0 x nav: the fix is there, just dropped.
        Scenario raw = withTask(10.0);
        raw.thresholds.maxSpeedKmh = 1e9;
        raw.tracks = s.tracks;
        QCOMPARE(raw.run(kRule).size(), std::size_t(1));
    }

    void onlyTheTaskWindowCounts()
    {
        // 15 km in total, but the first 2.5 km are driven before the task starts.
        Scenario s = withTask(10.0);
        s.drive(kPlate, bj(2026, 10, 5, 9) - 5 * 30 * 1000, kBase, 0.0, 500, 30, 30);
        QVERIFY(s.run(kRule).empty());
    }
};

QTEST_APPLESS_MAIN(TestMileageRule)
#include "tst_mileagerule.moc"
