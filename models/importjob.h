#pragma once
// Runs one file import off the GUI thread. The worker opens its own connection to the same SQLite file
// (a connection belongs to the thread that opened it; WAL lets the GUI keep reading meanwhile) and reports
// progress; cancel() stops it before anything is stored.
#include "interchange/recordimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString databasePath, QString kind, QString file, QString user, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    QString kind() const { return m_kind; }
    ImportOutcome outcome() const { return m_outcome; }
    // Blocks until the worker is done (tests, shutdown).
    void wait() { m_watcher.waitForFinished(); }

signals:
    void progress(int done, int total);
    void finished(const ImportOutcome &outcome);

private:
    QString m_databasePath;
    QString m_kind;
    QString m_file;
    QString m_user;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<ImportOutcome> m_watcher;
    ImportOutcome m_outcome;
};
