#include "app/cli/planscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tableoutput.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/maintenanceplans.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString PlansCommand::synopsis() const
{
    return QStringLiteral("plans [--date YYYY-MM-DD] [--format json|csv|table]");
}

QList<QCommandLineOption> PlansCommand::options() const
{
    return { { QStringLiteral("date"), tr("The day to judge, YYYY-MM-DD (today in Beijing when absent)."),
        tr("DATE") } };
}

int PlansCommand::run(CliContext &c)
{
    QDate today
        = QDate::fromString(TimeParse::toBeijingDay(QDateTime::currentMSecsSinceEpoch()), Qt::ISODate);
    if (c.isSet(QStringLiteral("date")))
        today = QDate::fromString(c.value(QStringLiteral("date")), Qt::ISODate);
    if (!today.isValid() || !c.args.isEmpty())
        return c.usage(synopsis());
    const QList<PlanStatus> plans
        = MaintenancePlans::load(*c.store, today, MaintenancePlans::leadFrom(c.settings()));
    const QStringList columns { QStringLiteral("plate"), QStringLiteral("item"), QStringLiteral("state"),
        QStringLiteral("due_date"), QStringLiteral("days_left"), QStringLiteral("due_km"),
        QStringLiteral("odometer_km"), QStringLiteral("km_left") };
    QJsonArray array;
    QList<QStringList> rows;
    for (const PlanStatus &p : plans) {
        QJsonObject o;
        o.insert(QStringLiteral("plate"), p.plan.plate);
        o.insert(QStringLiteral("item"), p.plan.item);
        o.insert(QStringLiteral("state"), p.stateName());
        if (p.dueDate)
            o.insert(QStringLiteral("due_date"), p.dueDate->toString(Qt::ISODate));
        if (p.daysLeft)
            o.insert(QStringLiteral("days_left"), qint64(*p.daysLeft));
        if (p.dueKm)
            o.insert(QStringLiteral("due_km"), *p.dueKm);
        if (p.odometerKm)
            o.insert(QStringLiteral("odometer_km"), *p.odometerKm);
        if (p.kmLeft)
            o.insert(QStringLiteral("km_left"), *p.kmLeft);
        array.append(o);
        QStringList row;
        for (const QString &column : columns)
            row << o.value(column).toVariant().toString();
        rows << row;
    }
    const QString format = c.value(QStringLiteral("format"));
    if (format == QStringLiteral("json"))
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        TableOutput::write(c.out, format, columns, rows);
    return Ok;
}
