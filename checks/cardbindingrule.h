// §5 `card_binding` (油卡绑定异常): a fuel card bound to a plate that is not an official vehicle, i.e. not in
// the registry or retired (a car in maintenance is still official).
#pragma once

#include "checks/rule.h"

namespace checks {

class CardBindingRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("card_binding"); }
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
};

} // namespace checks
