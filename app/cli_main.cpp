#include "app/cliapp.h"
#include "app/printordercommand.h"
#include "app/rendercommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {

// The command is the first argument that is neither an option nor an option's value.
QString commandOf(int argc, char *argv[])
{
    static const QList<QByteArray> withValue
        = { "--db", "--plate", "--from", "--to", "--rule", "--format", "--settings", "--driver", "--reason",
              "--time", "--odometer", "--task", "--out", "--size", "--provider" };
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith('-'))
            return QString::fromLocal8Bit(arg);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // render draws names and the scale bar, and print-order a page of text: text needs a GUI application,
    // offscreen where there is no display, so it works on a server and in CI. Every other command stays a
    // plain console program.
    const QString command = commandOf(argc, argv);
    const bool render = command == QStringLiteral("render") || command == QStringLiteral("print-order");
    if (render && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = render ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDESK_VERSION));
    // The command line speaks English whatever the locale: its messages are read by scripts and CI logs.
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command == QStringLiteral("render"))
        return runRender(QCoreApplication::arguments(), out, err);
    if (command == QStringLiteral("print-order"))
        return runPrintOrder(QCoreApplication::arguments(), out, err);
    CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
