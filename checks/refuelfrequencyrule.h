// §5 `refuel_frequency` (加油频率异常): two or more refuels with one card strictly between the end of one
// task of its bound vehicle and the start of that vehicle's next task.
#pragma once

#include "checks/rule.h"

namespace checks {

class RefuelFrequencyRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("refuel_frequency"); }
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
};

} // namespace checks
