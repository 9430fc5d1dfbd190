// The common interface of the eight §5 anomaly rules. A rule judges one vehicle at a time (the runner's
// unit of parallel work); a rule that aggregates across vehicles (fuel per driver) collects into a
// RuleState and reports in finish().
#pragma once

#include "checks/anomaly.h"
#include "checks/checkcontext.h"
#include "checks/vehicletrack.h"

#include <QString>

#include <memory>
#include <vector>

namespace checks {

// Per-run scratch data of a rule. checkVehicle() may be called for different plates at the same time, so a
// state that collects across vehicles synchronises itself.
class RuleState
{
public:
    virtual ~RuleState() = default;
};

class Rule
{
public:
    virtual ~Rule() = default;

    virtual QString id() const = 0;

    virtual std::unique_ptr<RuleState> createState() const { return nullptr; }

    // Judges one plate (track.plate(), from CheckContext::plates()) and appends what it finds; positions
    // come from `track`, shared with the other rules judging that vehicle. Must be safe to call
    // concurrently for different plates with the same context and state.
    virtual void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const = 0;

    // Called once after every plate was checked.
    virtual void finish(const CheckContext &context, RuleState *state, std::vector<Anomaly> &out) const
    {
        Q_UNUSED(context);
        Q_UNUSED(state);
        Q_UNUSED(out);
    }
};

// §5 thresholds are inclusive ("2 or more", "1.5 × or more"). Figures computed in floating point (ratios
// of summed haversine steps) may land a rounding error below a threshold they meet exactly, so "at least"
// allows a relative 1e-9: far below any meaningful difference, far above double rounding.
inline bool atLeast(double value, double threshold)
{
    const double scale = threshold < 0 ? -threshold : threshold;
    return value >= threshold - 1e-9 * (scale > 1.0 ? scale : 1.0);
}

// "Never within R": a distance equal to R is within it (inclusive), so only a distance beyond R counts.
// withinLimit(R) is the farthest distance still within R, for searches that stop at the first one.
inline double withinLimit(double radius)
{
    return radius * (1.0 + 1e-9);
}
inline bool beyond(double distance, double radius)
{
    return distance > withinLimit(radius);
}

} // namespace checks
