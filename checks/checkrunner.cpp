#include "checks/checkrunner.h"

#include "checks/cardbindingrule.h"
#include "checks/cardusagerule.h"
#include "checks/destinationrule.h"
#include "checks/fuelconsumptionrule.h"
#include "checks/locationrule.h"
#include "checks/mileagerule.h"
#include "checks/refuelfrequencyrule.h"
#include "checks/violationsrule.h"

#include <algorithm>
#include <mutex>
#include <thread>

namespace checks {

QStringList CheckRunner::ruleIds()
{
    return { QStringLiteral("location"), QStringLiteral("destination"), QStringLiteral("mileage"),
        QStringLiteral("fuel_consumption"), QStringLiteral("card_binding"), QStringLiteral("card_usage"),
        QStringLiteral("refuel_frequency"), QStringLiteral("violations") };
}

std::unique_ptr<Rule> CheckRunner::createRule(const QString &id)
{
    if (id == QLatin1String("location"))
        return std::make_unique<LocationRule>();
    if (id == QLatin1String("destination"))
        return std::make_unique<DestinationRule>();
    if (id == QLatin1String("mileage"))
        return std::make_unique<MileageRule>();
    if (id == QLatin1String("fuel_consumption"))
        return std::make_unique<FuelConsumptionRule>();
    if (id == QLatin1String("card_binding"))
        return std::make_unique<CardBindingRule>();
    if (id == QLatin1String("card_usage"))
        return std::make_unique<CardUsageRule>();
    if (id == QLatin1String("refuel_frequency"))
        return std::make_unique<RefuelFrequencyRule>();
    if (id == QLatin1String("violations"))
        return std::make_unique<ViolationsRule>();
    return nullptr;
}

CheckRunner::Result CheckRunner::run(const CheckContext &context, const QStringList &rules) const
{
    Result result;
    const QStringList all = ruleIds();
    for (const QString &id : rules) {
        if (!all.contains(id))
            result.unknownRules.append(id);
    }
    if (!result.unknownRules.isEmpty())
        return result;

    // Canonical order whatever order they were asked in, each rule once.
    std::vector<std::unique_ptr<Rule>> selected;
    std::vector<std::unique_ptr<RuleState>> states;
    for (const QString &id : all) {
        if (rules.isEmpty() || rules.contains(id)) {
            selected.push_back(createRule(id));
            states.push_back(selected.back()->createState());
        }
    }

    const QStringList &plates = context.plates();
    const int total = int(plates.size()) + 1;
    std::vector<std::vector<Anomaly>> perPlate(std::size_t(plates.size()));
    std::atomic<int> next { 0 };
    std::atomic<bool> stopped { false };
    std::mutex progressMutex;
    int done = 0;

    auto cancelled = [this]() { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    auto report = [&]() {
        const std::lock_guard<std::mutex> lock(progressMutex);
        ++done;
        if (m_progress)
            m_progress(done, total);
    };
    auto work = [&]() {
        for (;;) {
            if (cancelled()) {
                stopped = true;
                return;
            }
            const int i = next.fetch_add(1);
            if (i >= plates.size())
                return;
            // Each slot is written by exactly one worker: no lock needed for the results.
            std::vector<Anomaly> &out = perPlate[std::size_t(i)];
            VehicleTrack track(context.tracks(), plates[i], context.jumpOptions());
            for (std::size_t r = 0; r < selected.size(); ++r)
                selected[r]->checkVehicle(context, track, states[r].get(), out);
            report();
        }
    };

    const int helpers = std::min(m_threads, int(plates.size())) - 1;
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();

    for (auto &list : perPlate) {
        for (Anomaly &a : list)
            result.anomalies.push_back(std::move(a));
    }
    if (stopped || cancelled()) {
        result.cancelled = true;
    } else {
        for (std::size_t r = 0; r < selected.size(); ++r)
            selected[r]->finish(context, states[r].get(), result.anomalies);
        report();
    }

    std::sort(result.anomalies.begin(), result.anomalies.end(), [&all](const Anomaly &a, const Anomaly &b) {
        const int ra = int(all.indexOf(a.rule));
        const int rb = int(all.indexOf(b.rule));
        if (ra != rb)
            return ra < rb;
        if (a.plate != b.plate)
            return a.plate < b.plate;
        if (a.startMs != b.startMs)
            return a.startMs < b.startMs;
        return a.identityKey() < b.identityKey();
    });
    return result;
}

} // namespace checks
