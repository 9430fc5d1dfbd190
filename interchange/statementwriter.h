#pragma once
// Writes an agency's monthly statement (domain/Settlement) as an .xlsx workbook: a title, one row per trip
// (number, order, day, car, driver, destination, km, hours, amount, adjustment reason) and a total row.
// Amounts and km are number cells, so the finance office can sum them. Written beside the target and renamed.
#include "domain/settlement.h"

#include <QCoreApplication>
#include <QString>

class StatementWriter
{
    Q_DECLARE_TR_FUNCTIONS(StatementWriter)

public:
    bool writeXlsx(const AgencyStatement &statement, const QString &path);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
