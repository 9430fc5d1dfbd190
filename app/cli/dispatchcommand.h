#pragma once
// `dispatch REQUEST --plate PLATE --driver CODE`: gives an approved request a car and a driver under the
// booking rules, and prints the new dispatch order's number.
#include "app/cli/clicommand.h"

class DispatchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DispatchCommand)

public:
    QString name() const override { return QStringLiteral("dispatch"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
