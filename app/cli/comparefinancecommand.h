#pragma once
// `compare-finance FILE --month YYYY-MM [--format json|csv|table]` (DESIGN §6): the month's billed trips
// against the finance office's payments in FILE (the `payments` columns, CSV or .xlsx). Prints every
// mismatch: billed_not_paid, paid_not_billed, amount_differs, paid_without_trips. Reads only.
#include "app/cli/clicommand.h"

class CompareFinanceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareFinanceCommand)

public:
    QString name() const override { return QStringLiteral("compare-finance"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool writesDatabase() const override { return false; }
    int run(CliContext &context) override;
};
