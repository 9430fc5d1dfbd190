#pragma once
// `sync --server https://HOST:PORT --user U --password-file P [--ca CA.pem]` (DESIGN §6): one full sync of
// the file with the server (sync/: push the outbox, pull what is new). Exit 0 when everything went and came
// back; 1 with the reason when the server could not be reached or refused (a wrong password, a certificate
// that does not verify), or when changes came back as conflicts or refusals, each listed; 2 for usage.
#include "app/cli/clicommand.h"

class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString synopsis() const override
    {
        return QStringLiteral("sync --server https://HOST:PORT --user U --password-file P [--ca CA.pem]");
    }
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
