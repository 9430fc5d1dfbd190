#include "domain/checkservice.h"
#include "base/appsettings.h"
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "checks/checkcontext.h"
#include "checks/checkrunner.h"
#include "checks/taskkm.h"
#include "domain/tripsummary.h"
#include "store/anomalystore.h"
#include "store/checktasks.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/taskkmstore.h"
#include "store/trackreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <optional>

CheckService::CheckService(RecordStore &store, QString databasePath)
    : m_store(store)
    , m_path(std::move(databasePath))
{ }

checks::Thresholds CheckService::thresholdsFrom(const AppSettings &s)
{
    checks::Thresholds t;
    t.destinationRadiusM = s.threshold(QStringLiteral("rules/destination_km")) * 1000.0;
    t.mileageRatio = s.threshold(QStringLiteral("rules/mileage_ratio"));
    t.fuelRatio = s.threshold(QStringLiteral("rules/fuel_ratio"));
    t.fuelMinKm = s.threshold(QStringLiteral("rules/fuel_min_km"));
    t.stationRadiusM = s.threshold(QStringLiteral("rules/card_station_m"));
    t.stationWindowMs = qint64(s.threshold(QStringLiteral("rules/card_window_min")) * 60000.0);
    t.refuelCount = int(s.threshold(QStringLiteral("rules/refuel_count")));
    t.violationCount = int(s.threshold(QStringLiteral("rules/violation_count")));
    t.maxSpeedKmh = s.threshold(QStringLiteral("rules/jump_speed_kmh"));
    t.locationGapMs = qint64(s.threshold(QStringLiteral("rules/location_gap_min")) * 60000.0);
    return t;
}

checks::CheckData CheckService::loadData() const
{
    return load(std::nullopt, nullptr, nullptr);
}

checks::CheckData CheckService::loadData(const CheckTasks::DerivedWindow &keptKmNear, QString *error) const
{
    return load(keptKmNear, nullptr, error);
}

CheckTasks::DerivedWindow CheckService::derivedWindowFor(const CheckRequest &request)
{
    // The derived km kept for tasks (task_km) that the fuel rule may use: only rows near what it can ask
    // for are loaded, two months of margin around its months: a task left out is worked out from its track,
    // so the margin costs time at worst, never a finding. Each is used only while the task's vehicle and
    // times are still those it was worked out for (the rule also checks the refuel cuts and the jump filter).
    const std::vector<checks::YearMonth> judged
        = checks::beijingMonthsOverlapping(request.fromMs, request.toMs);
    constexpr qint64 kMarginMs = 62 * checks::kDayMs;
    const qint64 from = judged.empty()
        ? request.fromMs
        : checks::beijingMonthStartMs(judged.front().addMonths(-request.thresholds.fuelBaselineMonths));
    return { from - kMarginMs, request.toMs + kMarginMs };
}

checks::CheckData CheckService::load(const std::optional<CheckTasks::DerivedWindow> &derived,
    std::vector<TaskKeys> *keys, QString *error) const
{
    // Typed SQL with joins rather than the generic records: a city's year holds hundreds of thousands of
    // tasks, and building a QVariantMap per row cost seconds on one thread before any rule could start.
    // Keys come straight from the joined rows; tombstoned vehicles and drivers still name old tasks.
    checks::CheckData data;
    const QSqlDatabase db = m_store.database();
    auto rows = [&db](const char *sql, const std::function<void(const QSqlQuery &)> &take) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QLatin1String(sql));
        while (q.next())
            take(q);
    };
    auto ms = [](const QSqlQuery &q, int column) {
        return TimeParse::parseMs(q.value(column).toString()).value_or(0);
    };
    rows("SELECT v.plate, v.category, u.code, v.status FROM vehicles v LEFT JOIN units u ON u.id = v.unit_id "
         "WHERE v.deleted = 0",
        [&](const QSqlQuery &q) {
            data.vehicles.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString() });
        });
    // Straight through SQLite (store/checktasks.h): the tasks are most of what every rule waits for.
    std::vector<CheckTasks::Keys> ownKeys;
    CheckTasks::read(db, derived, data.tasks, keys ? *keys : ownKeys, error);
    rows("SELECT card_no, plate FROM cards WHERE deleted = 0", [&](const QSqlQuery &q) {
        data.cards.push_back({ q.value(0).toString(), q.value(1).toString() });
    });
    rows("SELECT code, name, lat, lon FROM stations WHERE deleted = 0", [&](const QSqlQuery &q) {
        data.stations.push_back(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toDouble() });
    });
    rows("SELECT c.card_no, s.code, r.time, r.litres, r.amount_yuan FROM refuels r JOIN cards c ON c.id = "
         "r.card_id "
         "JOIN stations s ON s.id = r.station_id WHERE r.deleted = 0",
        [&](const QSqlQuery &q) {
            data.refuels.push_back({ q.value(0).toString(), q.value(1).toString(), ms(q, 2),
                q.value(3).toDouble(), q.value(4).toDouble() });
        });
    rows("SELECT v.plate, d.code, x.code, x.time FROM violations x JOIN vehicles v ON v.id = x.vehicle_id "
         "LEFT JOIN drivers d ON d.id = x.driver_id WHERE x.deleted = 0",
        [&](const QSqlQuery &q) {
            data.violations.push_back(
                { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), ms(q, 3) });
        });
    for (const Record &r : m_store.records(Kind::Fences)) {
        checks::Fence f;
        f.name = r.text(Field::Name);
        f.area = TripSummary::areaFromGeoJson(r.text(Field::Geometry));
        f.plates = TripSummary::platesFromJson(r.text(Field::Plates));
        data.fences.push_back(std::move(f));
    }
    return data;
}

CheckOutcome CheckService::run(
    const CheckRequest &request, const QString &user, Progress progress, const std::atomic<bool> *cancel)
{
    CheckOutcome outcome;
    for (const QString &rule : request.rules) {
        if (!checks::CheckRunner::ruleIds().contains(rule)) {
            outcome.badRequest = true;
            outcome.error = tr("unknown rule %1 (rules: %2)")
                                .arg(rule, checks::CheckRunner::ruleIds().join(QStringLiteral(", ")));
            return outcome;
        }
    }
    // Before any track is read: how often each vehicle's days were written so far (TaskKmStore::save keeps
    // nothing of a vehicle written to meanwhile).
    TaskKmStore derived(m_store.database());
    QHash<QString, qint64> trackChanges;
    if (request.useDerived)
        trackChanges = derived.trackChanges(&outcome.derivedError);
    std::vector<TaskKeys> keys;
    QString loadError;
    const checks::CheckData data
        = load(request.useDerived ? std::optional<CheckTasks::DerivedWindow>(derivedWindowFor(request))
                                  : std::nullopt,
            &keys, &loadError);
    if (!loadError.isEmpty()) {
        outcome.error = loadError;
        return outcome;
    }
    QHash<QString, QString> vehicleIds;
    for (const Record &r : m_store.records(Kind::Vehicles, true))
        vehicleIds.insert(r.text(Field::Plate), r.id);
    TrackReader tracks(m_path, vehicleIds);
    checks::Window window { request.fromMs, request.toMs,
        request.nowMs ? request.nowMs : QDateTime::currentMSecsSinceEpoch() };
    checks::CheckContext context(data, tracks, window, request.thresholds);
    checks::TaskKmSink taskKm;
    if (request.useDerived)
        context.setTaskKmSink(&taskKm);
    checks::CheckRunner runner;
    // The runner stops on one flag: raised by the caller's cancel (passed on at each progress step) or by
    // the track reader when a stored day does not decode.
    std::atomic<bool> stop { cancel && cancel->load() };
    tracks.setStopFlag(&stop);
    runner.setProgressCallback([&](int done, int total) {
        if (cancel && cancel->load())
            stop = true;
        if (progress)
            progress(done, total);
    });
    runner.setCancelFlag(&stop);
    checks::CheckRunner::Result result = runner.run(context, request.rules);
    if (!tracks.error().isEmpty()) {
        // Findings judged on a track with a hole would be false (a car "never near" its destination).
        outcome.error = tracks.error();
        return outcome;
    }
    if (result.cancelled) {
        outcome.cancelled = true;
        return outcome; // a partial run is not kept: it would look like a clean bill for what it skipped
    }
    outcome.fixesRead = tracks.fixesRead();
    outcome.derivedUsed = taskKm.usedCount();
    if (request.useDerived && outcome.derivedError.isEmpty()) {
        // Keep what this run worked out for finished tasks. A failure here costs the next check time only.
        std::vector<TaskKmStore::Row> kept;
        for (const auto &[task, km] : taskKm.computed()) {
            if (!(task->endMs < window.nowMs))
                continue;
            const TaskKeys &key = keys[std::size_t(task - data.tasks.data())];
            kept.push_back({ key.taskId, key.vehicleId, task->startMs, task->endMs, km });
        }
        outcome.derivedKept = std::max(0, derived.save(kept, trackChanges, &outcome.derivedError));
    }
    outcome.anomalies = std::move(result.anomalies);
    if (request.keepFindings) {
        const AnomalyStore::SaveStats saved = AnomalyStore(m_store.database()).save(outcome.anomalies, user);
        if (!saved.ok) {
            outcome.error = tr("the findings could not be stored: %1").arg(saved.error);
            return outcome;
        }
        outcome.added = saved.added;
        outcome.updated = saved.updated;
        outcome.unchanged = saved.unchanged;
    }
    outcome.ok = true;
    return outcome;
}
