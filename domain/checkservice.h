#pragma once
// Runs the anomaly rules over the local database: loads the records the rules judge into their plain form,
// gives them the stored tracks, runs them (two threads, progress, cancel) and keeps the findings as anomaly
// records. Used by fleetdesk-cli check and, through CheckJob, by the app.
#include "checks/anomaly.h"
#include "checks/checkdata.h"
#include "store/checktasks.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

class RecordStore;
class AppSettings;

struct CheckRequest
{
    qint64 fromMs = 0; // included
    qint64 toMs = 0; // excluded
    qint64 nowMs = 0; // 0 = the current time
    QStringList rules; // empty = all eight
    checks::Thresholds thresholds;
    bool keepFindings = true; // store them as anomaly records
    // Take finished tasks' km from the store's derived data and keep what this run works out from tracks
    // (docs/ARCHITECTURE.md "Derived data"). The findings are the same either way; false reads every track.
    bool useDerived = true;
};

struct CheckOutcome
{
    bool ok = false;
    bool cancelled = false;
    bool badRequest = false; // the request itself is wrong (an unknown rule), not the data
    QString error;
    std::vector<checks::Anomaly> anomalies;
    int added = 0, updated = 0, unchanged = 0; // in the anomaly records
    qint64 fixesRead = 0; // fixes the rules read from the stored tracks
    int derivedUsed = 0; // tasks whose km came from the derived data instead of their tracks
    int derivedKept = 0; // tasks whose km this run worked out and the derived data now keeps
    QString derivedError; // why they could not be kept (the check itself still counts)
};

class CheckService
{
    Q_DECLARE_TR_FUNCTIONS(CheckService)

public:
    using Progress = std::function<void(int done, int total)>;

    // `store` reads on the calling thread's connection; tracks are read from `databasePath` by the rules'
    // worker threads through their own connections.
    CheckService(RecordStore &store, QString databasePath);

    static checks::Thresholds thresholdsFrom(const AppSettings &settings);
    // Everything the rules judge except positions, in the rules' plain form.
    checks::CheckData loadData() const;
    // The same with the km the store kept for tasks in `keptKmNear` attached, as a check loads them (the
    // refuel ledger's fill-to-fill reading). A table that cannot be read is *error.
    checks::CheckData loadData(const CheckTasks::DerivedWindow &keptKmNear, QString *error) const;

    CheckOutcome run(const CheckRequest &request, const QString &user, Progress progress = {},
        const std::atomic<bool> *cancel = nullptr);

private:
    // The store's keys of each task in CheckData::tasks (same order), for keeping derived data.
    using TaskKeys = CheckTasks::Keys;
    // With `derived`, the kept km of tasks in that window are attached to the tasks. A table that cannot be
    // read is *error (the tasks: a check without them would judge nothing).
    checks::CheckData load(const std::optional<CheckTasks::DerivedWindow> &derived,
        std::vector<TaskKeys> *keys, QString *error) const;
    // The window of kept km the fuel rule may use in `request`.
    static CheckTasks::DerivedWindow derivedWindowFor(const CheckRequest &request);

    RecordStore &m_store;
    QString m_path;
};
