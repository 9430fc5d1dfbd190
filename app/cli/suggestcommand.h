#pragma once
// `suggest REQUEST [--plate PLATE]`: the free cars for a request, best first, or a car's free drivers.
#include "app/cli/clicommand.h"

class SuggestCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)

public:
    QString name() const override { return QStringLiteral("suggest"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
