// §5 `card_usage`: the bound vehicle never within 500 m of the station from 10 min before to 10 min after.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");
const QString kRule = QStringLiteral("card_usage");
const qint64 kRefuel = bj(2026, 10, 5, 15);

// Station S1 at the base; card C1 bound to the vehicle; one refuel at 15:00.
Scenario withRefuel()
{
    Scenario s;
    s.vehicle(kPlate);
    s.card(QStringLiteral("C1"), kPlate);
    s.station(QStringLiteral("S1"), kBase);
    s.refuel(QStringLiteral("C1"), kRefuel, 45.0);
    return s;
}

} // namespace

class TestCardUsageRule : public QObject
{
    Q_OBJECT

private slots:
    void atTheStationIsFine()
    {
        Scenario s = withRefuel();
        s.fix(kPlate, kRefuel - kMinute, at(30));
        s.fix(kPlate, kRefuel + kMinute, at(40));
        QVERIFY(s.run(kRule).empty());
    }

    void elsewhereFires()
    {
        Scenario s = withRefuel();
        s.fix(kPlate, kRefuel - kMinute, at(0, 3000));
        s.fix(kPlate, kRefuel + kMinute, at(0, 3100));
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].cardNo, QStringLiteral("C1"));
        QCOMPARE(found[0].plate, kPlate);
        QCOMPARE(found[0].startMs, kRefuel);
        QVERIFY(qAbs(found[0].evidence.value(QStringLiteral("min_distance_m")).toDouble() - 3000.0) < 1.0);
        QCOMPARE(found[0].evidence.value(QStringLiteral("station_code")).toString(), QStringLiteral("S1"));
    }

    void radiusIsInclusive()
    {
        Scenario at500 = withRefuel();
        at500.fix(kPlate, kRefuel, at(500));
        QVERIFY(at500.run(kRule).empty());
        Scenario at501 = withRefuel();
        at501.fix(kPlate, kRefuel, at(501));
        QCOMPARE(at501.run(kRule).size(), std::size_t(1));
    }

    void windowIsTenMinutesEachSideInclusive()
    {
        Scenario edge = withRefuel();
        edge.fix(kPlate, kRefuel + 10 * kMinute, at(100));
        QVERIFY(edge.run(kRule).empty());
        Scenario early = withRefuel();
        early.fix(kPlate, kRefuel - 10 * kMinute - 1000, at(100)); // 10 min 1 s before: outside
        const auto found = early.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].evidence.value(QStringLiteral("no_track")).toBool(), true);
    }

    void passingBetweenFixesCounts()
    {
        // Fixes 2 km south and 2 km north on a road 300 m east of the station: both fixes are ~2 km away.
        Scenario s = withRefuel();
        s.fix(kPlate, kRefuel - kMinute, at(-2000, 300));
        s.fix(kPlate, kRefuel + kMinute, at(2000, 300));
        QVERIFY(s.run(kRule).empty());
    }

    void jumpToStationIsIgnored()
    {
        // The car is 5 km away; one bad fix on the station 10 s later implies 1800 km/h.
        Scenario s = withRefuel();
        s.fix(kPlate, kRefuel - 10 * 1000, at(5000));
        s.fix(kPlate, kRefuel, at(0));
        s.fix(kPlate, kRefuel + 10 * 1000, at(5010));
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
    }

    void onlyRefuelsInTheWindow()
    {
        Scenario s = withRefuel();
        s.window.toMs = kRefuel; // exclusive
        QVERIFY(s.run(kRule).empty());
    }
};

QTEST_APPLESS_MAIN(TestCardUsageRule)
#include "tst_cardusagerule.moc"
