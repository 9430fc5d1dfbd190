#pragma once
// `scores --year YYYY [--format json|csv|table]`: every agency's assessment score (考核) for the year as of
// now (or the year's end), with each change, its reason and its order. JSON is DESIGN §6's array of
// {unit_code, score, changes: [{delta, reason, order}]}, best first.
#include "app/cli/clicommand.h"

class ScoresCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresCommand)

public:
    QString name() const override { return QStringLiteral("scores"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool writesDatabase() const override { return false; }
    int run(CliContext &context) override;
};
