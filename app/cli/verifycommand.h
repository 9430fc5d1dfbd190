#pragma once
// `verify`: is the file sound? Runs SQLite's integrity check, then decodes every stored day of tracks
// (a damaged day is named by car and day). Exit 0 when both pass, 1 listing every problem found.
#include "app/cli/clicommand.h"

class VerifyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString synopsis() const override { return QStringLiteral("verify"); }
    int run(CliContext &context) override;
};
