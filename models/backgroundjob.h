#pragma once
// One piece of work on a worker thread with a database connection of its own: the one way the desktop runs
// a check, a file import or a dispatch-all plan off the GUI thread. A Qt Sql connection belongs to the
// thread that opened it, so the worker opens the same SQLite file again (WAL lets the GUI keep reading
// meanwhile) and gives the work a RecordStore on it. The owner (a QObject) gets the result on its own thread
// through done(); a cancel is a flag the work reads; progress(done, total) is sent to the owner by a queued
// call to its `progress` signal. The owner decides whether its destruction waits for the worker: a job that
// writes (check, import) is cancelled and waited for, a plan that only reads is simply dropped.
#include "store/database.h"
#include "store/recordstore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

template<typename Result>
class BackgroundJob
{
public:
    enum class OnDestroy { CancelAndWait, Drop };
    // What the work gets on its worker: the store on its own connection, that connection, the cancel flag,
    // and a progress report to the owner.
    struct Worker
    {
        RecordStore &store;
        Database &database;
        std::atomic<bool> &cancelled; // the work may raise it too (a check that must stop)
        std::function<void(int done, int total)> progress;
    };
    using Work = std::function<Result(Worker &worker)>;
    using Failed = std::function<Result(const QString &error)>; // the file did not open

    BackgroundJob(QObject *owner, std::function<void(const Result &)> done, OnDestroy onDestroy)
        : m_owner(owner)
        , m_onDestroy(onDestroy)
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, owner, [this, done = std::move(done)] {
            m_result = m_watcher.result();
            done(m_result);
        });
    }
    ~BackgroundJob()
    {
        m_watcher.disconnect();
        if (m_onDestroy == OnDestroy::CancelAndWait) {
            cancel();
            m_watcher.waitForFinished();
        }
    }
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    // `name` names the worker's connection (with its thread, so two jobs never share one).
    void start(const QString &databasePath, const QString &name, Work work, Failed failed)
    {
        QPointer<QObject> owner(m_owner);
        const auto cancel = m_cancel;
        m_watcher.setFuture(QtConcurrent::run([=]() -> Result {
            Database db(QStringLiteral("%1-%2").arg(name).arg(quintptr(QThread::currentThreadId())));
            if (!db.open(databasePath))
                return failed(db.errorString());
            RecordStore store(db.connection());
            Worker worker { store, db, *cancel, [owner](int done, int total) {
                               QMetaObject::invokeMethod(owner, "progress", Qt::QueuedConnection,
                                   Q_ARG(int, done), Q_ARG(int, total));
                           } };
            return work(worker);
        }));
    }
    void cancel() { m_cancel->store(true); }
    bool isCancelled() const { return m_cancel->load(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    const Result &result() const { return m_result; }
    // Blocks until the worker is done (tests, shutdown); done() still follows through the event loop.
    void wait() { m_watcher.waitForFinished(); }

private:
    QObject *m_owner;
    OnDestroy m_onDestroy;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Result> m_watcher;
    Result m_result {};
};
