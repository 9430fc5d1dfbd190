#pragma once
// The import assistant's core: a statement as it arrives (the oil company's card statement, the traffic
// police's violation list: .xlsx or CSV, UTF-8 or GB18030, Chinese column titles in their own layout) is
// mapped once to a record kind's fields, the mapping is remembered per source in the settings, the first rows
// are previewed with their errors marked, and the file is imported with the usual all-or-nothing rule (errors
// name the file, its own line and its own column). The dialog (ui/) only shows and edits what this decides.
#include "interchange/recordimporter.h"
#include "interchange/tablefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class AppSettings;
class RecordStore;
struct RecordKind;

class ImportAssistant
{
    Q_DECLARE_TR_FUNCTIONS(ImportAssistant)

public:
    // field name → the source's column (0-based); unmapped fields are absent.
    using Mapping = QHash<QString, int>;

    struct PreviewRow
    {
        int line = 0;
        QStringList values; // per field of the kind, in the kind's order, as the import will read them
        QHash<QString, QString> errors; // field → what is wrong; "" key: the row as a whole
    };

    explicit ImportAssistant(RecordStore &store);

    bool open(const QString &path);
    QString errorString() const { return m_error; }
    const TableFile &table() const { return m_table; }
    QString path() const { return m_path; }

    // Kinds the assistant maps (the ledgers and records of DESIGN §6 that come as tables).
    static QStringList kinds();
    // A first guess: each field whose §6 column name, label or a usual Chinese title (卡号, 交易时间, 车牌号,
    // 违法时间, …) matches a column title, ignoring spaces, case, full-width brackets and a unit in brackets.
    Mapping suggest(const QString &kind) const;
    // Required fields (with a §6 column) the mapping leaves out.
    QStringList missing(const QString &kind, const Mapping &mapping) const;

    // Remembered mappings, by source name (e.g. 中石化加油卡对账单), as column titles so they survive a
    // different column order next month.
    void remember(
        AppSettings &settings, const QString &source, const QString &kind, const Mapping &mapping) const;
    // The mapping remembered for `source`, on this file's columns; fields whose title this file lacks are
    // left out.
    Mapping remembered(const AppSettings &settings, const QString &source, const QString &kind) const;
    // The remembered source of `kind` whose every mapped title this file has, or empty.
    QString recognisedSource(const AppSettings &settings, const QString &kind) const;

    // The first `count` rows as they would import, with every error the import would refuse them for;
    // *errorRows counts the rows with errors in the whole file. Stores nothing.
    QList<PreviewRow> preview(
        const QString &kind, const Mapping &mapping, int count, int *errorRows = nullptr);
    // The file's rows as the import reads them under `mapping`: each mapped column renamed to its field's §6
    // column (in *header), dates and times normalised; the rows keep their own lines. For a reader that is
    // not an import (the finance comparison reads `payments` this way without storing them).
    QList<TableFile::Row> mappedTable(const QString &kind, const Mapping &mapping, QStringList *header) const;
    // All or nothing, as `import KIND FILE`.
    ImportOutcome import(const QString &kind, const Mapping &mapping, const QString &user);

    // Dates and times as Chinese tools write them (2026/10/8 9:30, 2026年10月8日, 2026.10.08) in §6's form.
    static QString normalizedTime(const QString &text);

private:
    QList<CsvReader::Row> mappedRows(const RecordKind &kind, const Mapping &mapping) const;
    QStringList mappedHeader(const RecordKind &kind, const Mapping &mapping) const;

    RecordStore &m_store;
    TableFile m_table;
    QString m_path;
    QString m_error;
};
