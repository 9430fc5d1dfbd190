#pragma once
// Runs the command line in this process, as `fleetdesk-cli` would with these arguments, and keeps what it
// wrote: the suites of this folder assert on the exit code and on standard output and error.
#include "app/cli/cliapp.h"

#include <QStringList>
#include <QTextStream>

struct CliRun
{
    int code;
    QString out, err;
};

// `args` are what follows the program's name.
inline CliRun runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    CliApp app(o, e);
    const int code = app.run(QStringList { QStringLiteral("fleetdesk-cli") } + args);
    o.flush();
    e.flush();
    return { code, out, err };
}
