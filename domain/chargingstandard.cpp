#include "domain/chargingstandard.h"

#include "base/appsettings.h"
#include "store/recordkinds.h"

#include <algorithm>
#include <cmath>

ChargingStandard ChargingStandard::fromSettings(const AppSettings &settings)
{
    ChargingStandard s;
    for (const QString &category :
        { VehicleCategory::General, VehicleCategory::Emergency, VehicleCategory::Enforcement }) {
        const QString prefix = QStringLiteral("charge/") + category;
        s.rates.insert(category,
            { settings.threshold(prefix + QStringLiteral("_per_km")),
                settings.threshold(prefix + QStringLiteral("_per_hour")),
                settings.threshold(prefix + QStringLiteral("_minimum")) });
    }
    s.freeWaitMinutes = int(settings.threshold(QStringLiteral("charge/free_wait_min")));
    s.waitPerHour = settings.threshold(QStringLiteral("charge/wait_per_hour"));
    s.nightPercent = settings.threshold(QStringLiteral("charge/night_percent"));
    s.nightFromHour = int(settings.threshold(QStringLiteral("charge/night_from_hour")));
    s.nightToHour = int(settings.threshold(QStringLiteral("charge/night_to_hour")));
    s.outOfCityPercent = settings.threshold(QStringLiteral("charge/out_of_city_percent"));
    return s;
}

bool ChargingStandard::isNight(qint64 ms) const
{
    // Beijing has no daylight saving: its hour is the UTC hour + 8.
    const int hour = int(((ms / 1000 + 8 * 3600) % 86400 + 86400) % 86400 / 3600);
    if (nightFromHour == nightToHour)
        return false;
    if (nightFromHour < nightToHour)
        return hour >= nightFromHour && hour < nightToHour;
    return hour >= nightFromHour || hour < nightToHour;
}

double ChargingStandard::halfHoursUp(qint64 ms)
{
    if (ms <= 0)
        return 0;
    const qint64 half = 30 * 60 * 1000;
    return double((ms + half - 1) / half) / 2.0;
}

double ChargingStandard::roundYuan(double yuan)
{
    return std::round(yuan * 100.0) / 100.0;
}

TripPrice ChargingStandard::price(const TripFacts &trip) const
{
    TripPrice p;
    const CategoryRate rate = rates.value(trip.category, rates.value(VehicleCategory::General));
    if (trip.odometerOut && trip.odometerIn && *trip.odometerIn >= *trip.odometerOut) {
        p.km = *trip.odometerIn - *trip.odometerOut;
        p.kmSource = QStringLiteral("odometer");
    } else if (trip.trackedKm) {
        p.km = *trip.trackedKm;
        p.kmSource = QStringLiteral("track");
    } else {
        p.kmSource = QStringLiteral("none");
    }
    p.hours = halfHoursUp(trip.returnedMs - trip.departedMs);
    p.kmCharge = p.km * rate.perKm;
    p.timeCharge = p.hours * rate.perHour;
    p.base = p.kmCharge + p.timeCharge;
    if (p.base < rate.minimum) {
        p.base = rate.minimum;
        p.minimumApplied = true;
    }
    p.night = isNight(trip.departedMs) || isNight(trip.returnedMs);
    if (p.night)
        p.nightSurcharge = p.base * nightPercent / 100.0;
    p.outOfCity = trip.tripType == QLatin1String("long");
    if (p.outOfCity)
        p.outOfCitySurcharge = p.base * outOfCityPercent / 100.0;
    if (trip.bookedEndMs > 0)
        p.waitHours = halfHoursUp(trip.returnedMs - trip.bookedEndMs - qint64(freeWaitMinutes) * 60 * 1000);
    p.waitCharge = p.waitHours * waitPerHour;
    p.total = roundYuan(p.base + p.nightSurcharge + p.outOfCitySurcharge + p.waitCharge);
    return p;
}
