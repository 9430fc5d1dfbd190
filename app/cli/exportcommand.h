#pragma once
// `export KIND FILE`: a kind as CSV, .xlsx by extension, fences as GeoJSON.
#include "app/cli/clicommand.h"

class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    bool writesDatabase() const override { return false; }
    int run(CliContext &context) override;
};
