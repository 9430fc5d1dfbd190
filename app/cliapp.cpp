#include "cliapp.h"

#include "database.h"
#include "demodata.h"
#include "recordexporter.h"
#include "recordimporter.h"
#include "recordstore.h"

#include <QCommandLineParser>
#include <QFileInfo>

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApp::user() const
{
    // The change log says who: the login name of whoever ran the command.
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:") + name;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("FleetDesk command line: import, export and demo data."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), tr("The FleetDesk database file (created if missing)."), tr("FILE") });
    parser.addOption({ QStringLiteral("plate"), tr("The vehicle an NMEA log belongs to."), tr("PLATE") });
    parser.addOption({ QStringLiteral("from"), tr("First day checked, YYYY-MM-DD (Beijing time)."), tr("DATE") });
    parser.addOption({ QStringLiteral("to"), tr("Last day checked, inclusive."), tr("DATE") });
    parser.addOption({ QStringLiteral("rule"), tr("A rule to run (repeatable); all when absent."), tr("ID") });
    parser.addOption({ QStringLiteral("format"), tr("json, csv or table."), tr("FORMAT"), QStringLiteral("json") });
    parser.addPositionalArgument(QStringLiteral("command"), tr("import KIND FILE | export KIND FILE | demo"));
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        m_err << tr("no command given; try --help") << Qt::endl;
        return UsageError;
    }
    const QString command = args.first();
    if (!QStringList { QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("demo"),
                       QStringLiteral("check") }
             .contains(command)) {
        m_err << tr("unknown command %1; try --help").arg(command) << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        m_err << tr("--db FILE is required") << Qt::endl;
        return UsageError;
    }
    if (command == QStringLiteral("check")) {
        m_err << tr("check: the anomaly rules are not part of this build yet") << Qt::endl;
        return UsageError;
    }
    Database db(QStringLiteral("cli"));
    if (!db.open(parser.value(QStringLiteral("db")))) {
        m_err << db.errorString() << Qt::endl;
        return DataError;
    }
    RecordStore store(db.connection());
    if (command == QStringLiteral("import"))
        return runImport(store, args.mid(1), parser.value(QStringLiteral("plate")));
    if (command == QStringLiteral("export"))
        return runExport(store, args.mid(1));
    return runDemo(store);
}

int CliApp::runImport(RecordStore &store, const QStringList &args, const QString &plate)
{
    Q_UNUSED(plate) // used by positions, which arrive with the checks
    if (args.size() != 2) {
        m_err << tr("usage: import KIND FILE") << Qt::endl;
        return UsageError;
    }
    RecordImporter importer(store);
    const ImportOutcome outcome = importer.importFile(args.at(0), args.at(1), user());
    if (!outcome.ok) {
        for (const ImportError &e : outcome.errors)
            m_err << e.toString() << Qt::endl;
        return DataError;
    }
    m_out << tr("%1: %2 records read, %3 added or changed").arg(args.at(1)).arg(outcome.rows).arg(outcome.changed)
          << Qt::endl;
    return Ok;
}

int CliApp::runExport(RecordStore &store, const QStringList &args)
{
    if (args.size() != 2) {
        m_err << tr("usage: export KIND FILE") << Qt::endl;
        return UsageError;
    }
    RecordExporter exporter(store);
    if (!exporter.exportFile(args.at(0), args.at(1))) {
        m_err << exporter.errorString() << Qt::endl;
        return DataError;
    }
    m_out << tr("%1: %2 records written").arg(args.at(1)).arg(exporter.rowsWritten()) << Qt::endl;
    return Ok;
}

int CliApp::runDemo(RecordStore &store)
{
    DemoData demo(store, user());
    DemoSummary s;
    if (!demo.fill(&s)) {
        m_err << demo.errorString() << Qt::endl;
        return DataError;
    }
    m_out << tr("demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences "
                "(%7 records added or changed)")
                 .arg(s.units)
                 .arg(s.vehicles)
                 .arg(s.drivers)
                 .arg(s.cards)
                 .arg(s.stations)
                 .arg(s.fences)
                 .arg(s.changed)
          << Qt::endl;
    return Ok;
}
