#pragma once
// The charging standard (收费标准) that prices a returned trip: per km and per hour by vehicle category with
// a minimum per trip, waiting past the booked end, and night and out-of-city surcharges. Pure arithmetic on
// plain facts, so each part can be checked by hand (docs/SETTLEMENT.md says how each is counted).
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

class AppSettings;

struct CategoryRate
{
    double perKm = 0;
    double perHour = 0;
    double minimum = 0; // the least a trip costs before surcharges and waiting
};

struct TripFacts
{
    QString category; // VehicleCategory
    QString tripType; // city | county | long; long is out of the city
    qint64 departedMs = 0;
    qint64 returnedMs = 0;
    qint64 bookedEndMs = 0;
    std::optional<double> odometerOut;
    std::optional<double> odometerIn;
    std::optional<double> trackedKm; // from the stored track (TaskMileage), when there is one
};

struct TripPrice
{
    double km = 0;
    QString kmSource; // "odometer" or "track", or "none"
    double hours = 0; // billed hours: departure to return, up in half hours
    double waitHours = 0; // billed waiting: past the booked end beyond the free minutes, up in half hours
    double kmCharge = 0;
    double timeCharge = 0;
    bool minimumApplied = false;
    double base = 0; // max(km + time charges, minimum)
    bool night = false;
    double nightSurcharge = 0;
    bool outOfCity = false;
    double outOfCitySurcharge = 0;
    double waitCharge = 0;
    double total = 0; // rounded to the fen
};

class ChargingStandard
{
    Q_DECLARE_TR_FUNCTIONS(ChargingStandard)

public:
    QHash<QString, CategoryRate> rates; // by VehicleCategory
    int freeWaitMinutes = 30;
    double waitPerHour = 20;
    double nightPercent = 20;
    int nightFromHour = 22; // Beijing hours; the night runs from this hour to nightToHour the next morning
    int nightToHour = 6;
    double outOfCityPercent = 30;

    static ChargingStandard fromSettings(const AppSettings &settings);
    // Whether a Beijing instant falls in the night window [from, to).
    bool isNight(qint64 ms) const;
    TripPrice price(const TripFacts &trip) const;
    // Billed time: hours rounded up to the next half hour.
    static double halfHoursUp(qint64 ms);
    static double roundYuan(double yuan);
};
