#pragma once
// The tasks a check judges, read for CheckService through SQLite's C API on the calling thread's own
// connection (so the same thread and transaction as the rest of its load). A city's months hold
// hundreds of thousands of tasks and every rule waits for them: through QSqlQuery each text column was
// converted to UTF-16 by SQLite and again wrapped in a QVariant, and the derived km were matched to their
// tasks through a hash of 200 k ids; here the texts are taken as UTF-8, repeated ones (plates, drivers,
// units, vehicle ids) are made into a QString once, and task_km is joined by its primary key. The task_km
// rows are read meanwhile by a thread over its own read-only connection (each half of the load), unless the
// caller's connection has a transaction open: then on that connection, so that what it wrote counts. A row
// read a moment later than the tasks is still checked against the task's vehicle, start and end, and one an
// import or edit invalidated is gone (triggers); the tracks themselves are read later still, by TrackReader.
#include "checks/checkdata.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace CheckTasks {

struct Keys
{
    QString taskId;
    QString vehicleId;
};

// Rows of task_km to attach: those with end_ms >= fromMs and start_ms < toMs whose task still has that
// vehicle, start and end and whose km decode (TaskKmStore::decode).
struct DerivedWindow
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// Appends every live task, in the table's order, to `tasks` and its store keys to `keys` (same order).
// Returns false, with *error, when `db` is not an open SQLite connection or the query fails.
bool read(const QSqlDatabase &db, const std::optional<DerivedWindow> &derived,
    std::vector<checks::Task> &tasks, std::vector<Keys> &keys, QString *error);

} // namespace CheckTasks
