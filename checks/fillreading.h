// Fill-to-fill (the full-tank method): the litres put in at a refuel are what the car burnt since its
// previous refuel, over the km it drove in between. One reading, used by the fuel_consumption rule, the car's
// file and the refuel ledger, so the three never disagree about a car's litres per 100 km.
#pragma once

#include "checks/vehicletrack.h"

#include <vector>

namespace checks {

// The km of `track` in each interval between consecutive fills (fillTimesMs sorted): element i is the km
// driven in (fill i, fill i + 1], so the result has one element per fill and the last is always 0. A step of
// the track belongs to the interval its later fix falls in; steps up to the first fill or after the last
// belong to none.
std::vector<double> kmBetweenFills(const std::vector<qint64> &fillTimesMs, const CleanTrack &track);

struct FillReading
{
    bool hasPrevious = false; // the first fill known has nothing to measure from
    double km = 0.0; // driven since the previous fill (task km over the jump-filtered track)
    double litres = 0.0; // put in at this fill: what those km burnt
    bool hasRate() const { return hasPrevious && km > 0.0; }
    double litresPer100Km() const { return hasRate() ? litres / km * 100.0 : 0.0; }
};

// One reading per fill (same order as fillTimesMs and litres): its litres over the km of all `tracks` (the
// car's trips) driven since the fill before it.
std::vector<FillReading> fillReadings(const std::vector<qint64> &fillTimesMs,
    const std::vector<double> &litres, const std::vector<const CleanTrack *> &tracks);

} // namespace checks
