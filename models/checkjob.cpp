#include "models/checkjob.h"
#include "store/anomalystore.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QPointer>
#include <QThread>
#include <QtConcurrent>

CheckJob::CheckJob(QString databasePath, CheckRequest request, QString user, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_request(std::move(request))
    , m_user(std::move(user))
{
    connect(&m_watcher, &QFutureWatcher<CheckOutcome>::finished, this, [this] {
        m_outcome = m_watcher.result();
        emit finished(m_outcome);
    });
}

CheckJob::~CheckJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void CheckJob::start()
{
    const QString path = m_databasePath, user = m_user;
    const CheckRequest request = m_request;
    const auto cancelFlag = m_cancel;
    QPointer<CheckJob> self(this);
    m_watcher.setFuture(QtConcurrent::run([=]() {
        CheckOutcome outcome;
        if (cancelFlag->load()) {
            outcome.cancelled = true;
            return outcome;
        }
        Database db(QStringLiteral("check-%1").arg(quintptr(QThread::currentThreadId())));
        if (!db.open(path)) {
            outcome.error = db.errorString();
            return outcome;
        }
        RecordStore store(db.connection());
        CheckService service(store, path);
        // The service would store the findings as soon as the rules finish; storing them here instead lets
        // a cancel that comes in between still leave nothing behind.
        CheckRequest rulesOnly = request;
        rulesOnly.keepFindings = false;
        outcome = service.run(
            rulesOnly, user,
            [&](int done, int total) {
                QMetaObject::invokeMethod(
                    self, "progress", Qt::QueuedConnection, Q_ARG(int, done), Q_ARG(int, total));
            },
            cancelFlag.get());
        if (cancelFlag->load()) {
            CheckOutcome cancelled;
            cancelled.cancelled = true;
            return cancelled;
        }
        if (!outcome.ok || !request.keepFindings)
            return outcome;
        const AnomalyStore::SaveStats saved = AnomalyStore(db.connection()).save(outcome.anomalies, user);
        if (!saved.ok) {
            outcome.ok = false;
            outcome.error = saved.error;
            return outcome;
        }
        outcome.added = saved.added;
        outcome.updated = saved.updated;
        outcome.unchanged = saved.unchanged;
        return outcome;
    }));
}
