// fleetdesk-server: the municipal backend FleetDesk desktops sync with (docs/SERVER.md).
#include "server/servercommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
    return runServerCommand(QCoreApplication::arguments());
}
