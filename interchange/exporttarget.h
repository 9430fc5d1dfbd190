#pragma once
// Where an export may be written. An export replaces its target whole (QSaveFile writes beside it and
// renames), so it must not be pointed at the open database or its WAL files (that would replace the
// database with a CSV file), nor at a device, pipe or folder (a device node would be replaced by a regular
// file, and /dev/full would swallow the rows while the export reported them written).
#include <QCoreApplication>
#include <QString>

class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    // Empty when `path` may be written; otherwise why not, naming the path. `databasePath` is the open
    // database file (empty when none).
    static QString refusal(const QString &path, const QString &databasePath);
};
