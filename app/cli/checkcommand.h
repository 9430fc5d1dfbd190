#pragma once
// `check --from DATE --to DATE [--rule ID]… [--format json|csv|table]`: the eight rules of DESIGN §5,
// printed and kept as anomaly records (a re-run updates figures and keeps what auditors decided).
#include "app/cli/clicommand.h"

class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
