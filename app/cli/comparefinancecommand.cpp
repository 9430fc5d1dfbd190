#include "app/cli/comparefinancecommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tableoutput.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/financecomparison.h"
#include "interchange/paymentfile.h"
#include "store/recordkinds.h"

#include <QJsonDocument>

QString CompareFinanceCommand::synopsis() const
{
    return QStringLiteral("compare-finance FILE --month YYYY-MM [--format json|csv|table]");
}

QList<QCommandLineOption> CompareFinanceCommand::options() const
{
    return { { QStringLiteral("month"), tr("A calendar month in Beijing time, YYYY-MM."), tr("YYYY-MM") } };
}

int CompareFinanceCommand::run(CliContext &c)
{
    const std::optional<checks::YearMonth> month = Settlement::parseMonth(c.value(QStringLiteral("month")));
    if (!month || c.args.size() != 1)
        return c.usage(synopsis());
    PaymentFile file;
    if (!file.read(c.args.first()))
        return c.fail(file.errorString());
    const Settlement settlement(*c.store, ChargingStandard::fromSettings(c.settings()));
    const QList<SettlementLine> billed = settlement.lines(*month);
    const QHash<QString, QString> returnMonth = settlement.returnMonthOfOrders();
    const QList<FinanceMismatch> mismatches
        = FinanceComparison::compare(billed, file.payments(), returnMonth, month->toString());
    const QString format = c.value(QStringLiteral("format"));
    if (format == QStringLiteral("json")) {
        c.out << QString::fromUtf8(
            QJsonDocument(FinanceComparison::toJson(mismatches)).toJson(QJsonDocument::Indented));
    } else {
        const QStringList columns { QStringLiteral("kind"), QStringLiteral("unit_code"),
            QStringLiteral("order_code"), QStringLiteral("billed_yuan"), QStringLiteral("paid_yuan") };
        QList<QStringList> rows;
        for (const FinanceMismatch &m : mismatches) {
            rows << QStringList { m.kind, m.unitCode, m.orderCode,
                m.billedYuan ? QString::number(*m.billedYuan, 'f', 2) : QString(),
                m.paidYuan ? QString::number(*m.paidYuan, 'f', 2) : QString() };
        }
        TableOutput::write(c.out, format, columns, rows);
    }
    c.out.flush();
    c.err << tr("%1 trips billed in %2, %3 payments read, %4 mismatches")
                 .arg(billed.size())
                 .arg(month->toString())
                 .arg(file.payments().size())
                 .arg(mismatches.size())
          << Qt::endl;
    return Ok;
}
