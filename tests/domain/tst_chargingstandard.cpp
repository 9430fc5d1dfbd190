// Each part of the charging standard priced by hand with the default tariff (docs/SETTLEMENT.md): general car
// 2.50 yuan/km, 30/h, minimum 50; emergency 3.00, 40, 60; waiting past the booked end free for 30 min, then
// 20/h; night (22:00-06:00) +20 %; out of the city +30 %. Billed time is rounded up to half hours.
#include "base/appsettings.h"
#include "base/beijingtime.h"
#include "domain/chargingstandard.h"
#include "store/recordkinds.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

// 8 October 2026, Beijing time.
qint64 at(int hour, int minute = 0)
{
    return checks::beijingMidnightMs(2026, 10, 8) + (qint64(hour) * 60 + minute) * 60 * 1000;
}

TripFacts trip(double km, qint64 departed, qint64 returned, qint64 bookedEnd = 0)
{
    TripFacts t;
    t.category = VehicleCategory::General;
    t.tripType = QStringLiteral("city");
    t.odometerOut = 1000;
    t.odometerIn = 1000 + km;
    t.departedMs = departed;
    t.returnedMs = returned;
    t.bookedEndMs = bookedEnd ? bookedEnd : returned;
    return t;
}

ChargingStandard defaults()
{
    QTemporaryDir dir;
    return ChargingStandard::fromSettings(AppSettings(dir.filePath(QStringLiteral("s.ini"))));
}

} // namespace

class TestChargingStandard : public QObject
{
    Q_OBJECT

private slots:
    void kmAndTime()
    {
        // 40 km; 09:00 to 11:10 is 2 h 10 min, billed 2.5 h: 100 + 75.
        const TripPrice p = defaults().price(trip(40, at(9), at(11, 10), at(11)));
        QCOMPARE(p.kmSource, QStringLiteral("odometer"));
        QCOMPARE(p.km, 40.0);
        QCOMPARE(p.hours, 2.5);
        QCOMPARE(p.kmCharge, 100.0);
        QCOMPARE(p.timeCharge, 75.0);
        QVERIFY(!p.minimumApplied);
        QCOMPARE(p.waitHours, 0.0); // 10 min past the booked end is within the free 30
        QCOMPARE(p.total, 175.0);
    }

    void halfHoursRoundUp()
    {
        QCOMPARE(ChargingStandard::halfHoursUp(30 * 60 * 1000), 0.5);
        QCOMPARE(ChargingStandard::halfHoursUp(30 * 60 * 1000 + 1), 1.0);
        QCOMPARE(ChargingStandard::halfHoursUp(0), 0.0);
        QCOMPARE(ChargingStandard::halfHoursUp(-5), 0.0);
    }

    void minimumPerTrip()
    {
        // 8 km in 30 min: 20 + 15 = 35, below the general car's 50.
        const TripPrice p = defaults().price(trip(8, at(9), at(9, 30)));
        QVERIFY(p.minimumApplied);
        QCOMPARE(p.base, 50.0);
        QCOMPARE(p.total, 50.0);
    }

    void categoryRates()
    {
        TripFacts t = trip(40, at(9), at(11, 10), at(11));
        t.category = VehicleCategory::Emergency; // 40 x 3 + 2.5 x 40
        QCOMPARE(defaults().price(t).total, 220.0);
        t.category = VehicleCategory::Enforcement; // 40 x 2.8 + 2.5 x 35
        QCOMPARE(defaults().price(t).total, 199.5);
    }

    void trackedKmWhenNoOdometer()
    {
        TripFacts t = trip(0, at(9), at(10));
        t.odometerOut.reset();
        t.odometerIn.reset();
        t.trackedKm = 33.333; // 83.3325 + 30 = 113.3325, to the fen 113.33
        const TripPrice p = defaults().price(t);
        QCOMPARE(p.kmSource, QStringLiteral("track"));
        QCOMPARE(p.total, 113.33);
    }

    void nightSurcharge()
    {
        // 20 km, 21:00 to 22:30 (1.5 h): 50 + 45 = 95, returning at night: +19.
        const TripPrice p = defaults().price(trip(20, at(21), at(22, 30)));
        QVERIFY(p.night);
        QCOMPARE(p.nightSurcharge, 19.0);
        QCOMPARE(p.total, 114.0);
        const ChargingStandard s = defaults();
        QVERIFY(s.isNight(at(22))); // the hour it starts is night
        QVERIFY(s.isNight(at(5, 59)));
        QVERIFY(!s.isNight(at(6))); // the hour it ends is day
        QVERIFY(!s.isNight(at(21, 59)));
        QVERIFY(!defaults().price(trip(20, at(6), at(21, 59))).night);
    }

    void outOfCitySurcharge()
    {
        // 200 km, 08:00 to 16:00: 500 + 240 = 740, long-distance: +222.
        TripFacts t = trip(200, at(8), at(16));
        t.tripType = QStringLiteral("long");
        const TripPrice p = defaults().price(t);
        QVERIFY(p.outOfCity);
        QCOMPARE(p.outOfCitySurcharge, 222.0);
        QCOMPARE(p.total, 962.0);
        t.tripType = QStringLiteral("county");
        QCOMPARE(defaults().price(t).total, 740.0);
    }

    void waitingPastTheBookedEnd()
    {
        // Booked until 17:00, back at 18:05: 65 min late, 30 free, 35 billed as 1 h: 20. The trip itself:
        // 100 km, 08:00 to 18:05 (10.5 h): 250 + 315.
        const TripPrice p = defaults().price(trip(100, at(8), at(18, 5), at(17)));
        QCOMPARE(p.waitHours, 1.0);
        QCOMPARE(p.waitCharge, 20.0);
        QCOMPARE(p.total, 585.0);
        // Exactly the free 30 minutes late: nothing to wait for.
        QCOMPARE(defaults().price(trip(100, at(8), at(17, 30), at(17))).waitHours, 0.0);
    }

    void settingsOverrideTheDefaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setThreshold(QStringLiteral("charge/general_per_km"), 3.2);
        settings.setThreshold(QStringLiteral("charge/night_percent"), 50);
        const ChargingStandard s = ChargingStandard::fromSettings(settings);
        QCOMPARE(s.rates.value(VehicleCategory::General).perKm, 3.2);
        QCOMPARE(s.nightPercent, 50.0);
        QCOMPARE(s.rates.value(VehicleCategory::Emergency).perKm, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestChargingStandard)
#include "tst_chargingstandard.moc"
