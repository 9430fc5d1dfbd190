// The positions of one vehicle as the rules judging it in one run ask for them: each range is jump-filtered
// once, then shared (destination, mileage and fuel read the same task windows). The raw fixes are fetched
// from the TrackSource by whole Beijing days and kept, so a day that several ranges touch (two tasks, a
// refuel, the location window, the fuel baseline) is read and decoded once. Days fetched by one call stay in
// one array (`location` asks for the window first, so the task and refuel windows inside it lie in that one
// fetch), and that array is jump-filtered once as a whole: a range inside it is filtered from its own first
// fix only until it keeps a fix the whole array's filtering kept too; from there on the two agree to the
// last bit (geo::JumpFilter), so the rest is copied. The result is exactly the range filtered on its own, at
// the cost of a copy. Lives only while the runner works on that vehicle, so memory stays per vehicle (a few
// MB for four months), not per fleet.
#pragma once

#include "checks/tracksource.h"
#include "maps/geo/trackfilter.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <utility>
#include <vector>

namespace checks {

struct CleanTrack
{
    std::vector<Fix> fixes; // after the §5 jump filter
    std::vector<double> stepsM; // stepsM[k]: great-circle metres from fixes[k - 1] to fixes[k]; stepsM[0] = 0
    double lengthM = 0.0; // §5 track mileage
    int dropped = 0; // fixes the filter removed
};

class VehicleTrack
{
public:
    VehicleTrack(const TrackSource &source, const QString &plate, const geo::JumpFilterOptions &options);

    const QString &plate() const { return m_plate; }

    // Fixes with fromMs <= time <= toMs (both ends included, as task windows are), filtered from the first
    // fix of that range on. The reference stays valid while this object lives.
    const CleanTrack &clean(qint64 fromMs, qint64 toMs);

private:
    struct Day
    {
        std::size_t fetch = 0; // index in m_fetched
        std::size_t begin = 0; // the day's fixes: m_fetched[fetch][begin, end)
        std::size_t end = 0;
    };
    // One fetch jump-filtered from its first fix: the kept fixes and their steps, and for each fix of the
    // fetch the position in `fixes` of the first kept fix at or after it (one more entry for the end).
    struct Filtered
    {
        std::vector<Fix> fixes;
        std::vector<double> stepsM;
        std::vector<std::uint32_t> firstKeptFrom;
        bool kept(std::size_t i) const { return firstKeptFrom[i] != firstKeptFrom[i + 1]; }
    };
    // Raw fixes with fromMs <= time < endMs, from the day cache: [first, last), valid until the next call.
    // *fetch is the index of the fetch they lie in, or -1 when they were joined from several.
    std::pair<const Fix *, const Fix *> raw(qint64 fromMs, qint64 endMs, std::ptrdiff_t *fetch);
    const Filtered &filtered(std::size_t fetch);

    const TrackSource &m_source;
    QString m_plate;
    geo::JumpFilterOptions m_options;
    std::map<std::pair<qint64, qint64>, CleanTrack> m_cache;
    std::deque<std::vector<Fix>> m_fetched; // what each call to the source returned
    std::map<qint64, Day> m_days; // by the UTC ms of the Beijing midnight starting the day
    std::vector<Fix> m_joined; // a range over days of several fetches, copied together
    std::map<std::size_t, Filtered> m_filtered; // by fetch, made when a range inside it is first asked for
};

} // namespace checks
