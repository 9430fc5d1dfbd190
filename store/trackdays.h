#pragma once
// The one reader of the track_days table (one FixCodec block per vehicle and Beijing day). PositionStore
// (Qt Sql: the GUI thread, imports, exports) and TrackReader (SQLite's C API: the rules' worker threads)
// both select and decode the stored days through here, so a day that does not decode is found and reported
// the same way everywhere: as an error naming the car and the day, never skipped.
#include "positionio/fixcodec.h"
#include "positionio/positionfix.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <map>
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

// The same for readers that need time and place only (the rules): FixCodec::decodePositions, which accepts
// exactly what decode() accepts; `scratch` holds the inflated columns and is reused from day to day.
qsizetype decodePositions(
    const QByteArray &blob, std::vector<FixCodec::Position> &buffer, QByteArray *scratch);

// "the stored track of 苏F·A1000 on 2026-10-08 is damaged (…)": what every reader reports for a bad block.
QString damagedMessage(const QString &plate, const QString &day);

// Writing days (PositionStore here, the server's own store on PostgreSQL): the same split and merge, so a
// fix sent twice or late lands the same way in both.

// `fixes` in any order, sorted by time (stably) and split by Beijing day ("YYYY-MM-DD"); of several fixes
// at one instant the one given last wins.
std::map<QString, std::vector<PositionFix>> splitByDay(std::vector<PositionFix> fixes);

struct MergeCounts
{
    qint64 added = 0; // instants not stored before
    qint64 replaced = 0; // instants stored before with other values
    qint64 same = 0; // instants stored before with the same values at the codec's quanta
};
// One day's stored fixes with incoming ones, both sorted with one fix per instant; on the same instant the
// incoming fix replaces the stored one.
std::vector<PositionFix> merge(
    const std::vector<PositionFix> &stored, const std::vector<PositionFix> &incoming, MergeCounts &counts);

} // namespace TrackDays
