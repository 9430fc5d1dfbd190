// §5 `card_usage` (油卡使用异常): a refuel while the card's bound vehicle is never within 500 m of the
// station from 10 min before to 10 min after it (no fixes in that window fires too).
#pragma once

#include "checks/rule.h"

namespace checks {

class CardUsageRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("card_usage"); }
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
};

} // namespace checks
