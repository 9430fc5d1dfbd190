#pragma once
// What a running command is given: the parsed command line, its own arguments, the open store, where to
// write, who runs it, and the settings (--settings FILE, or the user's).
#include "app/cli/clicommand.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

class AppSettings;
class Database;
class RecordStore;

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QCommandLineParser &parser, QStringList args, QTextStream &out, QTextStream &err);
    ~CliContext();

    const QCommandLineParser &parser;
    const QStringList args; // the positional arguments after the command's name
    QTextStream &out;
    QTextStream &err;
    Database *database = nullptr; // set when the command needsDatabase()
    RecordStore *store = nullptr;

    // The change log says who: the login name of whoever ran the command.
    QString user() const;
    AppSettings &settings();
    // An option's value, or the empty string.
    QString value(const QString &option) const { return parser.value(option); }
    bool isSet(const QString &option) const { return parser.isSet(option); }
    // Writes "usage: fleetdesk-cli … SYNOPSIS" to err and returns UsageError.
    int usage(const QString &synopsis);
    // Writes each message on its own line to err and returns DataError.
    int fail(const QStringList &messages);
    int fail(const QString &message) { return fail(QStringList { message }); }

private:
    std::unique_ptr<AppSettings> m_settings;
};
