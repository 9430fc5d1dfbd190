#include "app/cli/settlecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tableoutput.h"
#include "base/appsettings.h"
#include "domain/settlement.h"

#include <QJsonArray>
#include <QJsonDocument>

QString SettleCommand::synopsis() const
{
    return QStringLiteral("settle --month YYYY-MM [--apply] [--format json|csv|table]");
}

QList<QCommandLineOption> SettleCommand::options() const
{
    return {
        { QStringLiteral("month"), tr("A calendar month in Beijing time, YYYY-MM."), tr("YYYY-MM") },
        { QStringLiteral("apply"), tr("Store the prices on the dispatch orders.") },
    };
}

int SettleCommand::run(CliContext &c)
{
    const std::optional<checks::YearMonth> month = Settlement::parseMonth(c.value(QStringLiteral("month")));
    if (!month || !c.args.isEmpty())
        return c.usage(synopsis());
    Settlement settlement(*c.store, ChargingStandard::fromSettings(c.settings()));
    const QList<SettlementLine> lines = settlement.lines(*month);
    const QString format = c.value(QStringLiteral("format"));
    if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const SettlementLine &l : lines)
            array.append(l.toJson());
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QStringList columns { QStringLiteral("task_code"), QStringLiteral("unit_code"),
            QStringLiteral("plate"), QStringLiteral("returned"), QStringLiteral("km"),
            QStringLiteral("km_source"), QStringLiteral("hours"), QStringLiteral("wait_hours"),
            QStringLiteral("base"), QStringLiteral("night_surcharge"),
            QStringLiteral("out_of_city_surcharge"), QStringLiteral("wait_charge"),
            QStringLiteral("price_yuan"), QStringLiteral("stored_yuan"), QStringLiteral("adjusted_yuan"),
            QStringLiteral("billed_yuan") };
        QList<QStringList> rows;
        for (const SettlementLine &l : lines) {
            const QJsonObject o = l.toJson();
            QStringList row;
            for (const QString &column : columns)
                row << o.value(column).toVariant().toString();
            rows << row;
        }
        TableOutput::write(c.out, format, columns, rows);
    }
    c.out.flush();
    double total = 0;
    for (const SettlementLine &l : lines)
        total += l.billedYuan();
    if (!c.isSet(QStringLiteral("apply"))) {
        c.err << tr("%1 trips returned in %2, %3 yuan (not stored: add --apply)")
                     .arg(lines.size())
                     .arg(month->toString(), QString::number(total, 'f', 2))
              << Qt::endl;
        return Ok;
    }
    int changed = 0;
    QString error;
    if (!settlement.apply(lines, c.user(), &changed, &error))
        return c.fail(error);
    c.err << tr("%1 trips returned in %2 priced and stored (%3 changed)")
                 .arg(lines.size())
                 .arg(month->toString())
                 .arg(changed)
          << Qt::endl;
    return Ok;
}
