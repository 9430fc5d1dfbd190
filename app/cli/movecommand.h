#pragma once
// `move ORDER [--plate PLATE] [--start TIME] [--end TIME]`: the board's bar drag: another car, another
// window, or both, under the same booking rules.
#include "app/cli/clicommand.h"

class MoveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveCommand)

public:
    QString name() const override { return QStringLiteral("move"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
