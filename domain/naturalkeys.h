#pragma once
// The edges' one way from a natural key to an id: the command line and the tests name a request by its code,
// a car by its plate, a driver or an order by its code; the services (DispatchService, DispatchSuggestions)
// take ids. Each lookup finds the live record only; when there is none it says so in the words the service
// used when it took keys ("vehicle 京A… does not exist").
#include <QString>

class RecordStore;

namespace NaturalKeys {

// The id, or empty with *error saying what was not found.
QString requestId(const RecordStore &store, const QString &code, QString *error = nullptr);
QString vehicleId(const RecordStore &store, const QString &plate, QString *error = nullptr);
QString driverId(const RecordStore &store, const QString &code, QString *error = nullptr);
QString taskId(const RecordStore &store, const QString &code, QString *error = nullptr);

} // namespace NaturalKeys
