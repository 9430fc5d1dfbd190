#pragma once
// Writes one kind of record to an interchange file: CSV in the columns of DESIGN §6 (references as the
// referenced record's key), .xlsx when the name ends in .xlsx, fences as a GeoJSON FeatureCollection.
// The file appears whole or not at all: it is written beside the target and renamed into place.
#include <QCoreApplication>
#include <QString>

class RecordStore;

class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    explicit RecordExporter(const RecordStore &store);
    // Returns false with errorString() saying what went wrong and where.
    bool exportFile(const QString &kind, const QString &path);
    QString errorString() const { return m_error; }
    int rowsWritten() const { return m_rows; }

    // Any table (orders, scores) as one .xlsx sheet: header, then rows; columns marked numeric hold numbers.
    // Written beside the target and renamed, like every export.
    bool writeWorkbook(const QString &path, const QString &sheet, const QList<QStringList> &rows,
        const QList<bool> &numeric);

    // The table as it is written: header, then rows, all as text.
    QList<QStringList> table(const QString &kind) const;

private:
    bool writeCsv(const QString &path, const QList<QStringList> &table);
    bool writeXlsx(const QString &kind, const QString &path, const QList<QStringList> &table);
    bool writeGeoJson(const QString &path);

    const RecordStore &m_store;
    QString m_error;
    int m_rows = 0;
};
