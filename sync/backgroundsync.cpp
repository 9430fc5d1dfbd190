#include "sync/backgroundsync.h"
#include "store/recordstore.h"
#include "sync/synclocal.h"
#include "sync/syncworker.h"

BackgroundSync::BackgroundSync(const QString &databasePath, RecordStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_thread.setObjectName(QStringLiteral("background sync"));
    m_worker = new SyncWorker(databasePath, &m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::signInDone, this,
        [this](bool ok, const QString &user, const QString &role, const QString &error) {
            m_status.signedIn = ok;
            m_status.online = ok || m_status.online;
            if (ok) {
                m_status.user = user;
                m_status.role = role;
                m_status.lastError.clear();
                emit signedIn(user, role);
            } else {
                m_status.lastError = error;
                emit signInFailed(error);
            }
            emit statusChanged();
        });
    connect(m_worker, &SyncWorker::syncStarted, this, [this]() {
        m_status.syncing = true;
        emit statusChanged();
    });
    connect(m_worker, &SyncWorker::syncDone, this,
        [this](bool ok, bool online, bool stillSignedIn, const QString &error, int pending, int conflicts,
            const QDateTime &at) {
            m_status.syncing = false;
            m_status.online = online;
            m_status.signedIn = stillSignedIn;
            m_status.pending = pending;
            m_status.openConflicts = conflicts;
            m_status.lastError = ok ? QString() : error;
            if (ok)
                m_status.lastSync = at;
            emit syncFinished(ok, error);
            emit statusChanged();
        });
    m_thread.start();
    SyncLocal local(m_store);
    const QString last = local.state(QStringLiteral("last_sync"));
    if (!last.isEmpty())
        m_status.lastSync = QDateTime::fromString(last, Qt::ISODateWithMs);
    refreshCounts();
}

BackgroundSync::~BackgroundSync()
{
    // Stop at the next step of a sync under way, end the thread's loops (a call waiting for the network
    // returns unanswered), and wait: the worker closes its connection in its own thread.
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSync::configure(const QString &serverUrl, const QString &caFile)
{
    m_status.configured = !serverUrl.trimmed().isEmpty();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, serverUrl, caFile]() { w->configure(serverUrl, caFile); });
    emit statusChanged();
}

void BackgroundSync::signIn(const QString &user, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, user, password]() { w->signIn(user, password); });
}

void BackgroundSync::signOut()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker]() { w->signOut(); });
    m_status.signedIn = false;
    m_status.online = false;
    emit statusChanged();
}

void BackgroundSync::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker]() { w->syncNow(); });
}

void BackgroundSync::syncSoon()
{
    refreshCounts();
    QMetaObject::invokeMethod(m_worker, [w = m_worker]() { w->syncSoon(); });
}

void BackgroundSync::setIntervals(int afterEditMs, int periodicMs, int firstRetryMs, int maxRetryMs)
{
    QMetaObject::invokeMethod(m_worker,
        [=, w = m_worker]() { w->setIntervals(afterEditMs, periodicMs, firstRetryMs, maxRetryMs); });
}

void BackgroundSync::refreshCounts()
{
    SyncLocal local(m_store);
    m_status.pending = local.pendingCount();
    m_status.openConflicts = int(local.conflicts().size());
    emit statusChanged();
}
