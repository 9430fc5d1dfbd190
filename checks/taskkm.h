// A task's km split at its vehicle's refuel times (TaskKm, checkdata.h): worked out from the track, or taken
// from what the store kept when it still matches. The fuel rule uses it; a TaskKmSink hears each figure
// worked out from a track in a run so that the check service can keep it as derived data.
#pragma once

#include "checks/checkdata.h"
#include "checks/vehicletrack.h"

#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

namespace checks {

// The distinct times of `refuels` (sorted by time) inside [fromMs, toMs], sorted.
std::vector<qint64> refuelCuts(const std::vector<const Refuel *> &refuels, qint64 fromMs, qint64 toMs);

// Splits the steps of `clean` at `cuts` (TaskKm::pieces): the step to fixes[k] goes to the piece whose
// interval holds fixes[k].timeMs, and each piece is summed in track order from 0.0.
std::vector<double> kmPieces(const CleanTrack &clean, const std::vector<qint64> &cuts);

// Whether a kept figure answers for this run: made with the same jump filter and the same cuts.
bool taskKmMatches(const TaskKm &km, const Thresholds &thresholds, const std::vector<qint64> &cuts);

// Collects the figures a run worked out from tracks. Called from the runner's worker threads.
class TaskKmSink
{
public:
    void add(const Task *task, TaskKm km)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_computed.emplace_back(task, std::move(km));
    }
    // A kept figure answered for a task.
    void used() { ++m_used; }

    // Read only after the run.
    const std::vector<std::pair<const Task *, TaskKm>> &computed() const { return m_computed; }
    int usedCount() const { return m_used; }

private:
    std::mutex m_mutex;
    std::atomic<int> m_used { 0 };
    std::vector<std::pair<const Task *, TaskKm>> m_computed;
};

} // namespace checks
