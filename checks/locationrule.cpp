#include "checks/locationrule.h"

#include "base/beijingtime.h"

#include <QJsonArray>

namespace checks {

namespace {

struct Run
{
    const Fix *first = nullptr;
    const Fix *last = nullptr;
    int count = 0;
};

} // namespace

void LocationRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *, std::vector<Anomaly> &out) const
{
    const QString &plate = track.plate();
    const Window &window = context.window();
    if (window.toMs <= window.fromMs)
        return;
    const auto fences = context.fencesFor(plate);
    const auto busy = context.busyIntervals(plate);
    const std::vector<Fix> &fixes = track.clean(window.fromMs, window.toMs - 1).fixes;

    QJsonArray fenceNames;
    for (const auto *fence : fences)
        fenceNames.append(fence->fence->name);

    Run run;
    auto close = [&]() {
        if (run.count == 0)
            return;
        Anomaly a;
        a.rule = id();
        a.plate = plate;
        a.startMs = run.first->timeMs;
        a.endMs = run.last->timeMs;
        QJsonObject e;
        e.insert(QStringLiteral("fix_count"), run.count);
        e.insert(QStringLiteral("first_time"), beijingIso(run.first->timeMs));
        e.insert(QStringLiteral("first_lat"), run.first->lat);
        e.insert(QStringLiteral("first_lon"), run.first->lon);
        e.insert(QStringLiteral("last_time"), beijingIso(run.last->timeMs));
        e.insert(QStringLiteral("last_lat"), run.last->lat);
        e.insert(QStringLiteral("last_lon"), run.last->lon);
        e.insert(QStringLiteral("fences"), fenceNames);
        e.insert(QStringLiteral("max_gap_minutes"), double(context.thresholds().locationGapMs) / 60000.0);
        a.evidence = e;
        out.push_back(a);
        run = Run();
    };

    std::size_t b = 0;
    for (const Fix &fix : fixes) {
        while (b < busy.size() && busy[b].second < fix.timeMs)
            ++b;
        const bool covered = b < busy.size() && busy[b].first <= fix.timeMs;
        bool inside = false;
        if (!covered) {
            const geo::LatLon p { fix.lat, fix.lon };
            for (const auto *fence : fences) {
                if (fence->index.contains(p)) {
                    inside = true;
                    break;
                }
            }
        }
        if (covered || inside) {
            close();
            continue;
        }
        // "a gap of more than 30 min" splits; exactly 30 min does not.
        if (run.count > 0 && fix.timeMs - run.last->timeMs > context.thresholds().locationGapMs)
            close();
        if (run.count == 0)
            run.first = &fix;
        run.last = &fix;
        ++run.count;
    }
    close();
}

} // namespace checks
