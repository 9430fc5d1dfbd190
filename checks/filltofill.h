// The fill-to-fill (full-tank) reading of one vehicle's refuels: the litres of a refuel are what the car
// burnt since its previous refuel, over the task km tracked between the two. The fuel_consumption rule
// spreads those litres over the drivers, and the refuel ledger shows each refuel's litres per 100 km: both
// read it here, so the two cannot disagree about a car's consumption (docs/RULES.md, docs/SETTLEMENT.md).
#pragma once

#include "checks/checkcontext.h"
#include "checks/vehicletrack.h"

#include <optional>
#include <vector>

namespace checks {

// One fill's reading as the car's file shows it: the km since the fill before and the litres put in.
struct FillReading
{
    bool hasPrevious = false; // the first fill known has nothing to measure from
    double km = 0.0; // task km driven since the previous fill (0 when that interval was not read)
    double litres = 0.0; // put in at this fill: what those km burnt
    bool hasRate() const { return hasPrevious && km > 0.0; }
    double litresPer100Km() const { return hasRate() ? litres / km * 100.0 : 0.0; }
};

struct FillToFill
{
    struct Part
    {
        const Task *task = nullptr;
        std::size_t interval = 0; // between refuels[interval] and refuels[interval + 1]
        double km = 0.0;
    };

    std::vector<const Refuel *> refuels; // the vehicle's, over all its cards, by time
    // intervalKm[i]: tracked task km driven in (refuels[i], refuels[i + 1]] (a step belongs to the interval
    // its later fix falls in); only intervals in [first, last) were read, the others stay 0.
    std::vector<double> intervalKm;
    std::vector<Part> parts; // each task's km per interval, for spreading litres over drivers
    std::size_t first = 0;
    std::size_t last = 0;

    // Litres per 100 km at refuels[i] (i >= 1): its litres over the km since the fill before; none for the
    // first fill, an interval not read, or an interval with no km.
    std::optional<double> litresPer100Km(std::size_t i) const;
    // The km since the fill before refuels[i], when that interval was read.
    std::optional<double> kmSincePrevious(std::size_t i) const;
    // Both of the above for refuels[i] in one value (the car's file).
    FillReading reading(std::size_t i) const;
};

// Reads the vehicle's task km between its refuels over the intervals that cover every task km in [lo, hi]
// (from the last refuel before lo to the first at or after hi). Tasks overlapping those intervals count
// whatever month they belong to.
FillToFill readFillToFill(const CheckContext &context, VehicleTrack &track, qint64 lo, qint64 hi);

} // namespace checks
