#pragma once
// `export KIND FILE`: a kind as CSV, .xlsx by extension, fences as GeoJSON; positions as CSV or GPX 1.1 by
// extension, of every car or one (--plate) over a period (--from, --to: Beijing days, --to inclusive).
#include "app/cli/clicommand.h"

class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    bool writesDatabase() const override { return false; }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
