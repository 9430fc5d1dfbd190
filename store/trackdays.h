#pragma once
// The one reader of the track_days table (one FixCodec block per vehicle and Beijing day). PositionStore
// (Qt Sql: the GUI thread, imports, exports) and TrackReader (SQLite's C API: the rules' worker threads)
// both select and decode the stored days through here, so a day that does not decode is found and reported
// the same way everywhere: as an error naming the car and the day, never skipped.
#include "positionio/positionfix.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace TrackDays {

// The stored days of one vehicle that may hold fixes with fromMs <= time < toMs, in day order. Five
// positional parameters: vehicle_id, first day, last day (bind dayBounds()), fromMs, toMs. Columns: day,
// data.
extern const char kRangeSql[];

struct DayBounds
{
    QByteArray first; // "YYYY-MM-DD", or "0000-01-01" when fromMs lies before any
    QByteArray last; // "YYYY-MM-DD", or "9999-12-31" when toMs lies after any
};
// The Beijing days covering [fromMs, toMs). Any range works, also "everything" (LLONG_MIN .. LLONG_MAX).
DayBounds dayBounds(qint64 fromMs, qint64 toMs);

// Decodes one stored day into `buffer` (resized to hold it); returns the number of fixes, or -1 when the
// block is damaged (then see damagedMessage()).
qsizetype decode(const QByteArray &blob, std::vector<PositionFix> &buffer);

// "the stored track of 苏F·A1000 on 2026-10-08 is damaged (…)": what every reader reports for a bad block.
QString damagedMessage(const QString &plate, const QString &day);

} // namespace TrackDays
