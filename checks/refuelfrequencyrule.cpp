#include "checks/refuelfrequencyrule.h"

#include "base/beijingtime.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace checks {

void RefuelFrequencyRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *, std::vector<Anomaly> &out) const
{
    const QString &plate = track.plate();
    // Overlapping bookings are merged, so "between two tasks" means while no task of the vehicle runs.
    const auto busy = context.busyIntervals(plate);
    if (busy.size() < 2)
        return;
    const auto &tasks = context.tasksOf(plate);

    for (const Card *card : context.cardsOf(plate)) {
        // gap k lies strictly between busy[k].end and busy[k + 1].start
        std::map<std::size_t, std::vector<const Refuel *>> byGap;
        for (const Refuel *refuel : context.refuelsOfCard(card->cardNo)) {
            if (!context.inWindow(refuel->timeMs))
                continue;
            const auto next = std::upper_bound(busy.begin(), busy.end(), refuel->timeMs,
                [](qint64 t, const std::pair<qint64, qint64> &interval) { return t < interval.first; });
            if (next == busy.begin() || next == busy.end())
                continue; // before the first task or after the last: no "next task" to be between
            const std::size_t k = std::size_t(next - busy.begin()) - 1;
            if (refuel->timeMs > busy[k].second)
                byGap[k].push_back(refuel);
        }
        for (const auto &[k, refuels] : byGap) {
            if (int(refuels.size()) < context.thresholds().refuelCount)
                continue;
            const auto prev = std::find_if(
                tasks.begin(), tasks.end(), [&](const Task *t) { return t->endMs == busy[k].second; });
            const auto nextTask = std::find_if(
                tasks.begin(), tasks.end(), [&](const Task *t) { return t->startMs == busy[k + 1].first; });
            QJsonArray list;
            double litres = 0.0;
            for (const Refuel *r : refuels) {
                QJsonObject o;
                o.insert(QStringLiteral("time"), beijingIso(r->timeMs));
                o.insert(QStringLiteral("station_code"), r->stationCode);
                o.insert(QStringLiteral("litres"), r->litres);
                o.insert(QStringLiteral("amount_yuan"), r->amountYuan);
                list.append(o);
                litres += r->litres;
            }
            QJsonObject e;
            e.insert(QStringLiteral("card_no"), card->cardNo);
            e.insert(QStringLiteral("refuel_count"), int(refuels.size()));
            e.insert(QStringLiteral("threshold"), context.thresholds().refuelCount);
            e.insert(QStringLiteral("litres"), litres);
            e.insert(QStringLiteral("refuels"), list);
            e.insert(QStringLiteral("prev_task_code"), prev != tasks.end() ? (*prev)->code : QString());
            e.insert(QStringLiteral("prev_task_end"), beijingIso(busy[k].second));
            e.insert(
                QStringLiteral("next_task_code"), nextTask != tasks.end() ? (*nextTask)->code : QString());
            e.insert(QStringLiteral("next_task_start"), beijingIso(busy[k + 1].first));

            Anomaly a;
            a.rule = id();
            a.plate = plate;
            a.cardNo = card->cardNo;
            a.startMs = refuels.front()->timeMs;
            a.endMs = refuels.back()->timeMs;
            a.evidence = e;
            out.push_back(a);
        }
    }
}

} // namespace checks
