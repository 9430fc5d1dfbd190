#include "checks/checkcontext.h"

#include <QSet>

#include <algorithm>

namespace checks {

namespace {

template<class T>
const T &lookup(const QHash<QString, T> &hash, const QString &key, const T &fallback)
{
    const auto it = hash.constFind(key);
    return it == hash.constEnd() ? fallback : it.value();
}

} // namespace

CheckContext::CheckContext(
    const CheckData &data, const TrackSource &tracks, const Window &window, const Thresholds &thresholds)
    : m_data(data)
    , m_tracks(tracks)
    , m_window(window)
    , m_thresholds(thresholds)
{
    m_jump.maxSpeedKmh = thresholds.maxSpeedKmh;
    m_jump.sameTimeToleranceM = thresholds.sameTimeJumpM;

    QSet<QString> plates;
    for (const Vehicle &v : data.vehicles) {
        m_vehicles.insert(v.plate, &v);
        plates.insert(v.plate);
    }
    for (const Task &t : data.tasks) {
        m_tasks[t.plate].push_back(&t);
        plates.insert(t.plate);
    }
    for (const Card &c : data.cards) {
        m_cards.insert(c.cardNo, &c);
        m_cardsByPlate[c.plate].push_back(&c);
        plates.insert(c.plate);
    }
    for (const Station &s : data.stations)
        m_stations.insert(s.code, &s);
    for (const Refuel &r : data.refuels)
        m_refuels[r.cardNo].push_back(&r);
    for (const Violation &v : data.violations) {
        m_violations[v.plate].push_back(&v);
        plates.insert(v.plate);
    }
    for (const Fence &f : data.fences)
        m_fences.push_back({ &f, geo::PolygonIndex(f.area) });

    // Ties broken by code / card so that every run orders records the same way.
    for (auto &list : m_tasks) {
        std::sort(list.begin(), list.end(), [](const Task *a, const Task *b) {
            return a->startMs != b->startMs ? a->startMs < b->startMs : a->code < b->code;
        });
    }
    for (auto &list : m_refuels) {
        std::stable_sort(
            list.begin(), list.end(), [](const Refuel *a, const Refuel *b) { return a->timeMs < b->timeMs; });
    }
    for (auto &list : m_violations) {
        std::stable_sort(list.begin(), list.end(),
            [](const Violation *a, const Violation *b) { return a->timeMs < b->timeMs; });
    }
    plates.remove(QString());
    m_plates = QStringList(plates.begin(), plates.end());
    m_plates.sort();
}

const Vehicle *CheckContext::vehicle(const QString &plate) const
{
    return m_vehicles.value(plate, nullptr);
}

const Card *CheckContext::card(const QString &cardNo) const
{
    return m_cards.value(cardNo, nullptr);
}

const Station *CheckContext::station(const QString &code) const
{
    return m_stations.value(code, nullptr);
}

const std::vector<const Task *> &CheckContext::tasksOf(const QString &plate) const
{
    return lookup(m_tasks, plate, m_noTasks);
}

const std::vector<const Card *> &CheckContext::cardsOf(const QString &plate) const
{
    return lookup(m_cardsByPlate, plate, m_noCards);
}

const std::vector<const Refuel *> &CheckContext::refuelsOfCard(const QString &cardNo) const
{
    return lookup(m_refuels, cardNo, m_noRefuels);
}

std::vector<const Refuel *> CheckContext::refuelsOfVehicle(const QString &plate) const
{
    std::vector<const Refuel *> all;
    for (const Card *c : cardsOf(plate)) {
        const auto &list = refuelsOfCard(c->cardNo);
        all.insert(all.end(), list.begin(), list.end());
    }
    std::stable_sort(
        all.begin(), all.end(), [](const Refuel *a, const Refuel *b) { return a->timeMs < b->timeMs; });
    return all;
}

const std::vector<const Violation *> &CheckContext::violationsOf(const QString &plate) const
{
    return lookup(m_violations, plate, m_noViolations);
}

std::vector<const CheckContext::PreparedFence *> CheckContext::fencesFor(const QString &plate) const
{
    std::vector<const PreparedFence *> out;
    for (const PreparedFence &f : m_fences) {
        if (f.fence->appliesTo(plate))
            out.push_back(&f);
    }
    return out;
}

const Task *CheckContext::taskCovering(const QString &plate, qint64 ms) const
{
    const auto &tasks = tasksOf(plate);
    // Tasks are sorted by start; any of those starting at or before ms may still be running (their ends are
    // not sorted when bookings overlap), so scan back from the last one that has started.
    auto it = std::upper_bound(
        tasks.begin(), tasks.end(), ms, [](qint64 t, const Task *task) { return t < task->startMs; });
    while (it != tasks.begin()) {
        --it;
        if ((*it)->endMs >= ms)
            return *it;
    }
    return nullptr;
}

std::vector<std::pair<qint64, qint64>> CheckContext::busyIntervals(const QString &plate) const
{
    std::vector<std::pair<qint64, qint64>> out;
    for (const Task *t : tasksOf(plate)) {
        if (t->endMs < t->startMs)
            continue;
        if (!out.empty() && t->startMs <= out.back().second)
            out.back().second = std::max(out.back().second, t->endMs);
        else
            out.emplace_back(t->startMs, t->endMs);
    }
    return out;
}

} // namespace checks
