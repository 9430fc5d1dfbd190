#include "app/cli/checkcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tableoutput.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "checks/anomaly.h"
#include "domain/checkservice.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CheckCommand::synopsis() const
{
    return QStringLiteral("check --from DATE --to DATE [--rule ID]... [--format json|csv|table]");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {
        { QStringLiteral("from"), tr("First day, YYYY-MM-DD (Beijing time)."), tr("DATE") },
        { QStringLiteral("to"), tr("Last day, inclusive, YYYY-MM-DD."), tr("DATE") },
        { QStringLiteral("rule"), tr("A rule to run (repeatable); all when absent."), tr("ID") },
    };
}

int CheckCommand::run(CliContext &c)
{
    const std::optional<qint64> from = TimeParse::parseDateMs(c.value(QStringLiteral("from")));
    const std::optional<qint64> to = TimeParse::parseDateMs(c.value(QStringLiteral("to")));
    if (!from || !to) {
        c.err << tr("check needs --from DATE and --to DATE as YYYY-MM-DD") << Qt::endl;
        return UsageError;
    }
    if (*to < *from) {
        c.err << tr("--to is before --from") << Qt::endl;
        return UsageError;
    }
    const QString format = c.value(QStringLiteral("format"));
    CheckRequest request;
    request.fromMs = *from;
    request.toMs = *to + 24 * 3600 * 1000; // --to is inclusive: up to the next Beijing midnight
    request.rules = c.parser.values(QStringLiteral("rule"));
    request.thresholds = CheckService::thresholdsFrom(c.settings());
    CheckService service(*c.store, c.database->path());
    const CheckOutcome outcome = service.run(request, c.user());
    if (!outcome.ok) {
        c.err << outcome.error << Qt::endl;
        return outcome.badRequest ? UsageError : DataError;
    }
    if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const checks::Anomaly &a : outcome.anomalies)
            array.append(a.toJson());
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QStringList columns { QStringLiteral("rule"), QStringLiteral("plate"), QStringLiteral("start"),
            QStringLiteral("end"), QStringLiteral("driver_code"), QStringLiteral("task_code"),
            QStringLiteral("card_no"), QStringLiteral("evidence") };
        QList<QStringList> rows;
        for (const checks::Anomaly &a : outcome.anomalies) {
            const QJsonObject o = a.toJson();
            QStringList row;
            for (const QString &column : columns) {
                const QJsonValue v = o.value(column);
                row << (v.isObject()
                        ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                        : v.toVariant().toString());
            }
            rows << row;
        }
        TableOutput::write(c.out, format, columns, rows);
    }
    c.out.flush();
    c.err << tr("%1 anomalies (%2 new, %3 updated, %4 already known)")
                 .arg(outcome.anomalies.size())
                 .arg(outcome.added)
                 .arg(outcome.updated)
                 .arg(outcome.unchanged)
          << Qt::endl;
    return Ok;
}
