#include "checks/violationsrule.h"

#include "base/beijingtime.h"

#include <QJsonArray>

#include <algorithm>

namespace checks {

void ViolationsRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *, std::vector<Anomaly> &out) const
{
    const QString &plate = track.plate();
    const auto &violations = context.violationsOf(plate);
    if (violations.empty())
        return;
    for (const YearMonth &month : beijingMonthsOverlapping(context.window().fromMs, context.window().toMs)) {
        const qint64 from = beijingMonthStartMs(month);
        const qint64 to = beijingMonthEndMs(month);
        const auto first = std::lower_bound(violations.begin(), violations.end(), from,
            [](const Violation *v, qint64 t) { return v->timeMs < t; });
        const auto last = std::lower_bound(
            first, violations.end(), to, [](const Violation *v, qint64 t) { return v->timeMs < t; });
        const int count = int(last - first);
        if (count < context.thresholds().violationCount)
            continue;
        QJsonArray list;
        QStringList drivers;
        for (auto it = first; it != last; ++it) {
            QJsonObject o;
            o.insert(QStringLiteral("time"), beijingIso((*it)->timeMs));
            o.insert(QStringLiteral("code"), (*it)->code);
            o.insert(QStringLiteral("driver_code"), (*it)->driverCode);
            list.append(o);
            if (!drivers.contains((*it)->driverCode))
                drivers.append((*it)->driverCode);
        }
        QJsonObject e;
        e.insert(QStringLiteral("month"), month.toString());
        e.insert(QStringLiteral("count"), count);
        e.insert(QStringLiteral("threshold"), context.thresholds().violationCount);
        e.insert(QStringLiteral("violations"), list);

        Anomaly a;
        a.rule = id();
        a.plate = plate;
        // The rule is about the vehicle; a driver is named only when one driver committed them all.
        if (drivers.size() == 1)
            a.driverCode = drivers.front();
        a.startMs = from;
        a.endMs = to;
        a.evidence = e;
        out.push_back(a);
    }
}

} // namespace checks
