#pragma once
// Derived data of the checks (docs/ARCHITECTURE.md "Derived data"): what the fuel rule takes from a
// finished task's track (checks::TaskKm), kept in task_km so that judging a month does not read the three
// months before it again. Not records: no change log, never synced, and any row may vanish at any time. The
// schema's triggers (migrations 6 and 12) drop a row when its task's vehicle, start, end or tombstone, or a
// track day of its vehicle within the task's days, is written; a row is also used only when its task's times,
// vehicle, refuel cuts and jump filter still match (CheckService), so a stale figure is never judged on.
#include "checks/checkdata.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <vector>

class TaskKmStore
{
public:
    explicit TaskKmStore(const QSqlDatabase &db);

    struct Row
    {
        QString taskId;
        QString vehicleId;
        qint64 startMs = 0;
        qint64 endMs = 0;
        checks::TaskKm km;
    };

    // How many times each vehicle's track days were written (track_changes), read before a check reads
    // any track. A vehicle never written since schema 6 is absent (0).
    QHash<QString, qint64> trackChanges(QString *error = nullptr) const;

    // Keeps `rows` in one write scope, except those of a vehicle whose track days were written since
    // `seen` was read: what a check read then may be older than what is stored now. Returns how many rows
    // were kept, or -1 with *error (nothing kept).
    int save(const std::vector<Row> &rows, const QHash<QString, qint64> &seen, QString *error = nullptr);

    // Drops every row (the next check works everything out from the tracks again).
    bool clear(QString *error = nullptr);
    int count() const;

    // The km column: cut count (int32), the cuts (int64) and the pieces (float64, bit for bit), little
    // endian. decode() refuses anything else.
    static QByteArray encode(const checks::TaskKm &km);
    static bool decode(const QByteArray &blob, checks::TaskKm &km);

private:
    QSqlDatabase m_db;
};
