// §5 `location`: outside every applicable fence, not covered by a task; runs merged and split.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");

// A fence 2 km around the base, applying to every vehicle; fixes at 5 km north are outside it.
Scenario withCityFence()
{
    Scenario s;
    s.vehicle(kPlate);
    s.fence(QStringLiteral("city"), squareAroundBase(2000));
    return s;
}

} // namespace

class TestLocationRule : public QObject
{
    Q_OBJECT

private slots:
    void insideFenceIsFine()
    {
        Scenario s = withCityFence();
        s.fix(kPlate, bj(2026, 10, 5, 12), at(500));
        QVERIFY(s.run(QStringLiteral("location")).empty());
    }

    void outsideAndUncoveredFires()
    {
        Scenario s = withCityFence();
        s.fix(kPlate, bj(2026, 10, 5, 12), at(5000));
        const auto found = s.run(QStringLiteral("location"));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].rule, QStringLiteral("location"));
        QCOMPARE(found[0].plate, kPlate);
        QCOMPARE(found[0].startMs, bj(2026, 10, 5, 12));
        QCOMPARE(found[0].evidence.value(QStringLiteral("fix_count")).toInt(), 1);
    }

    void coveredByTaskIsFine()
    {
        // Covered at the task's own start and end too: the booked window includes both ends.
        Scenario s = withCityFence();
        s.task(QStringLiteral("T1"), kPlate, QStringLiteral("D1"), bj(2026, 10, 5, 9), bj(2026, 10, 5, 12));
        s.fix(kPlate, bj(2026, 10, 5, 9), at(5000));
        s.fix(kPlate, bj(2026, 10, 5, 10), at(5000));
        s.fix(kPlate, bj(2026, 10, 5, 12), at(5000));
        QVERIFY(s.run(QStringLiteral("location")).empty());
        s.fix(kPlate, bj(2026, 10, 5, 12) + 1000, at(5000));
        QCOMPARE(s.run(QStringLiteral("location")).size(), std::size_t(1));
    }

    void consecutiveFixesAreOneAnomaly()
    {
        Scenario s = withCityFence();
        for (int i = 0; i < 5; ++i)
            s.fix(kPlate, bj(2026, 10, 5, 20, i), at(5000 + 10 * i));
        const auto found = s.run(QStringLiteral("location"));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].startMs, bj(2026, 10, 5, 20, 0));
        QCOMPARE(found[0].endMs, bj(2026, 10, 5, 20, 4));
        QCOMPARE(found[0].evidence.value(QStringLiteral("fix_count")).toInt(), 5);
    }

    void gapOfMoreThan30MinutesSplits()
    {
        Scenario s = withCityFence();
        s.fix(kPlate, bj(2026, 10, 5, 20, 0), at(5000));
        s.fix(kPlate, bj(2026, 10, 5, 20, 30), at(5000)); // exactly 30 min: same anomaly
        s.fix(kPlate, bj(2026, 10, 5, 21, 0, 1), at(5000)); // 30 min 1 s: a new one
        const auto found = s.run(QStringLiteral("location"));
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].evidence.value(QStringLiteral("fix_count")).toInt(), 2);
        QCOMPARE(found[1].startMs, bj(2026, 10, 5, 21, 0, 1));
    }

    void coveredFixSplits()
    {
        Scenario s = withCityFence();
        s.task(QStringLiteral("T1"), kPlate, QStringLiteral("D1"), bj(2026, 10, 5, 20, 5),
            bj(2026, 10, 5, 20, 6));
        s.fix(kPlate, bj(2026, 10, 5, 20, 0), at(5000));
        s.fix(kPlate, bj(2026, 10, 5, 20, 5), at(5000)); // covered
        s.fix(kPlate, bj(2026, 10, 5, 20, 10), at(5000));
        const auto found = s.run(QStringLiteral("location"));
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].endMs, bj(2026, 10, 5, 20, 0));
        QCOMPARE(found[1].startMs, bj(2026, 10, 5, 20, 10));
    }

    void insideFixSplits()
    {
        Scenario s = withCityFence();
        s.fix(kPlate, bj(2026, 10, 5, 20, 0), at(2500));
        s.fix(kPlate, bj(2026, 10, 5, 20, 1), at(1500)); // inside
        s.fix(kPlate, bj(2026, 10, 5, 20, 2), at(2500));
        QCOMPARE(s.run(QStringLiteral("location")).size(), std::size_t(2));
    }

    void fenceLimitedToPlates()
    {
        // The only fence applies to A: B at the same place is outside every fence that applies to B.
        Scenario s;
        const QString a = QStringLiteral("苏F·A0001");
        const QString b = QStringLiteral("苏F·B0002");
        s.vehicle(a);
        s.vehicle(b);
        s.fence(QStringLiteral("A only"), squareAroundBase(2000), { a });
        s.fix(a, bj(2026, 10, 5, 20), at(100));
        s.fix(b, bj(2026, 10, 5, 20), at(100));
        const auto found = s.run(QStringLiteral("location"));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].plate, b);
    }

    void jumpFixIsNotALocation()
    {
        // A spike 5 km out between fixes 10 s apart inside the fence implies 1800 km/h: dropped.
        Scenario s = withCityFence();
        s.fix(kPlate, bj(2026, 10, 5, 20, 0, 0), at(100));
        s.fix(kPlate, bj(2026, 10, 5, 20, 0, 10), at(5000));
        s.fix(kPlate, bj(2026, 10, 5, 20, 0, 20), at(120));
        QVERIFY(s.run(QStringLiteral("location")).empty());
    }

    void onlyFixesInTheWindow()
    {
        Scenario s = withCityFence();
        s.fix(kPlate, bj(2026, 9, 30, 23, 59), at(5000));
        s.fix(kPlate, bj(2026, 11, 1), at(5000)); // the window's end is exclusive
        QVERIFY(s.run(QStringLiteral("location")).empty());
        s.fix(kPlate, bj(2026, 10, 1), at(5000));
        QCOMPARE(s.run(QStringLiteral("location")).size(), std::size_t(1));
    }

    void holeInFenceIsOutside()
    {
        Scenario s;
        s.vehicle(kPlate);
        geo::MultiPolygon area = squareAroundBase(3000);
        const geo::MultiPolygon hole = squareAroundBase(1000);
        area[0].holes.push_back(hole[0].outer);
        s.fence(QStringLiteral("ring road"), area);
        s.fix(kPlate, bj(2026, 10, 5, 20, 0), at(0));
        QCOMPARE(s.run(QStringLiteral("location")).size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestLocationRule)
#include "tst_locationrule.moc"
