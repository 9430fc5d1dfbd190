// The plain records the anomaly rules judge (DESIGN §5), independent of how models/ stores them. Times are
// milliseconds since the Unix epoch (UTC); positions WGS-84 degrees.
#pragma once

#include "maps/geo/polygon.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace checks {

struct Fix
{
    qint64 timeMs = 0;
    double lat = 0.0;
    double lon = 0.0;
    float speedKmh = 0.0f;
};

struct Vehicle
{
    QString plate;
    QString category; // emergency | enforcement | general
    QString unitCode;
    QString status; // active | maintenance | retired
};

// What the fuel rule takes from one task's track, kept by the store once the task is finished (derived
// data, docs/ARCHITECTURE.md "Derived data"), so that judging a month does not read the three months before
// it again. The task's jump-filtered track [start, end] is split at `cuts`: the vehicle's refuel times that
// fall inside the booked window, distinct and sorted. pieces[p] is the km of the steps whose later fix lies
// in (cuts[p - 1], cuts[p]] (open before the first cut and after the last), summed in track order exactly as
// the rule sums them from the track: a figure taken from here is the very same double.
struct TaskKm
{
    bool known = false;
    double maxSpeedKmh = 0.0; // the jump filter it was computed with
    double sameTimeJumpM = 0.0;
    std::vector<qint64> cuts;
    std::vector<double> pieces; // cuts.size() + 1 entries
};

struct Task
{
    QString code;
    QString plate;
    QString driverCode;
    QString unitCode;
    QString destName;
    qint64 startMs = 0; // booked window [start, end], both ends included
    qint64 endMs = 0;
    double destLat = 0.0;
    double destLon = 0.0;
    double navKm = 0.0;
    TaskKm trackKm; // from the store's derived data, when it holds a figure for this task
};

struct Card
{
    QString cardNo;
    QString plate; // the vehicle the card is bound to
};

struct Station
{
    QString code;
    QString name;
    double lat = 0.0;
    double lon = 0.0;
};

struct Refuel
{
    QString cardNo;
    QString stationCode;
    qint64 timeMs = 0;
    double litres = 0.0;
    double amountYuan = 0.0;
};

struct Violation
{
    QString plate;
    QString driverCode;
    QString code;
    qint64 timeMs = 0;
};

// Whether a fence limited to `plates` (its properties.plates; empty = every vehicle) applies to `plate`. The
// rules and the trip review (TripSummary) both ask this, so they cannot disagree about a fence.
inline bool fenceAppliesTo(const QStringList &plates, const QString &plate)
{
    return plates.isEmpty() || plates.contains(plate);
}

struct Fence
{
    QString name;
    geo::MultiPolygon area;
    QStringList plates; // empty = applies to every vehicle
    bool appliesTo(const QString &plate) const { return fenceAppliesTo(plates, plate); }
};

// The period a check judges. The CLI turns `--to DATE` (inclusive) into the next Beijing midnight.
struct Window
{
    qint64 fromMs = 0; // included
    qint64 toMs = 0; // excluded
    qint64 nowMs = 0; // the moment the check runs: a task is finished when its end is before it
};

// §5 thresholds (settings); every comparison against them is inclusive.
struct Thresholds
{
    double destinationRadiusM = 2000.0;
    double mileageRatio = 1.5;
    double fuelRatio = 1.15;
    double fuelMinKm = 100.0;
    int fuelBaselineMonths = 3;
    double stationRadiusM = 500.0;
    qint64 stationWindowMs = 10 * 60 * 1000;
    int refuelCount = 2;
    int violationCount = 2;
    double maxSpeedKmh = 200.0;
    qint64 locationGapMs = 30 * 60 * 1000;
    double sameTimeJumpM = 5.0; // two fixes with one timestamp farther apart than this: the later is a jump
};

// Everything but the positions, handed over whole: these are small (a city has ~10^5 tasks a year).
struct CheckData
{
    std::vector<Vehicle> vehicles;
    std::vector<Task> tasks;
    std::vector<Card> cards;
    std::vector<Station> stations;
    std::vector<Refuel> refuels;
    std::vector<Violation> violations;
    std::vector<Fence> fences;
};

} // namespace checks
