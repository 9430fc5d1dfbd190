#include "app/cliapp.h"

#include "base/appsettings.h"
#include "base/timeparse.h"
#include "checks/checkrunner.h"
#include "demo/demodata.h"
#include "domain/checkservice.h"
#include "domain/dispatchplanner.h"
#include "domain/dispatchservice.h"
#include "domain/dispatchsuggestions.h"
#include "interchange/csvreader.h"
#include "interchange/recordexporter.h"
#include "interchange/recordimporter.h"
#include "store/database.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordvalidator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString CliApp::user() const
{
    // The change log says who: the login name of whoever ran the command.
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:") + name;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("FleetDesk command line: import, export, anomaly checks and demo data."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("db"), tr("The FleetDesk database file (created if missing)."), tr("FILE") });
    parser.addOption({ QStringLiteral("plate"), tr("The vehicle an NMEA log belongs to."), tr("PLATE") });
    parser.addOption(
        { QStringLiteral("from"), tr("First day checked, YYYY-MM-DD (Beijing time)."), tr("DATE") });
    parser.addOption({ QStringLiteral("to"), tr("Last day checked, inclusive."), tr("DATE") });
    parser.addOption(
        { QStringLiteral("rule"), tr("A rule to run (repeatable); all when absent."), tr("ID") });
    parser.addOption(
        { QStringLiteral("format"), tr("json, csv or table."), tr("FORMAT"), QStringLiteral("json") });
    parser.addOption({ QStringLiteral("settings"), tr("Read rule thresholds from this settings file (INI)."),
        tr("FILE") });
    parser.addOption({ QStringLiteral("driver"), tr("The driver's code, for dispatch."), tr("CODE") });
    parser.addOption(
        { QStringLiteral("reason"), tr("Why a request is rejected, cancelled or referred."), tr("TEXT") });
    parser.addOption({ QStringLiteral("provider"),
        tr("The social platform a request is referred to (one of the settings' providers)."), tr("NAME") });
    parser.addOption(
        { QStringLiteral("time"), tr("When the car left or came back (default: now)."), tr("TIME") });
    parser.addOption({ QStringLiteral("odometer"), tr("The odometer reading in km."), tr("KM") });
    parser.addOption({ QStringLiteral("start"), tr("New start of a moved dispatch order (keeps its length)."),
        tr("TIME") });
    parser.addOption({ QStringLiteral("end"), tr("New end of a moved dispatch order."), tr("TIME") });
    parser.addOption({ QStringLiteral("date"),
        tr("The day whose approved requests dispatch-all plans, YYYY-MM-DD."), tr("DATE") });
    parser.addOption({ QStringLiteral("apply"), tr("dispatch-all: store the plan, not only print it.") });
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("import KIND FILE | export KIND FILE | check --from DATE --to DATE | demo | "
           "request add FIELD=VALUE… | request approve|reject|cancel CODE | "
           "request refer CODE --provider NAME --reason TEXT | "
           "dispatch CODE --plate PLATE --driver CODE | depart CODE | return CODE | "
           "move ORDER [--plate PLATE] [--start TIME] [--end TIME] | "
           "suggest CODE [--plate PLATE] | dispatch-all --date DATE [--apply] | "
           "render --task CODE --out FILE.png [--size WxH] | print-order --task CODE --out FILE.pdf"));
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
            QStringLiteral("check"), QStringLiteral("request"), QStringLiteral("dispatch"),
            QStringLiteral("depart"), QStringLiteral("return"), QStringLiteral("suggest"),
            QStringLiteral("move"), QStringLiteral("dispatch-all") }
             .contains(command)) {
        m_err << tr("unknown command %1; try --help").arg(command) << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        m_err << tr("--db FILE is required") << Qt::endl;
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
    if (command == QStringLiteral("check"))
        return runCheck(store, db.path(), parser);
    if (command == QStringLiteral("demo"))
        return runDemo(store);
    if (command == QStringLiteral("suggest"))
        return runSuggest(store, args.value(1), parser.value(QStringLiteral("plate")));
    if (command == QStringLiteral("dispatch-all"))
        return runDispatchAll(store, parser);
    return runDispatch(store, args, parser);
}

int CliApp::runImport(RecordStore &store, const QStringList &args, const QString &plate)
{
    if (args.size() != 2) {
        m_err << tr("usage: import KIND FILE [--plate PLATE]") << Qt::endl;
        return UsageError;
    }
    RecordImporter importer(store);
    importer.setPlate(plate);
    const ImportOutcome outcome = importer.importFile(args.at(0), args.at(1), user());
    if (!outcome.ok) {
        for (const ImportError &e : outcome.errors)
            m_err << e.toString() << Qt::endl;
        return DataError;
    }
    for (const QString &note : outcome.notes)
        m_err << args.at(1) << QStringLiteral(": ") << note << Qt::endl;
    m_out << tr("%1: %2 records read, %3 added or changed")
                 .arg(args.at(1))
                 .arg(outcome.rows)
                 .arg(outcome.changed)
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
    if (!demo.fill(&s, DemoData::Scope::FleetAndOperations)) {
        m_err << demo.errorString() << Qt::endl;
        return DataError;
    }
    m_out << tr("demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences")
                 .arg(s.units)
                 .arg(s.vehicles)
                 .arg(s.drivers)
                 .arg(s.cards)
                 .arg(s.stations)
                 .arg(s.fences)
          << Qt::endl;
    m_out << tr("operations: %1 dispatch orders, %2 fixes, %3 refuels, %4 violations, %5 maintenance entries")
                 .arg(s.tasks)
                 .arg(s.fixes)
                 .arg(s.refuels)
                 .arg(s.violations)
                 .arg(s.maintenance)
          << Qt::endl;
    m_out << tr("%1 records and %2 fixes added or changed").arg(s.changed).arg(s.fixesChanged) << Qt::endl;
    return Ok;
}

int CliApp::runCheck(RecordStore &store, const QString &databasePath, const QCommandLineParser &parser)
{
    const std::optional<qint64> from = TimeParse::parseDateMs(parser.value(QStringLiteral("from")));
    const std::optional<qint64> to = TimeParse::parseDateMs(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        m_err << tr("check needs --from DATE and --to DATE as YYYY-MM-DD") << Qt::endl;
        return UsageError;
    }
    if (*to < *from) {
        m_err << tr("--to is before --from") << Qt::endl;
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table") }.contains(
            format)) {
        m_err << tr("--format is json, csv or table") << Qt::endl;
        return UsageError;
    }
    const std::unique_ptr<AppSettings> settings = parser.isSet(QStringLiteral("settings"))
        ? std::make_unique<AppSettings>(parser.value(QStringLiteral("settings")))
        : std::make_unique<AppSettings>();
    CheckRequest request;
    request.fromMs = *from;
    request.toMs = *to + 24 * 3600 * 1000; // --to is inclusive: up to the next Beijing midnight
    request.rules = parser.values(QStringLiteral("rule"));
    request.thresholds = CheckService::thresholdsFrom(*settings);
    CheckService service(store, databasePath);
    const CheckOutcome outcome = service.run(request, user());
    if (!outcome.ok) {
        m_err << outcome.error << Qt::endl;
        return outcome.badRequest ? UsageError : DataError;
    }
    if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const checks::Anomaly &a : outcome.anomalies)
            array.append(a.toJson());
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QStringList columns { QStringLiteral("rule"), QStringLiteral("plate"), QStringLiteral("start"),
            QStringLiteral("end"), QStringLiteral("driver_code"), QStringLiteral("task_code"),
            QStringLiteral("card_no"), QStringLiteral("evidence") };
        QList<QStringList> rows;
        for (const checks::Anomaly &a : outcome.anomalies) {
            const QJsonObject o = a.toJson();
            QStringList row;
            for (const QString &c : columns) {
                const QJsonValue v = o.value(c);
                row << (v.isObject()
                        ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                        : v.toVariant().toString());
            }
            rows << row;
        }
        if (format == QStringLiteral("csv")) {
            m_out << columns.join(QLatin1Char(',')) << "\r\n";
            for (const QStringList &row : rows) {
                QStringList cells;
                for (const QString &cell : row)
                    cells << CsvReader::quoted(cell);
                m_out << cells.join(QLatin1Char(',')) << "\r\n";
            }
        } else {
            QList<int> widths;
            for (const QString &c : columns)
                widths << int(c.size());
            for (const QStringList &row : rows) {
                for (int i = 0; i < row.size() - 1; ++i)
                    widths[i] = qMax(widths[i], int(row[i].size()));
            }
            auto line = [&](const QStringList &cells) {
                QStringList padded;
                for (int i = 0; i < cells.size(); ++i)
                    padded << (i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i]);
                m_out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
            };
            line(columns);
            for (const QStringList &row : rows)
                line(row);
        }
    }
    m_out.flush();
    m_err << tr("%1 anomalies (%2 new, %3 updated, %4 already known)")
                 .arg(outcome.anomalies.size())
                 .arg(outcome.added)
                 .arg(outcome.updated)
                 .arg(outcome.unchanged)
          << Qt::endl;
    return Ok;
}

int CliApp::runDispatch(RecordStore &store, const QStringList &args, const QCommandLineParser &parser)
{
    DispatchService service(store);
    const QString command = args.value(0);
    const QString sub = command == QStringLiteral("request") ? args.value(1) : QString();
    const QString code = command == QStringLiteral("request") ? args.value(2) : args.value(1);
    DispatchResult result;
    if (command == QStringLiteral("request") && sub == QStringLiteral("add")) {
        // FIELD=VALUE pairs named as the CSV columns (request_code, unit_code, start, end, dest_lat, …).
        const RecordKind &kind = *RecordSchema::kind(Kind::Requests);
        Record request;
        for (const QString &pair : args.mid(2)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString column = pair.left(eq).trimmed();
            QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
            const FieldSpec *field = nullptr;
            for (const FieldSpec &f : kind.fields) {
                if (f.csvColumn == column)
                    field = &f;
            }
            if (eq < 0 || !field) {
                m_err << tr("request add: %1 is not FIELD=VALUE with a field of a request").arg(pair)
                      << Qt::endl;
                return UsageError;
            }
            if (field->type == FieldType::Reference) {
                const std::optional<Record> target = store.findByKey(field->refKind, value);
                if (!target || target->deleted) {
                    m_err << tr("request add: %1 %2 does not exist").arg(column, value) << Qt::endl;
                    return DataError;
                }
                value = target->id;
            }
            request.values.insert(field->name, value);
        }
        result = service.submit(request, user());
        if (result.ok)
            m_out << store.record(Kind::Requests, result.id)->text(Field::Code) << Qt::endl;
    } else if (command == QStringLiteral("request") && sub == QStringLiteral("approve")) {
        result = service.approve(code, user());
    } else if (command == QStringLiteral("request") && sub == QStringLiteral("reject")) {
        result = service.reject(code, parser.value(QStringLiteral("reason")), user());
    } else if (command == QStringLiteral("request") && sub == QStringLiteral("cancel")) {
        result = service.cancel(code, parser.value(QStringLiteral("reason")), user());
    } else if (command == QStringLiteral("request") && sub == QStringLiteral("refer")) {
        if (code.isEmpty() || !parser.isSet(QStringLiteral("provider"))
            || !parser.isSet(QStringLiteral("reason"))) {
            m_err << tr("usage: request refer REQUEST --provider NAME --reason TEXT") << Qt::endl;
            return UsageError;
        }
        // Only the providers of the settings: a typo would otherwise become a 报备 to nobody.
        const std::unique_ptr<AppSettings> settings = parser.isSet(QStringLiteral("settings"))
            ? std::make_unique<AppSettings>(parser.value(QStringLiteral("settings")))
            : std::make_unique<AppSettings>();
        const QString provider = parser.value(QStringLiteral("provider")).trimmed();
        if (!settings->referralProviders().contains(provider)) {
            m_err << tr("request %1: %2 is not a referral provider of the settings (%3)")
                         .arg(code, provider, settings->referralProviders().join(QStringLiteral(", ")))
                  << Qt::endl;
            return DataError;
        }
        result = service.refer(code, provider, parser.value(QStringLiteral("reason")), user());
    } else if (command == QStringLiteral("dispatch")) {
        if (code.isEmpty() || !parser.isSet(QStringLiteral("plate"))
            || !parser.isSet(QStringLiteral("driver"))) {
            m_err << tr("usage: dispatch REQUEST --plate PLATE --driver CODE") << Qt::endl;
            return UsageError;
        }
        result
            = service.dispatch(code, RecordValidator::normalizedPlate(parser.value(QStringLiteral("plate"))),
                parser.value(QStringLiteral("driver")), user());
        if (result.ok)
            m_out << store.record(Kind::Tasks, result.id)->text(Field::Code) << Qt::endl;
    } else if (command == QStringLiteral("depart") || command == QStringLiteral("return")) {
        const std::optional<qint64> time = parser.isSet(QStringLiteral("time"))
            ? TimeParse::parseMs(parser.value(QStringLiteral("time")))
            : std::optional<qint64>(QDateTime::currentMSecsSinceEpoch());
        bool numeric = false;
        const double odometer = parser.value(QStringLiteral("odometer")).toDouble(&numeric);
        if (code.isEmpty() || !time || !numeric) {
            m_err << tr("usage: %1 REQUEST --odometer KM [--time TIME]").arg(command) << Qt::endl;
            return UsageError;
        }
        result = command == QStringLiteral("depart") ? service.depart(code, *time, odometer, user())
                                                     : service.returned(code, *time, odometer, user());
    } else if (command == QStringLiteral("move")) {
        // The board's bar drag: another car, another window, or both; what is not given stays.
        const std::optional<Record> task = store.findByKey(Kind::Tasks, code);
        if (code.isEmpty()
            || (!parser.isSet(QStringLiteral("plate")) && !parser.isSet(QStringLiteral("start"))
                && !parser.isSet(QStringLiteral("end")))) {
            m_err << tr("usage: move ORDER [--plate PLATE] [--start TIME] [--end TIME]") << Qt::endl;
            return UsageError;
        }
        if (!task || task->deleted) {
            m_err << tr("dispatch order %1 does not exist").arg(code) << Qt::endl;
            return DataError;
        }
        const qint64 oldStart = TimeParse::parseMs(task->text(Field::StartAt)).value_or(0);
        const qint64 oldEnd = TimeParse::parseMs(task->text(Field::EndAt)).value_or(0);
        std::optional<qint64> start = parser.isSet(QStringLiteral("start"))
            ? TimeParse::parseMs(parser.value(QStringLiteral("start")))
            : std::optional<qint64>(oldStart);
        std::optional<qint64> end = parser.isSet(QStringLiteral("end"))
            ? TimeParse::parseMs(parser.value(QStringLiteral("end")))
            : (start ? std::optional<qint64>(*start + oldEnd - oldStart) : std::nullopt);
        if (!start || !end) {
            m_err << tr("move: --start and --end take times like 2026-10-08 09:30") << Qt::endl;
            return UsageError;
        }
        QString plate = RecordValidator::normalizedPlate(parser.value(QStringLiteral("plate")));
        if (plate.isEmpty()) {
            const std::optional<Record> car = store.record(Kind::Vehicles, task->text(Field::VehicleId));
            plate = car ? car->text(Field::Plate) : QString();
        }
        result = service.reassign(code, plate, *start, *end, user());
    } else {
        m_err << tr("usage: request add|approve|reject|cancel|refer …") << Qt::endl;
        return UsageError;
    }
    if (!result.ok) {
        for (const QString &e : std::as_const(result.errors))
            m_err << e << Qt::endl;
        return DataError;
    }
    return Ok;
}

int CliApp::runSuggest(RecordStore &store, const QString &requestCode, const QString &plate)
{
    if (requestCode.isEmpty()) {
        m_err << tr("usage: suggest REQUEST [--plate PLATE]") << Qt::endl;
        return UsageError;
    }
    if (!store.findByKey(Kind::Requests, requestCode)) {
        m_err << tr("request %1 does not exist").arg(requestCode) << Qt::endl;
        return DataError;
    }
    const DispatchSuggestions suggestions(store);
    auto print = [this](const QList<Suggestion> &list, bool withFit) {
        for (const Suggestion &s : list.mid(0, 10)) {
            m_out << QStringLiteral("%1  %2  %3").arg(s.key, -12).arg(s.name, -10).arg(s.cost, 7, 'f', 1)
                  << QStringLiteral("   ")
                  << (withFit ? tr("fit %1, seats %2, ").arg(s.fitCost).arg(s.seatCost) : QString())
                  << tr("booked %1 h this month, idle %2")
                         .arg(s.bookedHours, 0, 'f', 1)
                         .arg(s.idleCost, 0, 'f', 1)
                  << Qt::endl;
        }
    };
    if (plate.isEmpty()) {
        const QList<Suggestion> cars = suggestions.vehicles(requestCode);
        m_out << tr("%n free vehicle(s), best first (lower cost is better):", nullptr, int(cars.size()))
              << Qt::endl;
        print(cars, true);
        if (!cars.isEmpty())
            m_out << tr("drivers for %1: suggest %2 --plate %1").arg(cars.first().key, requestCode)
                  << Qt::endl;
    } else {
        const QList<Suggestion> drivers
            = suggestions.drivers(requestCode, RecordValidator::normalizedPlate(plate));
        m_out << tr("%n free driver(s) for %1, best first:", nullptr, int(drivers.size())).arg(plate)
              << Qt::endl;
        print(drivers, false);
    }
    return Ok;
}

int CliApp::runDispatchAll(RecordStore &store, const QCommandLineParser &parser)
{
    const QDate day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid()) {
        m_err << tr("usage: dispatch-all --date YYYY-MM-DD [--apply]") << Qt::endl;
        return UsageError;
    }
    const DispatchPlan plan = DispatchPlanner(store).planDay(day);
    if (plan.assignments.isEmpty() && plan.unassigned.isEmpty()) {
        m_out << tr("no approved requests on %1").arg(day.toString(Qt::ISODate)) << Qt::endl;
        return Ok;
    }
    m_out << tr("plan for %1: %2 assigned, %3 unassigned, total cost %4 (%5)")
                 .arg(day.toString(Qt::ISODate))
                 .arg(plan.assignments.size())
                 .arg(plan.unassigned.size())
                 .arg(plan.totalCost, 0, 'f', 2)
                 .arg(plan.provenOptimal
                         ? tr("optimal, %n node(s) searched", nullptr, plan.nodesExplored)
                         : tr("best found; the search stopped after %n node(s)", nullptr, plan.nodesExplored)
                             + (plan.optimalityGap >= 0
                                     ? tr(", at most %1 above the optimum").arg(plan.optimalityGap, 0, 'f', 2)
                                     : QString()))
          << Qt::endl;
    for (const PlannedDispatch &p : plan.assignments) {
        m_out << QStringLiteral("%1  %2  %3").arg(p.requestCode, -10).arg(p.plate, -12).arg(p.driverCode, -8)
              << tr("vehicle %1, driver %2").arg(p.vehicleCost, 0, 'f', 2).arg(p.driverCost, 0, 'f', 2)
              << Qt::endl;
    }
    for (const QString &code : plan.unassigned)
        m_out << tr("%1  unassigned: %2").arg(code, -10).arg(plan.whyUnassigned.value(code)) << Qt::endl;
    if (!parser.isSet(QStringLiteral("apply")))
        return Ok;
    const DispatchResult applied = DispatchService(store).dispatchPlan(plan, user());
    if (!applied.ok) {
        m_err << tr("nothing was stored:") << Qt::endl;
        for (const QString &e : applied.errors)
            m_err << e << Qt::endl;
        return DataError;
    }
    m_out << tr("stored %n dispatch order(s)", nullptr, int(plan.assignments.size())) << Qt::endl;
    return Ok;
}
