#pragma once
// `import KIND FILE [--plate PLATE]`: one file of DESIGN §6 in one transaction, all or nothing.
#include "app/cli/clicommand.h"

class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
