#pragma once
// Runs one file import off the GUI thread (a BackgroundJob: the worker has its own connection to the same
// SQLite file) and reports progress; cancel() stops it before anything is stored.
#include "interchange/recordimporter.h"
#include "models/backgroundjob.h"

#include <QObject>

class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString databasePath, QString kind, QString file, QString user, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }
    QString kind() const { return m_kind; }
    ImportOutcome outcome() const { return m_job.result(); }
    // Blocks until the worker is done (tests, shutdown).
    void wait() { m_job.wait(); }

signals:
    void progress(int done, int total);
    void finished(const ImportOutcome &outcome);

private:
    QString m_databasePath;
    QString m_kind;
    QString m_file;
    QString m_user;
    BackgroundJob<ImportOutcome> m_job; // cancelled and waited for when this goes
};
