#pragma once
// BackgroundSync's worker: lives in the sync thread, opens the file there, and runs the sync engine on its
// own schedule (see backgroundsync.h). Only BackgroundSync talks to it, through queued calls.
#include <QDateTime>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class Database;
class QTimer;
class RecordStore;
class SyncClient;
class SyncEngine;

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString databasePath, const std::atomic<bool> *cancel);
    ~SyncWorker() override;

    void configure(const QString &serverUrl, const QString &caFile);
    void signIn(const QString &user, const QString &password);
    void signOut();
    void syncNow();
    void syncSoon();
    void setIntervals(int afterEditMs, int periodicMs, int firstRetryMs, int maxRetryMs);

signals:
    void signInDone(bool ok, const QString &user, const QString &role, const QString &error);
    void syncStarted();
    void syncDone(bool ok, bool online, bool signedIn, const QString &error, int pending, int conflicts,
        const QDateTime &at);

private:
    bool open(QString *error);
    void schedule(int ms);

    QString m_path;
    const std::atomic<bool> *m_cancel;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_timer = nullptr;
    QString m_url, m_ca;
    int m_afterEditMs = 2000;
    int m_periodicMs = 60000;
    int m_firstRetryMs = 5000;
    int m_maxRetryMs = 300000;
    int m_retryMs = 0; // the next wait after a failure; 0 after a success
};
