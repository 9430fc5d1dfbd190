#pragma once
// Keeps each vehicle's positions as one compact block per Beijing day (FixCodec, ~5 bytes a fix) in the
// track_days table, and reads them back by time range. Adding merges with what is stored: fixes may arrive
// out of order or twice, and a stored day holds one fix per instant. Writes join the caller's transaction.
#include "positionio/positionfix.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class PositionStore
{
public:
    explicit PositionStore(const QSqlDatabase &db);

    struct AddResult
    {
        bool ok = true;
        qint64 added = 0; // instants not stored before
        qint64 replaced = 0; // instants stored before with other values
        int daysWritten = 0;
        QString error;
    };
    // `fixes` in any order; for one instant the last one given wins.
    AddResult add(const QString &vehicleId, std::vector<PositionFix> fixes);

    // Fixes with fromMs <= time < toMs, sorted by time. Any range works, also the whole of time
    // (LLONG_MIN, LLONG_MAX). A stored day that does not decode makes it return nothing, with *error naming
    // the car and the day (TrackDays::damagedMessage), rather than a track with a silent hole.
    std::vector<PositionFix> fixes(
        const QString &vehicleId, qint64 fromMs, qint64 toMs, QString *error = nullptr) const;
    // The same, one stored day at a time (for exports of millions of fixes): `sink` gets each day's fixes in
    // [fromMs, toMs), in time order, and returns false to stop. False with *error when a day is damaged or
    // the database cannot be read.
    using DaySink = std::function<bool(const std::vector<PositionFix> &fixes)>;
    bool forEachDay(
        const QString &vehicleId, qint64 fromMs, qint64 toMs, const DaySink &sink, QString *error) const;

    // Decodes every stored day (fleetdesk-cli verify). Returns the damaged days as messages naming the car
    // and the day; *days and *fixes count what decoded. A failing query is one message too.
    QStringList verify(qint64 *days = nullptr, qint64 *fixes = nullptr) const;
    // The plate of a vehicle id, for messages (the id itself when there is no such vehicle).
    QString plateOf(const QString &vehicleId) const;
    qint64 fixCount(const QString &vehicleId = QString()) const;
    qint64 storedBytes() const;
    // Vehicles that have any fix from fromMs to toMs (for rules that look for fixes without a task).
    QStringList vehiclesWithFixes(qint64 fromMs, qint64 toMs) const;

private:
    QSqlDatabase m_db;
};
