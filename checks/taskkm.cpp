#include "checks/taskkm.h"

#include <algorithm>

namespace checks {

std::vector<qint64> refuelCuts(const std::vector<const Refuel *> &refuels, qint64 fromMs, qint64 toMs)
{
    std::vector<qint64> cuts;
    auto it = std::lower_bound(
        refuels.begin(), refuels.end(), fromMs, [](const Refuel *r, qint64 t) { return r->timeMs < t; });
    for (; it != refuels.end() && (*it)->timeMs <= toMs; ++it) {
        if (cuts.empty() || cuts.back() != (*it)->timeMs)
            cuts.push_back((*it)->timeMs);
    }
    return cuts;
}

std::vector<double> kmPieces(const CleanTrack &clean, const std::vector<qint64> &cuts)
{
    std::vector<double> pieces(cuts.size() + 1, 0.0);
    const std::vector<Fix> &fixes = clean.fixes;
    std::size_t p = 0;
    for (std::size_t k = 1; k < fixes.size(); ++k) {
        // piece p holds the times in (cuts[p - 1], cuts[p]]; fixes are in time order
        const qint64 at = fixes[k].timeMs;
        while (p < cuts.size() && cuts[p] < at)
            ++p;
        pieces[p] += clean.stepsM[k] / 1000.0;
    }
    return pieces;
}

bool taskKmMatches(const TaskKm &km, const Thresholds &thresholds, const std::vector<qint64> &cuts)
{
    return km.known && km.maxSpeedKmh == thresholds.maxSpeedKmh
        && km.sameTimeJumpM == thresholds.sameTimeJumpM && km.cuts == cuts
        && km.pieces.size() == cuts.size() + 1;
}

} // namespace checks
