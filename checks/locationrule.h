// §5 `location` (定位异常): a vehicle outside every geofence that applies to it while none of its tasks
// covers the time; consecutive such fixes form one anomaly.
#pragma once

#include "checks/rule.h"

namespace checks {

class LocationRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("location"); }
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
};

} // namespace checks
