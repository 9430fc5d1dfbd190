#include "app/cli/tableoutput.h"

#include "interchange/csvreader.h"

namespace TableOutput {

void writeCsv(QTextStream &out, const QStringList &columns, const QList<QStringList> &rows)
{
    out << columns.join(QLatin1Char(',')) << "\r\n";
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << CsvReader::quoted(cell);
        out << cells.join(QLatin1Char(',')) << "\r\n";
    }
}

void writeTable(QTextStream &out, const QStringList &columns, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &c : columns)
        widths << int(c.size());
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() - 1 && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() && i < widths.size() ? cells[i].leftJustified(widths[i])
                                                                 : cells[i]);
        out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(columns);
    for (const QStringList &row : rows)
        line(row);
}

bool write(
    QTextStream &out, const QString &format, const QStringList &columns, const QList<QStringList> &rows)
{
    if (format == QLatin1String("csv"))
        writeCsv(out, columns, rows);
    else if (format == QLatin1String("table"))
        writeTable(out, columns, rows);
    else
        return false;
    return true;
}

} // namespace TableOutput
