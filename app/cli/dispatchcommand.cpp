#include "app/cli/dispatchcommand.h"

#include "app/cli/clicontext.h"
#include "domain/dispatchservice.h"
#include "domain/naturalkeys.h"
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
    // The edge: the request code, plate and driver code become ids here; the service takes ids.
    QString missing;
    const QString requestId = NaturalKeys::requestId(*c.store, code, &missing);
    const QString vehicleId = requestId.isEmpty()
        ? QString()
        : NaturalKeys::vehicleId(
            *c.store, RecordValidator::normalizedPlate(c.value(QStringLiteral("plate"))), &missing);
    const QString driverId = vehicleId.isEmpty()
        ? QString()
        : NaturalKeys::driverId(*c.store, c.value(QStringLiteral("driver")), &missing);
    if (driverId.isEmpty())
        return c.fail(QStringList { missing });
    const DispatchResult result
        = DispatchService(*c.store).dispatch(requestId, vehicleId, driverId, c.user());
    if (!result.ok)
        return c.fail(result.errors);
    c.out << c.store->record(Kind::Tasks, result.id)->text(Field::Code) << Qt::endl;
    return Ok;
}
