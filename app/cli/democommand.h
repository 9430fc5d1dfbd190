#pragma once
// `demo`: fills the file with the demo city fleet and its months of operations; again changes nothing.
#include "app/cli/clicommand.h"

class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override;
    int run(CliContext &context) override;
};
