// Fill-to-fill litres per 100 km on hand-computed cases: the litres of a fill over the km driven since the
// fill before it, a step counted in the interval its later fix falls in.
#include "checks/fillreading.h"

#include <QtTest>

namespace {

// A clean track with the given fix times (s) and step lengths (m): steps[k] is from fix k - 1 to fix k.
checks::CleanTrack track(const std::vector<qint64> &seconds, const std::vector<double> &stepsM)
{
    checks::CleanTrack t;
    for (std::size_t k = 0; k < seconds.size(); ++k) {
        t.fixes.push_back({ seconds[k] * 1000, 32.0, 120.0, 0.0f });
        t.stepsM.push_back(stepsM[k]);
        t.lengthM += stepsM[k];
    }
    return t;
}

} // namespace

class TestFillReading : public QObject
{
    Q_OBJECT

private slots:
    void kmFallInTheIntervalOfTheLaterFix()
    {
        // Fills at 100, 200 and 300 s; fixes at 50, 100, 150, 200, 250, 350 s with steps of 2, 4, 8, 16 and
        // 32 km into them. The step ending at 100 s is not after the first fill (counted nowhere); those
        // ending at 150 and 200 s fall in (100, 200]: 4 + 8 = 12 km; the one at 250 s in (200, 300]: 16 km;
        // the one at 350 s is after the last fill (nowhere).
        const checks::CleanTrack t
            = track({ 50, 100, 150, 200, 250, 350 }, { 0, 2000, 4000, 8000, 16000, 32000 });
        const std::vector<double> km = checks::kmBetweenFills({ 100'000, 200'000, 300'000 }, t);
        QCOMPARE(km.size(), std::size_t(3));
        QCOMPARE(km[0], 12.0);
        QCOMPARE(km[1], 16.0);
        QCOMPARE(km[2], 0.0);
    }

    void readingsAddEveryTripBetweenTwoFills()
    {
        // Two trips between the fills at 0 s and 1000 s: 60 km and 40 km; then 50 km before the fill at
        // 2000 s. Fills of 30 L, 9 L and 4.5 L: the first has nothing before it; 9 L over 100 km = 9 L/100
        // km; 4.5 L over 50 km = 9 L/100 km.
        const checks::CleanTrack a = track({ 100, 200 }, { 0, 60000 });
        const checks::CleanTrack b = track({ 500, 600 }, { 0, 40000 });
        const checks::CleanTrack c = track({ 1500, 1600 }, { 0, 50000 });
        const auto r = checks::fillReadings({ 0, 1'000'000, 2'000'000 }, { 30.0, 9.0, 4.5 }, { &a, &b, &c });
        QCOMPARE(r.size(), std::size_t(3));
        QVERIFY(!r[0].hasPrevious);
        QVERIFY(!r[0].hasRate());
        QVERIFY(r[1].hasPrevious);
        QCOMPARE(r[1].km, 100.0);
        QCOMPARE(r[1].litres, 9.0);
        QCOMPARE(r[1].litresPer100Km(), 9.0);
        QCOMPARE(r[2].km, 50.0);
        QCOMPARE(r[2].litresPer100Km(), 9.0);
    }

    void aFillWithoutKmHasNoRate()
    {
        const auto r = checks::fillReadings({ 0, 1000 }, { 30.0, 5.0 }, {});
        QVERIFY(r[1].hasPrevious);
        QVERIFY(!r[1].hasRate());
        QCOMPARE(r[1].litresPer100Km(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFillReading)
#include "tst_fillreading.moc"
