#include "app/cli/adjustchargecommand.h"

#include "app/cli/clicontext.h"
#include "base/appsettings.h"
#include "domain/settlement.h"

QString AdjustChargeCommand::synopsis() const
{
    return QStringLiteral("adjust-charge ORDER (--amount YUAN | --clear) --reason TEXT");
}

QList<QCommandLineOption> AdjustChargeCommand::options() const
{
    return {
        { QStringLiteral("amount"), tr("The amount to bill, in yuan."), tr("YUAN") },
        { QStringLiteral("clear"), tr("Take the adjustment back: the standard's price is billed again.") },
        { QStringLiteral("reason"), tr("Why (required)."), tr("TEXT") },
    };
}

int AdjustChargeCommand::run(CliContext &c)
{
    const bool clear = c.isSet(QStringLiteral("clear"));
    const bool amountGiven = c.isSet(QStringLiteral("amount"));
    bool ok = false;
    const double amount = c.value(QStringLiteral("amount")).toDouble(&ok);
    if (c.args.size() != 1 || clear == amountGiven || (amountGiven && (!ok || amount < 0))
        || !c.isSet(QStringLiteral("reason")))
        return c.usage(synopsis());
    Settlement settlement(*c.store, ChargingStandard::fromSettings(c.settings()));
    const SaveResult saved = settlement.adjust(c.args.first(),
        clear ? std::nullopt : std::optional<double>(amount), c.value(QStringLiteral("reason")), c.user());
    if (!saved.ok)
        return c.fail(saved.message());
    c.err << (clear ? tr("%1: adjustment taken back").arg(c.args.first())
                    : tr("%1: %2 yuan billed").arg(c.args.first(), QString::number(amount, 'f', 2)))
          << Qt::endl;
    return Ok;
}
