#include "app/cli/cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // render draws names and the scale bar, and print-order a page of text: text needs a GUI application,
    // offscreen where there is no display, so it works on a server and in CI. Every other command stays a
    // plain console program.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool gui = CliApp::commandNeedsGui(CliApp::commandOf(arguments));
    if (gui && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
    // The command line speaks English whatever the locale: its messages are read by scripts and CI logs.
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
