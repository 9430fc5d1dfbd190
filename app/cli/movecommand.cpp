#include "app/cli/movecommand.h"

#include "app/cli/clicontext.h"
#include "base/timeparse.h"
#include "domain/dispatchservice.h"
#include "domain/naturalkeys.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordvalidator.h"

QString MoveCommand::synopsis() const
{
    return QStringLiteral("move ORDER [--plate PLATE] [--start TIME] [--end TIME]");
}

QList<QCommandLineOption> MoveCommand::options() const
{
    return {
        { QStringLiteral("start"), tr("New start of a moved dispatch order (keeps its length)."),
            tr("TIME") },
        { QStringLiteral("end"), tr("New end of a moved dispatch order."), tr("TIME") },
    };
}

int MoveCommand::run(CliContext &c)
{
    // The board's bar drag: another car, another window, or both; what is not given stays.
    const QString code = c.args.value(0);
    if (c.args.size() != 1
        || (!c.isSet(QStringLiteral("plate")) && !c.isSet(QStringLiteral("start"))
            && !c.isSet(QStringLiteral("end"))))
        return c.usage(synopsis());
    const std::optional<Record> task = c.store->findByKey(Kind::Tasks, code);
    if (!task || task->deleted)
        return c.fail(tr("dispatch order %1 does not exist").arg(code));
    const qint64 oldStart = TimeParse::parseMs(task->text(Field::StartAt)).value_or(0);
    const qint64 oldEnd = TimeParse::parseMs(task->text(Field::EndAt)).value_or(0);
    qint64 start = oldStart;
    if (c.isSet(QStringLiteral("start"))) {
        const std::optional<qint64> parsed = TimeParse::parseMs(c.value(QStringLiteral("start")));
        start = parsed.value_or(-1);
    }
    qint64 end = start + (oldEnd - oldStart);
    if (c.isSet(QStringLiteral("end"))) {
        const std::optional<qint64> parsed = TimeParse::parseMs(c.value(QStringLiteral("end")));
        end = parsed.value_or(-1);
    }
    if (start < 0 || end < 0) {
        c.err << tr("move: --start and --end take times like 2026-10-08 09:30") << Qt::endl;
        return UsageError;
    }
    // The edge: a plate given becomes the car's id here; without one the order keeps its car.
    const QString plate = RecordValidator::normalizedPlate(c.value(QStringLiteral("plate")));
    QString vehicleId = task->text(Field::VehicleId);
    if (!plate.isEmpty()) {
        QString missing;
        vehicleId = NaturalKeys::vehicleId(*c.store, plate, &missing);
        if (vehicleId.isEmpty())
            return c.fail(QStringList { missing });
    }
    const DispatchResult result
        = DispatchService(*c.store).reassign(task->id, vehicleId, start, end, c.user());
    return result.ok ? Ok : c.fail(result.errors);
}
