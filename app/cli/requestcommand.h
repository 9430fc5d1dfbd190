#pragma once
// `request add FIELD=VALUE… | approve|reject|cancel CODE [--reason] | refer CODE --provider --reason`:
// a trip request's steps before it gets a car.
#include "app/cli/clicommand.h"

class RequestCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)

public:
    QString name() const override { return QStringLiteral("request"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
