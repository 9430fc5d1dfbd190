// Runs the selected §5 rules over a CheckContext: vehicles are independent, so they are shared out over a
// few threads; progress is reported through a callback and a run can be cancelled through a flag.
#pragma once

#include "checks/anomaly.h"
#include "checks/checkcontext.h"
#include "checks/rule.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace checks {

class CheckRunner
{
public:
    // done out of total steps (one per vehicle, one for the fleet-wide finish). Called from a worker
    // thread, never from two at once: a GUI forwards it with a queued signal.
    using ProgressCallback = std::function<void(int done, int total)>;

    struct Result
    {
        std::vector<Anomaly> anomalies; // sorted: rule (in ruleIds() order), plate, start, identity key
        bool cancelled = false; // then `anomalies` holds what the finished vehicles gave, nothing fleet-wide
        QStringList unknownRules; // requested ids that are not rules; nothing runs when there are any
    };

    // The eight §5 rule ids in the order of DESIGN §5.
    static QStringList ruleIds();
    static std::unique_ptr<Rule> createRule(const QString &id);

    void setThreadCount(int threads) { m_threads = threads < 1 ? 1 : threads; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // The flag is polled between vehicles; it must outlive run().
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Runs the rules named in `rules` (all when empty). Blocks until done or cancelled.
    Result run(const CheckContext &context, const QStringList &rules = {}) const;

private:
    int m_threads = 2;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace checks
