#include "checks/destinationrule.h"

#include "base/beijingtime.h"
#include "maps/geo/polyline.h"

namespace checks {

void DestinationRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *, std::vector<Anomaly> &out) const
{
    const QString &plate = track.plate();
    const double radius = context.thresholds().destinationRadiusM;
    for (const Task *task : context.tasksOf(plate)) {
        if (!context.inWindow(task->startMs) || !(task->endMs < context.window().nowMs))
            continue;
        const std::vector<Fix> &fixes = track.clean(task->startMs, task->endMs).fixes;
        const geo::LatLon dest { task->destLat, task->destLon };
        std::vector<geo::LatLon> line;
        line.reserve(fixes.size());
        for (const Fix &f : fixes)
            line.push_back({ f.lat, f.lon });
        // Most trips reach their destination: the full search, and the evidence, only for one that did not.
        if (!line.empty() && geo::comesWithin(dest, line.data(), line.size(), withinLimit(radius)))
            continue;

        QJsonObject e;
        e.insert(QStringLiteral("task_code"), task->code);
        e.insert(QStringLiteral("dest_name"), task->destName);
        e.insert(QStringLiteral("dest_lat"), task->destLat);
        e.insert(QStringLiteral("dest_lon"), task->destLon);
        e.insert(QStringLiteral("threshold_m"), radius);
        e.insert(QStringLiteral("fix_count"), int(fixes.size()));
        e.insert(QStringLiteral("task_start"), beijingIso(task->startMs));
        e.insert(QStringLiteral("task_end"), beijingIso(task->endMs));
        if (line.empty()) {
            e.insert(QStringLiteral("no_track"), true);
        } else {
            const geo::PolylineDistance nearest = geo::nearestOnPolyline(dest, line);
            if (!beyond(nearest.distanceM, radius))
                continue; // cannot happen after comesWithin(); kept so the finding never contradicts its
                          // figure
            e.insert(QStringLiteral("no_track"), false);
            e.insert(QStringLiteral("min_distance_m"), nearest.distanceM);
            e.insert(QStringLiteral("nearest_lat"), nearest.nearest.lat);
            e.insert(QStringLiteral("nearest_lon"), nearest.nearest.lon);
        }
        Anomaly a;
        a.rule = id();
        a.plate = plate;
        a.driverCode = task->driverCode;
        a.taskCode = task->code;
        a.startMs = task->startMs;
        a.endMs = task->endMs;
        a.evidence = e;
        out.push_back(a);
    }
}

} // namespace checks
