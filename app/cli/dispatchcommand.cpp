#include "app/cli/dispatchcommand.h"

#include "app/cli/clicontext.h"
#include "domain/dispatchservice.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordvalidator.h"

QString DispatchCommand::synopsis() const
{
    return QStringLiteral("dispatch REQUEST --plate PLATE --driver CODE");
}

QList<QCommandLineOption> DispatchCommand::options() const
{
    return { { QStringLiteral("driver"), tr("The driver's code."), tr("CODE") } };
}

int DispatchCommand::run(CliContext &c)
{
    const QString code = c.args.value(0);
    if (c.args.size() != 1 || !c.isSet(QStringLiteral("plate")) || !c.isSet(QStringLiteral("driver")))
        return c.usage(synopsis());
    const DispatchResult result = DispatchService(*c.store).dispatch(code,
        RecordValidator::normalizedPlate(c.value(QStringLiteral("plate"))), c.value(QStringLiteral("driver")),
        c.user());
    if (!result.ok)
        return c.fail(result.errors);
    c.out << c.store->record(Kind::Tasks, result.id)->text(Field::Code) << Qt::endl;
    return Ok;
}
