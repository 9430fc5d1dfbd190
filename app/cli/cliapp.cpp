#include "app/cli/cliapp.h"

#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

namespace {

// Everyone's options, then every command's, each name once (commands that share an option share its text).
QList<QCommandLineOption> allOptions(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QList<QCommandLineOption> options {
        { QStringLiteral("db"), CliApp::tr("The FleetDesk database file (created if missing)."),
            CliApp::tr("FILE") },
        { QStringLiteral("settings"),
            CliApp::tr("Read settings (rule thresholds, map, center) from this INI file."),
            CliApp::tr("FILE") },
        { QStringLiteral("format"), CliApp::tr("json, csv or table."), CliApp::tr("FORMAT"),
            QStringLiteral("json") },
    };
    QStringList seen { QStringLiteral("db"), QStringLiteral("settings"), QStringLiteral("format") };
    for (const auto &command : commands) {
        for (const QCommandLineOption &option : command->options()) {
            if (seen.contains(option.names().first()))
                continue;
            seen << option.names().first();
            options << option;
        }
    }
    return options;
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString CliApp::commandOf(const QStringList &arguments)
{
    QStringList withValue;
    for (const QCommandLineOption &option : allOptions(CliCommands::all())) {
        if (!option.valueName().isEmpty())
            withValue << QStringLiteral("--") + option.names().first();
    }
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

bool CliApp::commandNeedsGui(const QString &name)
{
    for (const auto &command : CliCommands::all()) {
        if (command->name() == name)
            return command->needsGui();
    }
    return false;
}

int CliApp::run(const QStringList &arguments)
{
    const std::vector<std::unique_ptr<CliCommand>> commands = CliCommands::all();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("FleetDesk command line: records, positions, checks, dispatch and more."));
    parser.addHelpOption();
    parser.addOptions(allOptions(commands));
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("One of the commands below, with its arguments."));
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText() << Qt::endl << tr("Commands:") << Qt::endl;
        for (const auto &command : commands)
            m_out << QStringLiteral("  ") << command->synopsis() << Qt::endl;
        return Ok;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        m_err << tr("no command given; try --help") << Qt::endl;
        return UsageError;
    }
    const QString name = args.takeFirst();
    CliCommand *command = nullptr;
    for (const auto &candidate : commands) {
        if (candidate->name() == name)
            command = candidate.get();
    }
    if (!command) {
        m_err << tr("unknown command %1; try --help").arg(name) << Qt::endl;
        return UsageError;
    }
    if (!QStringList { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table") }.contains(
            parser.value(QStringLiteral("format")))) {
        m_err << tr("--format is json, csv or table") << Qt::endl;
        return UsageError;
    }
    // A settings file named but missing or unreadable would silently mean the defaults: refused instead.
    if (parser.isSet(QStringLiteral("settings"))) {
        const QString settingsPath = parser.value(QStringLiteral("settings"));
        const QFileInfo settingsFile(settingsPath);
        if (!settingsFile.isFile() || !settingsFile.isReadable()) {
            m_err << tr("--settings %1: no such file").arg(settingsPath) << Qt::endl;
            return DataError;
        }
        if (QSettings(settingsPath, QSettings::IniFormat).status() != QSettings::NoError) {
            m_err << tr("--settings %1: not a settings (INI) file").arg(settingsPath) << Qt::endl;
            return DataError;
        }
    }
    CliContext context(parser, args, m_out, m_err);
    if (!command->needsDatabase())
        return command->run(context);
    if (!parser.isSet(QStringLiteral("db"))) {
        m_err << tr("--db FILE is required") << Qt::endl;
        return UsageError;
    }
    Database db(QStringLiteral("cli"));
    const QString path = parser.value(QStringLiteral("db"));
    if (!(command->writesDatabase() ? db.open(path) : db.openForReading(path))) {
        m_err << db.errorString() << Qt::endl;
        return DataError;
    }
    RecordStore store(db.connection());
    context.database = &db;
    context.store = &store;
    return command->run(context);
}
