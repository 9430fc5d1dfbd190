#pragma once
// The desktop's sync in the background: a thread of its own with its own connection to the file (a
// connection belongs to the thread that opened it) and its own HTTPS session. After a sign-in it syncs at
// once, then every minute and soon after a local edit; when the server cannot be reached it tries again after
// a wait that doubles from 5 s up to 5 min. The window hears of every change of state (online or offline,
// the last sync, changes waiting, open conflicts) through statusChanged().
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

class RecordStore;
class QTimer;

struct SyncStatus
{
    bool configured = false; // a server URL is set
    bool signedIn = false;
    bool online = false; // the last call reached the server
    bool syncing = false;
    QString user;
    QString role; // from the server while signed in
    QDateTime lastSync; // UTC, the last sync that went through
    int pending = 0; // local changes waiting for the server
    int openConflicts = 0;
    QString lastError;
};

class SyncWorker;

class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    // `store` is the window's own (for counting what waits, on its own connection); the worker opens the
    // same file again in its thread.
    BackgroundSync(const QString &databasePath, RecordStore &store, QObject *parent = nullptr);
    ~BackgroundSync() override;

    void configure(const QString &serverUrl, const QString &caFile);
    void signIn(const QString &user, const QString &password);
    void signOut();
    void syncNow();
    // Waits for the interval of quick syncs after a local edit (a burst of edits is one sync).
    void syncSoon();
    SyncStatus status() const { return m_status; }
    // Counts again what waits and what conflicts (after a local edit or a settled conflict).
    void refreshCounts();
    // For tests: the waits of the schedule.
    void setIntervals(int afterEditMs, int periodicMs, int firstRetryMs, int maxRetryMs);

signals:
    void statusChanged();
    void signedIn(const QString &user, const QString &role);
    void signInFailed(const QString &error);
    void syncFinished(bool ok, const QString &error);

private:
    SyncStatus m_status;
    RecordStore &m_store;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread
    std::atomic<bool> m_cancel { false };
};
