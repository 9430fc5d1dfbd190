#include "domain/tripsummary.h"

#include <QTest>

class TestTripSummary : public QObject
{
    Q_OBJECT

    static PositionFix fix(qint64 s, double lat, double lon)
    {
        PositionFix f;
        f.timeMs = 1'000'000'000'000 + s * 1000;
        f.lat = lat;
        f.lon = lon;
        return f;
    }

    // A square fence 0.01° a side around (32.005, 120.805).
    static TripSummary::Fence square(const char *name)
    {
        geo::Polygon p;
        p.outer = { { 32.00, 120.80 }, { 32.00, 120.81 }, { 32.01, 120.81 }, { 32.01, 120.80 } };
        return { QString::fromUtf8(name), { p } };
    }

private slots:
    void closestApproachIsMeasuredToTheLineNotOnlyToItsFixes()
    {
        // Due east along latitude 32 with fixes 0.01° apart; the destination lies 0.01° (≈1.11 km) north of
        // the middle of a segment, where no fix is.
        std::vector<PositionFix> fixes;
        for (int i = 0; i <= 4; ++i)
            fixes.push_back(fix(i * 60, 32.0, 120.80 + 0.01 * i));
        const TripSummary::Result r
            = TripSummary::compute(fixes, {}, QStringLiteral("苏F·A1234"), { 32.01, 120.815 });
        QVERIFY(r.hasClosest);
        QVERIFY2(qAbs(r.closestM - 1112.0) < 3.0, qPrintable(QString::number(r.closestM)));
        QVERIFY(qAbs(r.closestPoint.lon - 120.815) < 1e-6);
        // Halfway between the fixes at 60 s and 120 s.
        QCOMPARE(r.closestTimeMs, fix(90, 0, 0).timeMs);
        QCOMPARE(r.fixCount, 5);
        QVERIFY(qAbs(r.trackedKm - 4 * 0.9440) < 0.01); // 0.01° of longitude at 32° N ≈ 944 m
    }

    void aJumpDoesNotCountForTheClosestApproach()
    {
        std::vector<PositionFix> fixes { fix(0, 32.0, 120.80), fix(10, 33.0, 121.50) /* 120 km in 10 s */,
            fix(20, 32.0, 120.801) };
        const TripSummary::Result r
            = TripSummary::compute(fixes, {}, QStringLiteral("苏F·A1234"), { 33.0, 121.50 });
        QVERIFY(r.closestM > 50'000);
        QCOMPARE(r.fixCount, 3);
    }

    void stopsNeedThreeMinutesWithinAHundredMetres()
    {
        std::vector<PositionFix> track;
        // Driving (≈189 m every 10 s), 4 min scattered within ~22 m, driving, then 2 min at a red light.
        for (int i = 0; i < 6; ++i)
            track.push_back(fix(i * 10, 32.0, 120.800 + 0.002 * i));
        for (int i = 0; i <= 24; ++i)
            track.push_back(fix(60 + i * 10, 32.0 + (i % 2) * 0.0002, 120.812));
        for (int i = 1; i <= 5; ++i)
            track.push_back(fix(300 + i * 10, 32.0, 120.812 + 0.002 * i));
        for (int i = 1; i <= 12; ++i)
            track.push_back(fix(350 + i * 10, 32.0, 120.822));
        for (int i = 1; i <= 3; ++i)
            track.push_back(fix(470 + i * 10, 32.0, 120.822 + 0.002 * i));
        const std::vector<TripSummary::Stop> stops = TripSummary::stops(track);
        QCOMPARE(stops.size(), std::size_t(1));
        QCOMPARE(stops[0].startMs, fix(60, 0, 0).timeMs);
        QCOMPARE(stops[0].endMs, fix(300, 0, 0).timeMs);
        QVERIFY(stops[0].durationMs() >= TripSummary::kMinStopMs);
        QCOMPARE(stops[0].position.lon, 120.812);
    }

    void fencesAreEnteredAndLeftBetweenConsecutiveFixes()
    {
        const std::vector<TripSummary::Fence> fences { square("开发区"), square("Twin") };
        std::vector<PositionFix> track { fix(0, 31.995, 120.805), fix(10, 32.005, 120.805),
            fix(20, 32.006, 120.805), fix(30, 32.015, 120.805) };
        std::vector<TripSummary::Crossing> c
            = TripSummary::crossings(track, fences, QStringLiteral("苏F·A1234"));
        QCOMPARE(c.size(), std::size_t(4));
        QCOMPARE(c[0].fence, 0);
        QVERIFY(c[0].entered);
        QCOMPARE(c[0].timeMs, fix(10, 0, 0).timeMs);
        QCOMPARE(c[1].fence, 1);
        QVERIFY(!c[2].entered);
        QCOMPARE(c[2].timeMs, fix(30, 0, 0).timeMs);
        // Starting inside is not an entry.
        track.erase(track.begin());
        c = TripSummary::crossings(track, { fences[0] }, QStringLiteral("苏F·A1234"));
        QCOMPARE(c.size(), std::size_t(1));
        QVERIFY(!c[0].entered);
    }

    // properties.plates limits a fence to those vehicles (absent = all), as the rules read it: a fence for
    // other cars is not crossed by this one, and the indices still point into the fences given.
    void onlyFencesThatApplyToTheVehicleAreCrossed()
    {
        TripSummary::Fence enforcement = square("执法区");
        enforcement.plates = TripSummary::platesFromJson(QStringLiteral(R"(["苏F·B0001","苏F·B0002"])"));
        QCOMPARE(
            enforcement.plates, QStringList({ QStringLiteral("苏F·B0001"), QStringLiteral("苏F·B0002") }));
        const std::vector<TripSummary::Fence> fences { enforcement, square("All") };
        const std::vector<PositionFix> track { fix(0, 31.995, 120.805), fix(100, 32.005, 120.805),
            fix(200, 32.015, 120.805) }; // 40 km/h: the jump filter keeps them all

        const std::vector<TripSummary::Crossing> emergency
            = TripSummary::crossings(track, fences, QStringLiteral("苏F·A1234"));
        QCOMPARE(emergency.size(), std::size_t(2));
        QCOMPARE(emergency[0].fence, 1);
        QCOMPARE(emergency[1].fence, 1);
        const TripSummary::Result viaCompute
            = TripSummary::compute(track, fences, QStringLiteral("苏F·A1234"), { 32.0, 120.8 });
        QCOMPARE(viaCompute.crossings.size(), std::size_t(2));

        const std::vector<TripSummary::Crossing> enforcer
            = TripSummary::crossings(track, fences, QStringLiteral("苏F·B0002"));
        QCOMPARE(enforcer.size(), std::size_t(4));
        QCOMPARE(enforcer[0].fence, 0);

        QVERIFY(TripSummary::platesFromJson(QString()).isEmpty()); // absent: every vehicle
        QVERIFY(square("x").appliesTo(QStringLiteral("苏F·A1234")));
    }

    void fenceGeometryComesFromGeoJson()
    {
        const geo::MultiPolygon area = TripSummary::areaFromGeoJson(QStringLiteral(
            R"({"type":"Polygon","coordinates":[[[120.80,32.00],[120.81,32.00],[120.81,32.01],[120.80,32.00]]]})"));
        QCOMPARE(area.size(), std::size_t(1));
        QCOMPARE(area[0].outer[1].lon, 120.81);
        QCOMPARE(area[0].outer[1].lat, 32.00);
    }
};

QTEST_GUILESS_MAIN(TestTripSummary)
#include "tst_tripsummary.moc"
