// §5 `fuel_consumption` (油耗异常): a driver's litres per 100 km in a calendar month at least 1.15 times his
// pooled rate over the three months before. Litres come per vehicle from its refuels (full-tank method) and
// are spread over the drivers by the task km each drove between consecutive refuels; see docs/RULES.md.
#pragma once

#include "checks/rule.h"

namespace checks {

class FuelConsumptionRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("fuel_consumption"); }
    std::unique_ptr<RuleState> createState() const override;
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
    void finish(const CheckContext &context, RuleState *state, std::vector<Anomaly> &out) const override;
};

} // namespace checks
