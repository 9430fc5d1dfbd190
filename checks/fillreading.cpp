#include "checks/fillreading.h"

#include <algorithm>

namespace checks {

std::vector<double> kmBetweenFills(const std::vector<qint64> &fillTimesMs, const CleanTrack &track)
{
    std::vector<double> km(fillTimesMs.size(), 0.0);
    if (fillTimesMs.size() < 2)
        return km;
    const qint64 first = fillTimesMs.front();
    const qint64 last = fillTimesMs.back();
    std::size_t i = 0;
    for (std::size_t k = 1; k < track.fixes.size(); ++k) {
        // A step belongs to the interval its later fix falls in.
        const qint64 at = track.fixes[k].timeMs;
        if (at <= first || at > last)
            continue;
        while (fillTimesMs[i + 1] < at)
            ++i;
        km[i] += track.stepsM[k] / 1000.0;
    }
    return km;
}

std::vector<FillReading> fillReadings(const std::vector<qint64> &fillTimesMs,
    const std::vector<double> &litres, const std::vector<const CleanTrack *> &tracks)
{
    std::vector<FillReading> out(fillTimesMs.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].hasPrevious = i > 0;
        out[i].litres = i < litres.size() ? litres[i] : 0.0;
    }
    for (const CleanTrack *track : tracks) {
        const std::vector<double> km = kmBetweenFills(fillTimesMs, *track);
        // The km of interval (fill i, fill i + 1] were burnt from what fill i + 1 put in.
        for (std::size_t i = 0; i + 1 < km.size(); ++i)
            out[i + 1].km += km[i];
    }
    return out;
}

} // namespace checks
