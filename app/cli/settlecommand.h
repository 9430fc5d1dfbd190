#pragma once
// `settle --month YYYY-MM [--apply]` (DESIGN §6): prices every trip returned in the Beijing month with the
// charging standard of the settings. Without --apply it prints what it would charge; with it the prices are
// stored on the dispatch orders (an adjusted amount stays what is billed). docs/SETTLEMENT.md.
#include "app/cli/clicommand.h"

class SettleCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettleCommand)

public:
    QString name() const override { return QStringLiteral("settle"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
