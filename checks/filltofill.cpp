#include "checks/filltofill.h"

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

FillToFill readFillToFill(const CheckContext &context, VehicleTrack &track, qint64 lo, qint64 hi)
{
    FillToFill out;
    const QString &plate = track.plate();
    out.refuels = context.refuelsOfVehicle(plate);
    const std::vector<const Refuel *> &refuels = out.refuels;
    out.intervalKm.assign(refuels.size(), 0.0);
    if (refuels.size() < 2 || hi < lo)
        return out;

    // Refuel intervals (refuels[i], refuels[i + 1]] for i in [i0, i1) cover every km driven in [lo, hi]
    // that any refuel can account for. The litres of refuel i + 1 are what was burnt in interval i.
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

    for (const Task *t : context.tasksOf(plate)) {
        if (t->startMs > spanTo || t->endMs <= spanFrom)
            continue;
        const CleanTrack &clean = track.clean(t->startMs, t->endMs);
        const std::vector<Fix> &fixes = clean.fixes;
        std::size_t i = i0;
        std::vector<double> km(refuels.size(), 0.0);
        for (std::size_t k = 1; k < fixes.size(); ++k) {
            // A step belongs to the interval its later fix falls in.
            const qint64 at = fixes[k].timeMs;
            if (at <= spanFrom || at > spanTo)
                continue;
            while (refuels[i + 1]->timeMs < at)
                ++i;
            km[i] += clean.stepsM[k] / 1000.0;
        }
        for (std::size_t j = i0; j < i1; ++j) {
            if (km[j] > 0.0) {
                out.parts.push_back({ t, j, km[j] });
                out.intervalKm[j] += km[j];
            }
        }
    }
    return out;
}

} // namespace checks
