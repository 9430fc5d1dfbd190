#pragma once
// `plans [--date YYYY-MM-DD] [--format json|csv|table]`: every maintenance plan with when it falls due and
// whether it is due or overdue on that day (today in Beijing by default), worst first.
#include "app/cli/clicommand.h"

class PlansCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlansCommand)

public:
    QString name() const override { return QStringLiteral("plans"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool writesDatabase() const override { return false; }
    int run(CliContext &context) override;
};
