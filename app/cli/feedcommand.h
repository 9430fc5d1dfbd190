#pragma once
// `feed --since DATE --out FILE.json`: the feed to the discipline-inspection platform (docs/feed.md) as one
// JSON array in a file; `feed --since DATE --send [--endpoint URL] [--ca CA.pem]` delivers the records not
// yet delivered to the configured HTTPS endpoint, retrying with backoff, and keeps what was sent.
#include "app/cli/clicommand.h"

class FeedCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(FeedCommand)

public:
    QString name() const override { return QStringLiteral("feed"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;
};
