#pragma once
// `dispatch-all --date DATE [--apply]`: plans every approved request of a day at once (DispatchPlanner) and
// prints the plan; --apply stores it in one transaction.
#include "app/cli/clicommand.h"

class DispatchAllCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DispatchAllCommand)

public:
    QString name() const override { return QStringLiteral("dispatch-all"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
