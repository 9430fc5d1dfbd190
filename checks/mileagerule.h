// §5 `mileage` (里程数异常): the jump-filtered track mileage inside a task's window is at least 1.5 times
// its navigation mileage.
#pragma once

#include "checks/rule.h"

namespace checks {

class MileageRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("mileage"); }
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
};

} // namespace checks
