#pragma once
// Reads the first worksheet of an .xlsx workbook (Office Open XML, as Excel, WPS or LibreOffice write it)
// into rows of text: shared strings, inline strings, formula results, booleans and numbers; a number in a
// cell whose style is a date or time format becomes the day (2026-10-08) or the Beijing wall-clock time
// (2026-10-08 09:30:00) it stands for, from the 1900 date system's serial. The zip is read by ZipArchive and
// each part read with QXmlStreamReader, so a workbook of 100 000 rows is read without a DOM.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Row
    {
        int line = 0; // the sheet's row number (1-based), what a spreadsheet shows beside the row
        QStringList cells; // by column (A = 0), empty where the sheet has no cell
    };

    bool read(const QString &path);
    // Non-empty rows in sheet order.
    const QList<Row> &rows() const { return m_rows; }
    QString sheetName() const { return m_sheetName; }
    QString errorString() const { return m_error; }

    // A serial day number of the 1900 date system (1 = 1900-01-01; Excel's phantom 1900-02-29 is 60) as a
    // day, or a day and time when it has a fraction.
    static QString serialToText(double serial);
    // "B12" → column 1 (0-based), or -1.
    static int columnOf(const QString &cellRef);

private:
    bool fail(const QString &message);

    QList<Row> m_rows;
    QString m_sheetName;
    QString m_error;
};
