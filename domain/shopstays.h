#pragma once
// The stays of cars booked into the repair shop: a maintenance entry with an `in_shop_until` day holds its
// car from the entry's date to that day inclusive (Beijing days). Read once here for the booking rules
// (DispatchService, the suggestions and "dispatch all") and the board, so they cannot disagree.
#include "domain/bookingrules.h"

#include <QList>
#include <QString>
#include <limits>

class RecordStore;

namespace ShopStays {

// The live stays overlapping [fromMs, toMs), of one car when `vehicleId` is given, by car and start.
QList<ShopStay> load(const RecordStore &store, qint64 fromMs = std::numeric_limits<qint64>::min(),
    qint64 toMs = std::numeric_limits<qint64>::max(), const QString &vehicleId = QString());

} // namespace ShopStays
