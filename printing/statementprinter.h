#pragma once
// Draws an agency's monthly statement (domain/Settlement) on A4 landscape pages: the center's name, the
// title, one row per trip with its amount, the total, and lines for both sides' signatures. Set in the same
// fonts and given the same text map as the dispatch order, so pdftotext reads its Chinese and its numbers.
#include "domain/settlement.h"

#include <QCoreApplication>
#include <QString>

class StatementPrinter
{
    Q_DECLARE_TR_FUNCTIONS(StatementPrinter)

public:
    explicit StatementPrinter(QString centerName);
    QString html(const AgencyStatement &statement) const;
    bool writePdf(const AgencyStatement &statement, const QString &path);
    QString errorString() const { return m_error; }

private:
    QString m_centerName;
    QString m_error;
};
