#pragma once
// A spreadsheet-like file as a header and rows of text, whatever it was written as: CSV (UTF-8 or GB18030,
// CsvReader) or an .xlsx workbook's first sheet (XlsxReader), told apart by content (a zip starts "PK"), not
// by name. Each row keeps its line (CSV) or row number (sheet), so messages can say FILE:LINE:COLUMN. The
// finance comparison and the import assistant read their files through it.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)

public:
    struct Row
    {
        int line = 0;
        QStringList cells;
        QString cell(int column) const { return cells.value(column).trimmed(); }
    };

    bool read(const QString &path);
    // The first row (column titles), trimmed.
    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    const QList<Row> &rows() const { return m_rows; }
    // "UTF-8", "GB18030" or "xlsx".
    QString format() const { return m_format; }
    QString errorString() const { return m_error; }

private:
    QStringList m_header;
    int m_headerLine = 1;
    QList<Row> m_rows;
    QString m_format;
    QString m_error;
};
