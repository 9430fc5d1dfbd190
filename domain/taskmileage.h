#pragma once
// The tracked mileage of one dispatch order: the vehicle's stored fixes inside the booked window [start,
// end], through the §5 jump filter, as the mileage rule measures it. So a dispatcher sees the same figure the
// auditor's finding will quote.
#include "maps/geo/trackfilter.h"

#include <QSqlDatabase>
#include <QString>

class TaskMileage
{
public:
    struct Result
    {
        double km = 0;
        int fixCount = 0; // fixes inside the window before filtering; 0 = nothing to measure
    };

    TaskMileage(const QSqlDatabase &db, geo::JumpFilterOptions options = {});

    // startMs and endMs both included, as the rules read a task's window.
    Result measure(const QString &vehicleId, qint64 startMs, qint64 endMs) const;

private:
    QSqlDatabase m_db;
    geo::JumpFilterOptions m_options;
};
