// §5 `destination` (目的地异常): a finished task whose track never comes within the radius (2 km) of its
// destination, measured to the track as a polyline; a task without any fix fires with `no_track`.
#pragma once

#include "checks/rule.h"

namespace checks {

class DestinationRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("destination"); }
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
};

} // namespace checks
