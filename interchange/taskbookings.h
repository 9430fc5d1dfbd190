#pragma once
// The booking rules (domain/bookingrules.h) applied to a file of dispatch orders before it is stored: a car
// or a driver booked twice at once, between two rows of the file or between a row and an order already in
// the store, is refused naming both orders. Only the windows are judged: a car retired or a driver off duty
// today may well have driven the trips of a month ago that the file records.
#include <QCoreApplication>
#include <QList>
#include <QString>

class RecordStore;
struct Record;

class TaskBookings
{
    Q_DECLARE_TR_FUNCTIONS(TaskBookings)

public:
    struct Clash
    {
        int index = -1; // which of the file's tasks
        bool driver = false; // the driver is double-booked (else the car)
        QString message; // names this order and the one it clashes with
    };
    // Each clash once: on the later row of two in the file, or on the row that clashes with a stored order.
    // `tasks` hold vehicle_id, driver_id, start_at, end_at and code; an order of the file replaces the
    // stored order with its code.
    static QList<Clash> clashes(const RecordStore &store, const QList<Record> &tasks);
};
