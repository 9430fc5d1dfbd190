#pragma once
// Writes text tables (a report's, the findings') as one .xlsx workbook, one sheet per table: a bold header
// row, figures as numbers (so a spreadsheet sums them), the rest as text. Written beside the target and
// renamed, so the file is whole or absent; a cell over Excel's 32 767 characters refuses the export.
#include "domain/texttable.h"

#include <QCoreApplication>

class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)

public:
    // Empty on success, else what went wrong, naming the file (and the sheet, row and column).
    static QString write(const QString &path, const QList<TextTable> &sheets);
};
