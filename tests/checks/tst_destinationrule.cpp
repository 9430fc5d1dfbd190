// §5 `destination`: a finished task's track never within 2 km of its destination, as a polyline.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");
const QString kRule = QStringLiteral("destination");

// Task T1 on 5 Oct 09:00–11:00 to a destination `eastM` east of the base.
Scenario withTask(double eastM)
{
    Scenario s;
    s.vehicle(kPlate);
    s.task(QStringLiteral("T1"), kPlate, QStringLiteral("D1"), bj(2026, 10, 5, 9), bj(2026, 10, 5, 11),
        at(0, eastM));
    return s;
}

} // namespace

class TestDestinationRule : public QObject
{
    Q_OBJECT

private slots:
    void reachedDestinationIsFine()
    {
        Scenario s = withTask(3000);
        s.drive(kPlate, bj(2026, 10, 5, 9, 10), at(0), 90.0, 500, 60, 6); // ends at the destination
        QVERIFY(s.run(kRule).empty());
    }

    void farTrackFires()
    {
        Scenario s = withTask(10000);
        s.drive(kPlate, bj(2026, 10, 5, 9, 10), at(0), 0.0, 500, 60, 6);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].taskCode, QStringLiteral("T1"));
        QCOMPARE(found[0].driverCode, QStringLiteral("D1"));
        QVERIFY(found[0].evidence.value(QStringLiteral("min_distance_m")).toDouble() > 9000);
        QCOMPARE(found[0].evidence.value(QStringLiteral("no_track")).toBool(), false);
    }

    void thresholdIsInclusive()
    {
        // A track ending exactly 2 km from the destination came "within 2 km"; 2.001 km did not.
        Scenario at2000 = withTask(2000);
        at2000.fix(kPlate, bj(2026, 10, 5, 10), at(0));
        QVERIFY(at2000.run(kRule).empty());
        Scenario at2001 = withTask(2001);
        at2001.fix(kPlate, bj(2026, 10, 5, 10), at(0));
        QCOMPARE(at2001.run(kRule).size(), std::size_t(1));
    }

    void distanceToPolylineNotOnlyFixes()
    {
        // Two fixes 4 km south and north of a point 1.5 km west of the destination: both fixes are ~4.3 km
        // away, the line between them passes at 1.5 km.
        Scenario s = withTask(1500);
        s.fix(kPlate, bj(2026, 10, 5, 9, 30), at(-4000));
        s.fix(kPlate, bj(2026, 10, 5, 9, 40), at(4000));
        QVERIFY(s.run(kRule).empty());
    }

    void noTrackFires()
    {
        Scenario s = withTask(1000);
        s.fix(kPlate, bj(2026, 10, 5, 8, 59), at(0, 1000)); // before the task: not its track
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].evidence.value(QStringLiteral("no_track")).toBool(), true);
        QCOMPARE(found[0].evidence.value(QStringLiteral("fix_count")).toInt(), 0);
    }

    void unfinishedTaskIsNotJudged()
    {
        Scenario s = withTask(10000);
        s.window.nowMs = bj(2026, 10, 5, 11); // ends exactly now: not before now, so not finished
        QVERIFY(s.run(kRule).empty());
        s.window.nowMs = bj(2026, 10, 5, 11) + 1;
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
    }

    void onlyTasksStartingInTheWindow()
    {
        Scenario s = withTask(10000);
        s.window.fromMs = bj(2026, 10, 5, 9) + 1;
        QVERIFY(s.run(kRule).empty());
        s.window.fromMs = bj(2026, 10, 5, 9);
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
    }

    void jumpNearDestinationDoesNotCount()
    {
        // The car stays at the base; one bad fix lands on the destination 10 km away 10 s later.
        Scenario s = withTask(10000);
        s.fix(kPlate, bj(2026, 10, 5, 9, 30, 0), at(0));
        s.fix(kPlate, bj(2026, 10, 5, 9, 30, 10), at(0, 10000));
        s.fix(kPlate, bj(2026, 10, 5, 9, 30, 20), at(0, 10));
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestDestinationRule)
#include "tst_destinationrule.moc"
