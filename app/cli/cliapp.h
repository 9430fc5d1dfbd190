#pragma once
// fleetdesk-cli: the headless entry point of DESIGN §6. Parses the command line with every command's options,
// opens the database and runs the command (CliCommands::all()). Runs in-process, so tests can call it with
// arguments and read what it prints.
#include "app/cli/clicommand.h"

#include <QTextStream>

class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum ExitCode {
        Ok = CliCommand::Ok,
        DataError = CliCommand::DataError,
        UsageError = CliCommand::UsageError
    };

    CliApp(QTextStream &out, QTextStream &err);
    // arguments as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList &arguments);

    // The command a command line names: the first argument that is neither an option nor an option's value.
    // fleetdesk-cli's main() asks before it creates the application, to give drawing commands a GUI one.
    static QString commandOf(const QStringList &arguments);
    static bool commandNeedsGui(const QString &name);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
