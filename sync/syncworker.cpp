#include "sync/syncworker.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QTimer>

SyncWorker::SyncWorker(QString databasePath, const std::atomic<bool> *cancel)
    : m_path(std::move(databasePath))
    , m_cancel(cancel)
{ }

SyncWorker::~SyncWorker()
{
    // Destroyed in the sync thread (deleteLater on its end), where the connection was opened.
    m_engine.reset();
    m_store.reset();
    m_db.reset();
}

bool SyncWorker::open(QString *error)
{
    if (m_db)
        return true;
    auto db = std::make_unique<Database>(QStringLiteral("background-sync"));
    if (!db->open(m_path)) {
        *error = db->errorString();
        return false;
    }
    m_db = std::move(db);
    m_store = std::make_unique<RecordStore>(m_db->connection());
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    return true;
}

void SyncWorker::configure(const QString &serverUrl, const QString &caFile)
{
    if (serverUrl == m_url && caFile == m_ca && m_client)
        return;
    m_url = serverUrl;
    m_ca = caFile;
    m_engine.reset();
    m_client.reset();
}

void SyncWorker::setIntervals(int afterEditMs, int periodicMs, int firstRetryMs, int maxRetryMs)
{
    m_afterEditMs = afterEditMs;
    m_periodicMs = periodicMs;
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
}

void SyncWorker::signIn(const QString &user, const QString &password)
{
    QString error;
    if (!open(&error)) {
        emit signInDone(false, user, {}, error);
        return;
    }
    m_engine.reset();
    m_client = std::make_unique<SyncClient>();
    m_client->setTimeoutMs(20000);
    if (!m_client->configure(m_url, m_ca, &error)) {
        m_client.reset();
        emit signInDone(false, user, {}, error);
        return;
    }
    const SyncReply r = m_client->login(user, password);
    if (!r.ok()) {
        m_client.reset();
        emit signInDone(false, user, {}, r.message);
        return;
    }
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_client);
    m_engine->setCancelFlag(m_cancel);
    m_engine->setRetry({ 1, 0, 0 }); // the schedule below is the retry
    emit signInDone(true, m_client->user(), m_client->role(), {});
    m_retryMs = 0;
    syncNow();
}

void SyncWorker::signOut()
{
    if (m_timer)
        m_timer->stop();
    if (m_client && m_client->signedIn())
        m_client->logout();
    m_engine.reset();
    m_client.reset();
}

void SyncWorker::syncSoon()
{
    if (m_engine && m_timer && (!m_timer->isActive() || m_timer->remainingTime() > m_afterEditMs)
        && m_retryMs == 0)
        schedule(m_afterEditMs);
}

void SyncWorker::schedule(int ms)
{
    if (m_timer && !(m_cancel && m_cancel->load()))
        m_timer->start(ms);
}

void SyncWorker::syncNow()
{
    if (!m_engine || (m_cancel && m_cancel->load()))
        return;
    m_timer->stop();
    emit syncStarted();
    const SyncReport r = m_engine->run();
    const bool online = !r.offline && !r.certificateRefused;
    const int conflicts = int(m_engine->local().conflicts().size());
    if (r.signInNeeded) {
        // The session ended (expired, revoked): nothing more until the user signs in again.
        m_engine.reset();
        m_client.reset();
        emit syncDone(false, online, false, r.error, r.pending, conflicts, r.finishedAt);
        return;
    }
    if (r.ok) {
        m_retryMs = 0;
        schedule(m_periodicMs);
    } else {
        m_retryMs = m_retryMs == 0 ? m_firstRetryMs : std::min(m_retryMs * 2, m_maxRetryMs);
        schedule(m_retryMs);
    }
    emit syncDone(r.ok, online, true, r.error, r.pending, conflicts, r.finishedAt);
}
