#pragma once
// Runs the anomaly checks off the GUI thread (a BackgroundJob: the worker has its own connection to the
// same SQLite file and a RecordStore on it) and runs CheckService there. Progress reaches this object
// through queued calls. A cancelled run stores nothing, even when the cancel arrives
// after the rules are done but before the findings are written.
#include "domain/checkservice.h"
#include "models/backgroundjob.h"

#include <QMetaType>
#include <QObject>

class CheckJob : public QObject
{
    Q_OBJECT

public:
    // request.thresholds should come from CheckService::thresholdsFrom(settings); request.keepFindings
    // decides whether the findings become anomaly records.
    CheckJob(QString databasePath, CheckRequest request, QString user, QObject *parent = nullptr);
    ~CheckJob() override;

    void start();
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }
    CheckOutcome outcome() const { return m_job.result(); }
    const CheckRequest &request() const { return m_request; }
    // Blocks until the worker is done (tests, shutdown).
    void wait() { m_job.wait(); }

signals:
    void progress(int done, int total);
    void finished(const CheckOutcome &outcome);

private:
    QString m_databasePath;
    CheckRequest m_request;
    QString m_user;
    BackgroundJob<CheckOutcome> m_job; // cancelled and waited for when this goes: it writes findings
};

Q_DECLARE_METATYPE(CheckOutcome)
