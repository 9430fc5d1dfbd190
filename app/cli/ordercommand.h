#pragma once
// `order issue|reply|accept|return NO [--text T] [--reason R] [--conclusion
// confirmed|explained|not-established]` (DESIGN §6), with `issue … [--deadline DATE]` and `reply … [--attach
// FILE]...`; also `order print NO --out F.pdf` (the standard layout with the evidence and the track's map),
// `order show NO` and `order list`.
#include "app/cli/clicommand.h"

class OrderCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderCommand)

public:
    QString name() const override { return QStringLiteral("order"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool needsGui() const override { return true; } // print draws text
    int run(CliContext &context) override;

private:
    int print(CliContext &c, const QString &number);
    int show(CliContext &c, const QString &number);
    int list(CliContext &c);
};
