#pragma once
// Request numbers as the fleet center writes them: SQ, the Beijing date the car is wanted, a running number
// (SQ20261128-07). The next free one for a day is proposed for a new request; the dispatcher may change it.
#include <QDate>
#include <QString>

class RecordStore;

namespace RequestNumbers {
QString next(const RecordStore &store, const QDate &day);
}
