#pragma once
// `print-order --task CODE --out FILE.pdf`: the dispatch order (派车单) of one task as an A4 PDF, with the
// center's name of the settings, in the settings' language as far as its translation is built in.
#include "app/cli/clicommand.h"

class PrintOrderCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintOrderCommand)

public:
    QString name() const override { return QStringLiteral("print-order"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool needsGui() const override { return true; }
    int run(CliContext &context) override;
};
