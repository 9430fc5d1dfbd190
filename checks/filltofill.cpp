#include "checks/filltofill.h"

#include "checks/taskkm.h"

#include <algorithm>

namespace checks {

std::optional<double> FillToFill::kmSincePrevious(std::size_t i) const
{
    if (i == 0 || i - 1 < first || i - 1 >= last)
        return std::nullopt;
    return intervalKm[i - 1];
}

std::optional<double> FillToFill::litresPer100Km(std::size_t i) const
{
    const std::optional<double> km = kmSincePrevious(i);
    if (!km || !(*km > 0.0))
        return std::nullopt;
    return refuels[i]->litres / *km * 100.0;
}

FillReading FillToFill::reading(std::size_t i) const
{
    FillReading r;
    r.hasPrevious = i > 0 && i < refuels.size();
    r.km = kmSincePrevious(i).value_or(0.0);
    r.litres = i < refuels.size() ? refuels[i]->litres : 0.0;
    return r;
}

FillToFill readFillToFill(const CheckContext &context, VehicleTrack &track, qint64 lo, qint64 hi)
{
    FillToFill out;
    const QString &plate = track.plate();
    out.refuels = context.refuelsOfVehicle(plate);
    const std::vector<const Refuel *> &refuels = out.refuels;
    out.intervalKm.assign(refuels.size(), 0.0);
    if (refuels.size() < 2 || hi < lo)
        return out;

    // Refuel intervals (refuels[i], refuels[i + 1]] for i in [i0, i1) cover every km of those tasks that
    // any refuel can account for. The litres of refuel i + 1 are what was burnt in interval i.
    std::size_t i0 = 0;
    while (i0 + 1 < refuels.size() && refuels[i0 + 1]->timeMs < lo)
        ++i0;
    std::size_t i1 = i0;
    while (i1 + 1 < refuels.size() && refuels[i1]->timeMs < hi)
        ++i1;
    if (i1 == i0)
        return out;
    out.first = i0;
    out.last = i1;
    const qint64 spanFrom = refuels[i0]->timeMs;
    const qint64 spanTo = refuels[i1]->timeMs;

    // km per (task, interval). Every task driven in those intervals counts, including tasks that started
    // before the range: they share the litres even though their own months are not judged.
    TaskKmSink *sink = context.taskKmSink();
    for (const Task *t : context.tasksOf(plate)) {
        if (t->startMs > spanTo || t->endMs <= spanFrom)
            continue;
        // The task's km split at the refuels inside its window: kept by the store for a task judged before
        // (a closed month is not read again), else from its track.
        const std::vector<qint64> cuts = refuelCuts(refuels, t->startMs, t->endMs);
        std::vector<double> fromTrack;
        const std::vector<double> *pieces = &t->trackKm.pieces;
        if (!taskKmMatches(t->trackKm, context.thresholds(), cuts)) {
            fromTrack = kmPieces(track.clean(t->startMs, t->endMs), cuts);
            pieces = &fromTrack;
            if (sink) {
                TaskKm km;
                km.known = true;
                km.maxSpeedKmh = context.thresholds().maxSpeedKmh;
                km.sameTimeJumpM = context.thresholds().sameTimeJumpM;
                km.cuts = cuts;
                km.pieces = fromTrack;
                sink->add(t, std::move(km));
            }
        } else if (sink) {
            sink->used();
        }
        // Interval (a, b] of two refuels in a row: every step the task drove in it lies in one piece, the
        // one after the cuts up to a (a and b are cuts when inside the window; none lies between them).
        // The intervals from the first that ends at or after the task's start to the last that begins
        // before its end; the others hold no step of it.
        std::size_t j = std::size_t(std::lower_bound(refuels.begin() + std::ptrdiff_t(i0) + 1,
                                        refuels.begin() + std::ptrdiff_t(i1) + 1, t->startMs,
                                        [](const Refuel *r, qint64 ms) { return r->timeMs < ms; })
            - refuels.begin() - 1);
        for (; j < i1 && refuels[j]->timeMs < t->endMs; ++j) {
            const qint64 a = refuels[j]->timeMs;
            const qint64 b = refuels[j + 1]->timeMs;
            if (!(a < b))
                continue;
            const std::size_t p = std::size_t(std::upper_bound(cuts.begin(), cuts.end(), a) - cuts.begin());
            const double km = (*pieces)[p];
            if (km > 0.0) {
                out.parts.push_back({ t, j, km });
                out.intervalKm[j] += km;
            }
        }
    }

    return out;
}

} // namespace checks
