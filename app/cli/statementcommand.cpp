#include "app/cli/statementcommand.h"

#include "app/cli/clicontext.h"
#include "base/appsettings.h"
#include "domain/settlement.h"
#include "interchange/exporttarget.h"
#include "interchange/statementwriter.h"
#include "printing/statementprinter.h"
#include "store/database.h"

QString StatementCommand::synopsis() const
{
    return QStringLiteral("statement --unit CODE --month YYYY-MM --out F.xlsx|F.pdf");
}

QList<QCommandLineOption> StatementCommand::options() const
{
    return {
        { QStringLiteral("unit"), tr("The agency's code."), tr("CODE") },
        { QStringLiteral("month"), tr("A calendar month in Beijing time, YYYY-MM."), tr("YYYY-MM") },
        { QStringLiteral("out"), tr("The file to write, .xlsx or .pdf."), tr("FILE") },
    };
}

int StatementCommand::run(CliContext &c)
{
    const std::optional<checks::YearMonth> month = Settlement::parseMonth(c.value(QStringLiteral("month")));
    const QString unit = c.value(QStringLiteral("unit"));
    const QString out = c.value(QStringLiteral("out"));
    const bool xlsx = out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    const bool pdf = out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    if (!month || unit.isEmpty() || (!xlsx && !pdf) || !c.args.isEmpty())
        return c.usage(synopsis());
    const QString refusal = ExportTarget::refusal(out, c.database->path());
    if (!refusal.isEmpty())
        return c.fail(refusal);
    const AgencyStatement statement
        = Settlement(*c.store, ChargingStandard::fromSettings(c.settings())).statement(unit, *month);
    if (statement.unitName.isEmpty())
        return c.fail(tr("there is no agency %1").arg(unit));
    if (xlsx) {
        StatementWriter writer;
        if (!writer.writeXlsx(statement, out))
            return c.fail(writer.errorString());
    } else {
        StatementPrinter printer(c.settings().centerName());
        if (!printer.writePdf(statement, out))
            return c.fail(printer.errorString());
    }
    c.err << tr("%1: %2 trips, %3 yuan")
                 .arg(out)
                 .arg(statement.lines.size())
                 .arg(QString::number(statement.totalYuan(), 'f', 2))
          << Qt::endl;
    return Ok;
}
