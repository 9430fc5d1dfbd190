#pragma once
// Keeps the rules' findings as records an auditor works through. A finding is identified by its key
// (rule, vehicle, task or card, start), so running a check again updates the figures of a known finding and
// never duplicates it, and never forgets what the auditor did with it: new → under review → supervised, or
// dismissed with a reason.
#include "checks/anomaly.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>
#include <vector>

struct AnomalyRecord
{
    QString id;
    QString key;
    QString rule, plate, driverCode, taskCode, cardNo;
    qint64 startMs = 0, endMs = 0;
    QJsonObject evidence;
    QString status; // new, review, supervised, confirmed, dismissed
    QString reason;
    QString firstFoundAt, lastFoundAt, updatedAt, updatedBy;
};

class AnomalyStore
{
    Q_DECLARE_TR_FUNCTIONS(AnomalyStore)

public:
    static QStringList statuses();
    static QString statusLabel(const QString &status);

    explicit AnomalyStore(const QSqlDatabase &db);

    struct SaveStats
    {
        bool ok = true;
        int added = 0, updated = 0, unchanged = 0;
        QString error;
    };
    SaveStats save(const std::vector<checks::Anomaly> &found, const QString &user);

    struct Filter
    {
        QString rule, plate, status;
        qint64 fromMs = 0, toMs = 0; // 0 = open
    };
    QList<AnomalyRecord> list(const Filter &filter) const;
    QList<AnomalyRecord> list() const { return list(Filter()); }
    std::optional<AnomalyRecord> find(const QString &id) const;
    std::optional<AnomalyRecord> findByKey(const QString &key) const; // the key `check --format json` prints
    // Moves a finding on; dismissing needs a reason. Returns the reason it was refused, or empty.
    QString setStatus(const QString &id, const QString &status, const QString &reason, const QString &user);

private:
    QSqlDatabase m_db;
};
