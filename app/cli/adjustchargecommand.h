#pragma once
// `adjust-charge ORDER (--amount YUAN | --clear) --reason TEXT`: the dispatcher's amount for a returned trip,
// billed instead of the standard's price; the reason is required and the change log keeps old and new.
#include "app/cli/clicommand.h"

class AdjustChargeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdjustChargeCommand)

public:
    QString name() const override { return QStringLiteral("adjust-charge"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
