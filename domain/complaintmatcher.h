#pragma once
// What the records say happened when a citizen saw an official car (12345 hotline): the complaint's plate
// and time are matched against that car's dispatch orders around the time and its track, so the auditor
// sees at once whether the car was out on a booked trip, where it was, and how far from the place named.
#include "positionio/positionfix.h"
#include "store/record.h"

#include <QCoreApplication>
#include <optional>

class RecordStore;

struct ComplaintMatch
{
    QString complaintNo;
    QString plate; // as the caller gave it, normalised
    qint64 seenMs = 0; // 0 when the caller gave no time
    bool vehicleFound = false; // the plate is a car of the registry
    QString vehicleId;
    // The agency that answers for it: the one whose order covers the seen time, else the car's own.
    QString unitId, unitCode, unitName;

    struct TaskNear
    {
        QString code, destName, purpose, unitCode;
        qint64 startMs = 0, endMs = 0;
        bool covers = false; // the seen time is inside [start, end]
    };
    QList<TaskNear> tasks; // the car's orders within kTaskWindowMs of the seen time, covering first

    std::optional<PositionFix> nearestFix; // the car's fix closest in time, within kFixWindowMs
    std::optional<double> distanceM; // from that fix to the place given (lat/lon), when both exist
};

class ComplaintMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintMatcher)

public:
    static constexpr qint64 kTaskWindowMs = 2 * 3600 * 1000;
    static constexpr qint64 kFixWindowMs = 15 * 60 * 1000;

    explicit ComplaintMatcher(const RecordStore &store);
    ComplaintMatch match(const Record &complaint) const;
    // In a sentence or two, what the records say (for the page, the order and the command line).
    static QString summary(const ComplaintMatch &m);

private:
    const RecordStore &m_store;
};
