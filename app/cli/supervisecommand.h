#pragma once
// `supervise --from-anomaly KEY… | --from-complaint NO [--unit CODE] [--text T]`: drafts a supervision order
// (督办单) about findings (their keys as `check --format json` prints them) or a public complaint, and prints
// its number (DESIGN §6).
#include "app/cli/clicommand.h"

class SuperviseCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SuperviseCommand)

public:
    QString name() const override { return QStringLiteral("supervise"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
