#pragma once
// Imports one interchange file (DESIGN §6) into the store: a CSV of units, vehicles, drivers, stations or
// cards, or a GeoJSON FeatureCollection of fences. One file is one transaction: any bad row and nothing is
// stored. Rows are matched to existing records by natural key, so importing the same file again changes
// nothing.
#include "interchange/csvreader.h"
#include "interchange/importerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>

class RecordStore;
struct Record;

struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    int rows = 0; // records read from the file
    int changed = 0; // records inserted, updated or revived
    QList<ImportError> errors; // every problem found, in file order
    QStringList notes; // what was skipped without failing the import (bad NMEA sentences)
};

class RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    // Returns false to cancel; called now and then with the rows done and the total.
    using Progress = std::function<bool(int done, int total)>;

    explicit RecordImporter(RecordStore &store);
    // The vehicle an NMEA or GPX track of positions belongs to.
    void setPlate(const QString &plate) { m_plate = plate; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Errors past this many are not listed (the import fails either way).
    void setMaxErrors(int n) { m_maxErrors = n; }

    // Checks everything but stores nothing (the import assistant's preview): ok when the file would import.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }

    static QStringList kinds(); // kinds this importer takes
    ImportOutcome importFile(const QString &kind, const QString &path, const QString &user);
    // Rows already read (the import assistant maps a spreadsheet's own columns to §6's): `header` holds the
    // §6 column names at the columns they map (others ignored), rows keep the source's line numbers, and
    // errors name `path`, the line and the source's column.
    ImportOutcome importRows(const QString &kind, const QString &path, const QStringList &header,
        const QList<CsvReader::Row> &rows, const QString &user);

private:
    ImportOutcome importCsv(
        const QString &kind, const QString &path, const QByteArray &bytes, const QString &user);
    ImportOutcome importFences(const QString &path, const QByteArray &bytes, const QString &user);
    // columnOfField: a field's 1-based column in the file, so a refusal by the store names its column.
    ImportOutcome store(const QString &kind, const QString &path, const QList<Record> &records,
        const QList<int> &lines, const QString &user, const QHash<QString, int> &columnOfField = {});
    bool addError(ImportOutcome &outcome, ImportError error) const;

    RecordStore &m_store;
    QString m_plate;
    Progress m_progress;
    int m_maxErrors = 50;
    bool m_dryRun = false;
    QHash<QString, int> m_columns; // the CSV's column numbers (1-based) by name, for errors found at store()
};
