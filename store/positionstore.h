#pragma once
// Keeps each vehicle's positions as one compact block per Beijing day (FixCodec, ~5 bytes a fix) in the
// track_days table, and reads them back by time range. Adding merges with what is stored: fixes may arrive
// out of order or twice, and a stored day holds one fix per instant. Writes join the caller's transaction.
#include "positionio/positionfix.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

class PositionStore
{
public:
    explicit PositionStore(const QSqlDatabase &db);

    struct AddResult
    {
        bool ok = true;
        qint64 added = 0; // instants not stored before
        qint64 replaced = 0; // instants stored before with other values
        int daysWritten = 0;
        QString error;
    };
    // `fixes` in any order; for one instant the last one given wins.
    AddResult add(const QString &vehicleId, std::vector<PositionFix> fixes);

    // Fixes with fromMs <= time < toMs, sorted by time.
    std::vector<PositionFix> fixes(const QString &vehicleId, qint64 fromMs, qint64 toMs) const;
    qint64 fixCount(const QString &vehicleId = QString()) const;
    qint64 storedBytes() const;
    // Vehicles that have any fix from fromMs to toMs (for rules that look for fixes without a task).
    QStringList vehiclesWithFixes(qint64 fromMs, qint64 toMs) const;

private:
    QSqlDatabase m_db;
};
