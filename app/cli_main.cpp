#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
    // The command line speaks English whatever the locale: its messages are read by scripts and CI logs.
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
