#include "domain/naturalkeys.h"
#include "domain/dispatchservice.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

namespace {

QString idOf(const RecordStore &store, const QString &kind, const QString &key, QString *error,
    const QString &notFound)
{
    const std::optional<Record> r = store.findByKey(kind, key);
    if (r && !r->deleted)
        return r->id;
    if (error)
        *error = notFound;
    return {};
}

} // namespace

namespace NaturalKeys {

// The messages are DispatchService's own (its translation context), so they read as they did when the
// service looked the keys up itself.
QString requestId(const RecordStore &store, const QString &code, QString *error)
{
    return idOf(
        store, Kind::Requests, code, error, DispatchService::tr("request %1 does not exist").arg(code));
}

QString vehicleId(const RecordStore &store, const QString &plate, QString *error)
{
    return idOf(
        store, Kind::Vehicles, plate, error, DispatchService::tr("vehicle %1 does not exist").arg(plate));
}

QString driverId(const RecordStore &store, const QString &code, QString *error)
{
    return idOf(store, Kind::Drivers, code, error, DispatchService::tr("driver %1 does not exist").arg(code));
}

QString taskId(const RecordStore &store, const QString &code, QString *error)
{
    return idOf(
        store, Kind::Tasks, code, error, DispatchService::tr("dispatch order %1 does not exist").arg(code));
}

} // namespace NaturalKeys
