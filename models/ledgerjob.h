#pragma once
// Reads one ledger (LedgerBook::load) off the GUI thread: a BackgroundJob, so the worker opens the SQLite
// file again (a connection belongs to the thread that opened it) and reads the period's rows there, the
// refuels' l/100 km from the kept task km or the tracks. One object per reading: a newer reading replaces
// this one by cancelling it (the flag also stops the track reader) and dropping what it finds. Progress
// reaches this object through queued calls; finished() comes on its own thread.
#include "domain/ledgerbook.h"
#include "models/backgroundjob.h"

#include <QObject>

class LedgerJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        LedgerKind kind = LedgerKind::Refuels;
        qint64 fromMs = 0, toMs = 0; // [from, to)
        checks::Thresholds thresholds; // CheckService::thresholdsFrom(settings)
    };

    LedgerJob(QString databasePath, Request request, QObject *parent = nullptr);
    ~LedgerJob() override;

    void start();
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }
    const Request &request() const { return m_request; }
    // What was read (after finished()): rows, or error, or cancelled.
    const LedgerBook &book() const { return m_job.result(); }
    // Blocks until the worker is done (tests); finished() still follows through the event loop.
    void wait() { m_job.wait(); }

signals:
    void progress(int done, int total);
    void finished();

private:
    QString m_databasePath;
    Request m_request;
    // Cancelled and waited for when this goes: the reading stops at the flag (between vehicles, and in the
    // track reader), and the worker's connection must not outlive the page.
    BackgroundJob<LedgerBook> m_job;
};
