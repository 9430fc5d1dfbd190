#pragma once
// One typed booking snapshot: the requests asked about, the cars and drivers, their live bookings as
// [startMs, endMs) with ids and the cars' stays in the repair shop (ShopStays), read from the store once, in
// one set of bulk queries (BookingReader). Every consumer of the booking rules judges from it: the board's
// hover verdict, the dispatch dialog, the suggestions, the planner and DispatchService (which reads its own
// snapshot under the write lock). Times are integer ms and everything is named by id; plates, codes and ISO
// text are turned into these once, here, and natural keys are resolved only at the edges (the command line,
// an import).
#include "domain/bookingrules.h"
#include "store/record.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class RecordStore;

// A trip as the costs see it: its window, its passengers and the requesting agency.
struct CostTrip
{
    qint64 startMs = 0, endMs = 0;
    int passengers = 0;
    QString unitId; // the requesting agency
};

struct CostVehicle
{
    QString id, plate, model, unitId, category, status;
    int seats = 0;
    QList<BookingWindow>
        bookings; // live tasks; at least those of the trip's month, its window and the week before
    QList<ShopStay> shopStays; // its stays in the repair shop, at least those overlapping the trip
};

struct CostDriver
{
    QString id, code, name, status, licenceClass;
    QList<BookingWindow> bookings;
};

// A trip request as the booking rules and the dispatcher see it.
struct BookingTrip
{
    QString id, code, status;
    QString taskId; // its dispatch order, when it has one: left out of its own car's and driver's bookings
    CostTrip trip;
    // What the dispatch dialog says of the trip: the agency's name, purpose, where from and to.
    QString unitName, purpose, originName, destName;
    BookingRequest window() const { return { trip.startMs, trip.endMs, trip.passengers }; }
};

class BookingSnapshot
{
public:
    QList<BookingTrip> trips; // those asked for and found (live), in the order asked, each once
    QList<CostVehicle> vehicles; // live cars by plate (those asked for, or all)
    QList<CostDriver> drivers; // live drivers by code (those asked for, or all)
    qint64 fromMs = 0, toMs = 0; // every live booking overlapping [fromMs, toMs) is in
    bool withCosts
        = false; // the span covers the costs' too (BookingQuery::forCosts, BookingReader::addCosts)
    bool everyone = false; // every live car or every live driver was read

    const BookingTrip *trip(const QString &requestId) const;
    const BookingTrip *tripByCode(const QString &requestCode) const;
    const CostVehicle *vehicle(const QString &vehicleId) const;
    const CostDriver *driver(const QString &driverId) const;

    // The booking rules' facts for a car and a driver (either may be null: that side is not judged), their
    // bookings without the order `ignoreTaskId` (the one being moved, or the request's own).
    static BookingFacts facts(
        const CostVehicle *vehicle, const CostDriver *driver, const QString &ignoreTaskId);
    // Every reason the booking rules refuse this car and driver (ids; one not in the snapshot is not
    // judged) for a trip in `window`.
    QList<BookingConflict> verdict(const BookingRequest &window, const QString &vehicleId,
        const QString &driverId, const QString &ignoreTaskId = {}) const;
    // Rebuilds the lookups by id after the lists were filled (BookingReader does this).
    void index();

private:
    friend class BookingReader;
    QHash<QString, int> m_trips, m_codes, m_vehicles, m_drivers;
};

// What to read: which requests (by id or, at the edges, by code; or trips already read, such as the request
// DispatchService holds under its write lock), which cars and drivers, and whether the costs' span is wanted
// too (the trips' calendar months and the week before, for the hours booked and the idle time) or only the
// trips' windows (the rules).
struct BookingQuery
{
    QStringList requestIds;
    QStringList requestCodes;
    QList<BookingTrip> trips; // already read: not read again
    QStringList vehicleIds, driverIds;
    bool allVehicles = false, allDrivers = false; // every live car / driver instead of those ids
    bool forCosts = false;
    // Bookings overlapping this span are read as well (a moved order's new window); 0/0: none.
    qint64 extraFromMs = 0, extraToMs = 0;
};

class BookingReader
{
public:
    explicit BookingReader(const RecordStore &store);
    // At most five queries whatever the numbers: the requests, the cars, the drivers, the bookings in the
    // span and the cars' stays in the shop over it.
    BookingSnapshot read(const BookingQuery &query) const;
    // Widens a snapshot read for the rules alone to the costs' span (one query: the bookings again), so
    // the board's hover verdict reads a small window and the dialog, on the drop, the month around it.
    void addCosts(BookingSnapshot &snapshot) const;
    // A request record as a trip, for a caller that has just read it (no query).
    static BookingTrip tripOf(const Record &request);

private:
    static std::pair<qint64, qint64> span(
        const QList<BookingTrip> &trips, bool forCosts, qint64 extraFromMs, qint64 extraToMs);
    void readBookings(BookingSnapshot &snapshot, std::pair<qint64, qint64> span) const;

    const RecordStore &m_store;
};
