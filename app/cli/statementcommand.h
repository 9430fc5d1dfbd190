#pragma once
// `statement --unit CODE --month YYYY-MM --out F.xlsx|F.pdf`: one agency's monthly statement, each trip
// returned in the month with its amount and the total, as a workbook or an A4 PDF (by the name's ending).
#include "app/cli/clicommand.h"

class StatementCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatementCommand)

public:
    QString name() const override { return QStringLiteral("statement"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool needsGui() const override { return true; } // the PDF is set in fonts
    bool writesDatabase() const override { return false; }
    int run(CliContext &context) override;
};
