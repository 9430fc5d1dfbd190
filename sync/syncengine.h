#pragma once
// One full sync of a local file with a server (DESIGN §7): push the outbox in batches until it is empty, then
// pull the server's changes page by page from the remembered position. Every step is its own transaction on
// the local file, so a sync cut anywhere (the network, the server, this program) leaves both sides
// consistent and the next one carries on: a batch without an answer is sent again unchanged (the server
// applies a change id once), a page is applied together with the position after it. Calls that fail for a
// passing reason (no answer, 5xx, 429) are retried with growing waits.
#include "sync/synclocal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <atomic>
#include <functional>

class RecordStore;
class SyncClient;
struct SyncReply;

struct SyncRetry
{
    int attempts = 4; // tries per call
    int firstDelayMs = 500; // then doubling
    int maxDelayMs = 8000;
};

struct SyncReport
{
    bool ok = false;
    QString error; // why the sync stopped, for a person
    bool certificateRefused = false;
    bool signInNeeded = false; // the session ended (expired, revoked, wrong password)
    bool offline = false; // no answer from the server
    int pushed = 0; // changes applied by the server (or found applied before)
    int duplicates = 0; // of those, found applied before (a batch whose answer was lost)
    int pulled = 0; // server rows written here
    int pending = 0; // local changes still waiting
    QList<SyncConflict> problems; // found by this sync
    QDateTime finishedAt;
};

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    SyncEngine(RecordStore &store, SyncClient &client);

    void setRetry(const SyncRetry &retry) { m_retry = retry; }
    void setBatchSize(int n) { m_batch = n; }
    void setPageSize(int n) { m_page = n; }
    // Set from another thread to stop at the next step (the background sync on quit).
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    // Told after each batch and page (for a progress line).
    std::function<void(const QString &)> progress;

    // Signs in when the client has no session yet (user and password given), then pushes and pulls.
    SyncReport run(const QString &user = {}, const QString &password = {});

    SyncLocal &local() { return m_local; }

private:
    SyncReply withRetry(const std::function<SyncReply()> &call);
    bool fail(SyncReport *report, const SyncReply &reply);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    RecordStore &m_store;
    SyncClient &m_client;
    SyncLocal m_local;
    SyncRetry m_retry;
    int m_batch = 500;
    int m_page = 1000;
    const std::atomic<bool> *m_cancel = nullptr;
};
