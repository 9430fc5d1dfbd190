// What one check run works on: the records indexed for the rules' look-ups (by plate, card, station), the
// window, the thresholds and the track source. Built once, then read concurrently by the worker threads.
#pragma once

#include "checks/checkdata.h"
#include "checks/tracksource.h"
#include "maps/geo/polygonindex.h"
#include "maps/geo/trackfilter.h"

#include <QHash>
#include <QStringList>

#include <utility>
#include <vector>

namespace checks {

class CheckContext
{
public:
    struct PreparedFence
    {
        const Fence *fence = nullptr;
        geo::PolygonIndex index;
    };

    // `data` and `tracks` must outlive the context.
    CheckContext(const CheckData &data, const TrackSource &tracks, const Window &window,
        const Thresholds &thresholds = {});

    const CheckData &data() const { return m_data; }
    const Window &window() const { return m_window; }
    const Thresholds &thresholds() const { return m_thresholds; }
    const geo::JumpFilterOptions &jumpOptions() const { return m_jump; }
    bool inWindow(qint64 ms) const { return ms >= m_window.fromMs && ms < m_window.toMs; }

    // Every plate any record names (registry, tasks, cards, violations), sorted: the runner's work units.
    const QStringList &plates() const { return m_plates; }

    const Vehicle *vehicle(const QString &plate) const; // nullptr when not in the registry
    const Card *card(const QString &cardNo) const;
    const Station *station(const QString &code) const;
    const std::vector<const Task *> &tasksOf(const QString &plate) const; // by start time
    const std::vector<const Card *> &cardsOf(const QString &plate) const;
    const std::vector<const Refuel *> &refuelsOfCard(const QString &cardNo) const; // by time
    std::vector<const Refuel *> refuelsOfVehicle(const QString &plate) const; // all its cards, by time
    const std::vector<const Violation *> &violationsOf(const QString &plate) const; // by time
    std::vector<const PreparedFence *> fencesFor(const QString &plate) const;

    // A task of the vehicle whose booked window [start, end] contains ms, or nullptr.
    const Task *taskCovering(const QString &plate, qint64 ms) const;
    // The union of the vehicle's task windows as disjoint [start, end] intervals, sorted: for sweeping a
    // sorted track against the tasks in one pass.
    std::vector<std::pair<qint64, qint64>> busyIntervals(const QString &plate) const;

    const TrackSource &tracks() const { return m_tracks; }

    // Where figures worked out from tracks go for the store to keep (taskkm.h); none by default.
    void setTaskKmSink(class TaskKmSink *sink) { m_taskKmSink = sink; }
    class TaskKmSink *taskKmSink() const { return m_taskKmSink; }

private:
    const CheckData &m_data;
    const TrackSource &m_tracks;
    class TaskKmSink *m_taskKmSink = nullptr;
    Window m_window;
    Thresholds m_thresholds;
    geo::JumpFilterOptions m_jump;
    QStringList m_plates;
    QHash<QString, const Vehicle *> m_vehicles;
    QHash<QString, const Card *> m_cards;
    QHash<QString, const Station *> m_stations;
    QHash<QString, std::vector<const Task *>> m_tasks;
    QHash<QString, std::vector<const Card *>> m_cardsByPlate;
    QHash<QString, std::vector<const Refuel *>> m_refuels;
    QHash<QString, std::vector<const Violation *>> m_violations;
    std::vector<PreparedFence> m_fences;
    const std::vector<const Task *> m_noTasks;
    const std::vector<const Card *> m_noCards;
    const std::vector<const Refuel *> m_noRefuels;
    const std::vector<const Violation *> m_noViolations;
};

} // namespace checks
