#include "checks/mileagerule.h"

#include "base/beijingtime.h"

namespace checks {

void MileageRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *, std::vector<Anomaly> &out) const
{
    const QString &plate = track.plate();
    const double ratioLimit = context.thresholds().mileageRatio;
    for (const Task *task : context.tasksOf(plate)) {
        // The rule needs nav_km > 0: a task without a navigation figure cannot be compared.
        if (!context.inWindow(task->startMs) || !(task->navKm > 0.0))
            continue;
        // Not only finished tasks: mileage only grows, so a running task already past the limit is a
        // finding now, and a later run finds the rest.
        const CleanTrack &clean = track.clean(task->startMs, task->endMs);
        const double trackKm = clean.lengthM / 1000.0;
        if (!atLeast(trackKm, ratioLimit * task->navKm))
            continue;
        Anomaly a;
        a.rule = id();
        a.plate = plate;
        a.driverCode = task->driverCode;
        a.taskCode = task->code;
        a.startMs = task->startMs;
        a.endMs = task->endMs;
        QJsonObject e;
        e.insert(QStringLiteral("task_code"), task->code);
        e.insert(QStringLiteral("track_km"), trackKm);
        e.insert(QStringLiteral("nav_km"), task->navKm);
        e.insert(QStringLiteral("ratio"), trackKm / task->navKm);
        e.insert(QStringLiteral("threshold"), ratioLimit);
        e.insert(QStringLiteral("fix_count"), int(clean.fixes.size()));
        e.insert(QStringLiteral("dropped_fixes"), clean.dropped);
        e.insert(QStringLiteral("max_speed_kmh"), context.thresholds().maxSpeedKmh);
        e.insert(QStringLiteral("task_start"), beijingIso(task->startMs));
        e.insert(QStringLiteral("task_end"), beijingIso(task->endMs));
        a.evidence = e;
        out.push_back(a);
    }
}

} // namespace checks
