#include "models/checkjob.h"
#include "store/anomalystore.h"

CheckJob::CheckJob(QString databasePath, CheckRequest request, QString user, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_request(std::move(request))
    , m_user(std::move(user))
    , m_job(
          this, [this](const CheckOutcome &outcome) { emit finished(outcome); },
          BackgroundJob<CheckOutcome>::OnDestroy::CancelAndWait)
{ }

CheckJob::~CheckJob() = default;

void CheckJob::start()
{
    const QString path = m_databasePath, user = m_user;
    const CheckRequest request = m_request;
    using Job = BackgroundJob<CheckOutcome>;
    m_job.start(
        path, QStringLiteral("check"),
        [=](Job::Worker &w) {
            CheckOutcome outcome;
            if (w.cancelled.load()) {
                outcome.cancelled = true;
                return outcome;
            }
            CheckService service(w.store, path);
            // The service would store the findings as soon as the rules finish; storing them here instead
            // lets a cancel that comes in between still leave nothing behind.
            CheckRequest rulesOnly = request;
            rulesOnly.keepFindings = false;
            outcome = service.run(rulesOnly, user, w.progress, &w.cancelled);
            if (w.cancelled.load()) {
                CheckOutcome cancelled;
                cancelled.cancelled = true;
                return cancelled;
            }
            if (!outcome.ok || !request.keepFindings)
                return outcome;
            const AnomalyStore::SaveStats saved
                = AnomalyStore(w.database.connection()).save(outcome.anomalies, user);
            if (!saved.ok) {
                outcome.ok = false;
                outcome.error = saved.error;
                return outcome;
            }
            outcome.added = saved.added;
            outcome.updated = saved.updated;
            outcome.unchanged = saved.unchanged;
            return outcome;
        },
        [](const QString &error) {
            CheckOutcome outcome;
            outcome.error = error;
            return outcome;
        });
}
