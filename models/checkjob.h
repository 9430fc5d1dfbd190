#pragma once
// Runs the anomaly checks off the GUI thread, as ImportJob does for imports: the worker opens its own
// connection to the same SQLite file, builds a RecordStore on it and runs CheckService there. Progress
// reaches this object through queued calls. A cancelled run stores nothing, even when the cancel arrives
// after the rules are done but before the findings are written.
#include "domain/checkservice.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>

class CheckJob : public QObject
{
    Q_OBJECT

public:
    // request.thresholds should come from CheckService::thresholdsFrom(settings); request.keepFindings
    // decides whether the findings become anomaly records.
    CheckJob(QString databasePath, CheckRequest request, QString user, QObject *parent = nullptr);
    ~CheckJob() override;

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    CheckOutcome outcome() const { return m_outcome; }
    const CheckRequest &request() const { return m_request; }
    // Blocks until the worker is done (tests, shutdown).
    void wait() { m_watcher.waitForFinished(); }

signals:
    void progress(int done, int total);
    void finished(const CheckOutcome &outcome);

private:
    QString m_databasePath;
    CheckRequest m_request;
    QString m_user;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<CheckOutcome> m_watcher;
    CheckOutcome m_outcome;
};

Q_DECLARE_METATYPE(CheckOutcome)
