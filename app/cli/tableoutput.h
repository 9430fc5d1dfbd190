#pragma once
// The csv and table forms of a command's rows (check, and every command with --format): CSV as RFC 4180
// with CRLF, the table as columns padded to their widest cell, the last column unpadded.
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace TableOutput {

void writeCsv(QTextStream &out, const QStringList &columns, const QList<QStringList> &rows);
void writeTable(QTextStream &out, const QStringList &columns, const QList<QStringList> &rows);
// "csv" or "table"; anything else writes nothing and returns false.
bool write(
    QTextStream &out, const QString &format, const QStringList &columns, const QList<QStringList> &rows);

} // namespace TableOutput
