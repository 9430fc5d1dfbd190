#include "app/printordercommand.h"

#include "app/translations.h"
#include "base/appsettings.h"
#include "domain/dispatchorder.h"
#include "printing/dispatchorderprinter.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <memory>

int runPrintOrder(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("The FleetDesk database file."), QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("task"), QStringLiteral("The dispatch order's number."), QStringLiteral("CODE") });
    parser.addOption(
        { QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("settings"),
        QStringLiteral("Settings file (INI) with the center's name and the language."),
        QStringLiteral("FILE") });
    parser.addPositionalArgument(QStringLiteral("print-order"), QStringLiteral("The command."));
    if (!parser.parse(args)) {
        err << "print-order: " << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.positionalArguments() != QStringList { QStringLiteral("print-order") }) {
        err << "usage: fleetdesk-cli --db FILE print-order --task CODE --out FILE.pdf [--settings INI]"
            << Qt::endl;
        return 1;
    }
    for (const char *required : { "db", "task", "out" }) {
        if (!parser.isSet(QLatin1String(required))) {
            err << "print-order: --" << required << " is required" << Qt::endl;
            return 1;
        }
    }
    Database db(QStringLiteral("print-order"));
    if (!db.open(parser.value(QStringLiteral("db")))) {
        err << "print-order: " << db.errorString() << Qt::endl;
        return 1;
    }
    const QString code = parser.value(QStringLiteral("task"));
    const DispatchOrder order = DispatchOrder::load(RecordStore(db.connection()), code);
    if (!order.ok) {
        err << "print-order: no dispatch order " << code << Qt::endl;
        return 1;
    }
    const std::unique_ptr<AppSettings> settings = parser.isSet(QStringLiteral("settings"))
        ? std::make_unique<AppSettings>(parser.value(QStringLiteral("settings")))
        : std::make_unique<AppSettings>();
    // The printed form is a document for people, not output for scripts: it follows the UI language.
    if (QCoreApplication *app = QCoreApplication::instance())
        Translations::install(*app, settings->language());
    DispatchOrderPrinter printer(settings->centerName());
    const QString path = parser.value(QStringLiteral("out"));
    if (!printer.writePdf(order, path)) {
        err << "print-order: cannot write " << QFileInfo(path).absoluteFilePath() << Qt::endl;
        return 1;
    }
    out << "wrote " << path << " (dispatch order " << order.taskCode << ")" << Qt::endl;
    return 0;
}
