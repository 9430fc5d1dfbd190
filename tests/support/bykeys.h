#pragma once
// The booking services take ids (issue 11: natural keys are resolved only at the edges, the command line and
// an import). Tests name requests, cars, drivers and orders by their keys, as a person would, so they are
// such an edge: these call the services after resolving the keys through NaturalKeys, as the command line
// does. A key that names nothing gives an empty id, which the service refuses.
#include "domain/dispatchservice.h"
#include "domain/dispatchsuggestions.h"
#include "domain/naturalkeys.h"
#include "store/recordstore.h"

namespace ByKeys {

inline DispatchResult dispatch(DispatchService &service, const RecordStore &store, const QString &request,
    const QString &plate, const QString &driver, const QString &user)
{
    return service.dispatch(NaturalKeys::requestId(store, request), NaturalKeys::vehicleId(store, plate),
        NaturalKeys::driverId(store, driver), user);
}

inline QList<BookingConflict> conflictsFor(const DispatchService &service, const RecordStore &store,
    const QString &request, const QString &plate, const QString &driver)
{
    return service.conflictsFor(NaturalKeys::requestId(store, request), NaturalKeys::vehicleId(store, plate),
        NaturalKeys::driverId(store, driver));
}

inline QList<BookingConflict> vehicleConflicts(
    const DispatchService &service, const RecordStore &store, const QString &request, const QString &plate)
{
    return service.vehicleConflicts(
        NaturalKeys::requestId(store, request), NaturalKeys::vehicleId(store, plate));
}

inline DispatchResult reassign(DispatchService &service, const RecordStore &store, const QString &taskCode,
    const QString &plate, qint64 startMs, qint64 endMs, const QString &user)
{
    return service.reassign(
        NaturalKeys::taskId(store, taskCode), NaturalKeys::vehicleId(store, plate), startMs, endMs, user);
}

inline QList<Suggestion> vehicles(const RecordStore &store, const QString &request)
{
    return DispatchSuggestions(store).vehicles(NaturalKeys::requestId(store, request));
}

inline QList<Suggestion> drivers(const RecordStore &store, const QString &request, const QString &plate)
{
    return DispatchSuggestions(store).drivers(
        NaturalKeys::requestId(store, request), NaturalKeys::vehicleId(store, plate));
}

} // namespace ByKeys
