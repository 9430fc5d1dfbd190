// §5 `violations` (违章异常): two or more traffic violations of one vehicle in one calendar month (Beijing
// time), judged for every month that overlaps the window on all of that month's violations.
#pragma once

#include "checks/rule.h"

namespace checks {

class ViolationsRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("violations"); }
    void checkVehicle(const CheckContext &context, VehicleTrack &track, RuleState *state,
        std::vector<Anomaly> &out) const override;
};

} // namespace checks
