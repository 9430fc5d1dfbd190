#pragma once
// One command of fleetdesk-cli (DESIGN §6): the word that names it, the options it reads, and what it does.
// Adding a command is one new class and one line in CliCommands::all(); CliApp parses the command line,
// opens the database and hands the command a CliContext.
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CliContext;

class CliCommand
{
public:
    enum ExitCode { Ok = 0, DataError = 1, UsageError = 2 };

    virtual ~CliCommand() = default;
    // The first word on the command line, e.g. "import".
    virtual QString name() const = 0;
    // One line of --help: the command with its arguments, e.g. "import KIND FILE [--plate PLATE]".
    virtual QString synopsis() const = 0;
    // The options only this command reads (--db, --settings, --format and --help are everyone's).
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Draws text (a map picture, a PDF): needs a QGuiApplication for fonts, offscreen without a display.
    virtual bool needsGui() const { return false; }
    // Opens --db before run(); false for a command that works without a database.
    virtual bool needsDatabase() const { return true; }
    // Whether it may write to the database: a command that only reads opens it read-only
    // (Database::openForReading), so it works on a read-only file too.
    virtual bool writesDatabase() const { return true; }
    virtual int run(CliContext &context) = 0;
};
