#pragma once
// Whether a car and a driver may take a trip: the dispatch conflict rules in one place, over plain data, so
// the dispatch board, the command line and (with sync) the server refuse exactly the same bookings. Nothing
// here reads the database; DispatchService gathers the facts and asks.
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

struct BookingWindow
{
    QString taskCode; // the booking already holding this window
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// A car booked into the repair shop: [startMs, endMs) covers its Beijing days from the repair's date to its
// `in_shop_until` day inclusive.
struct ShopStay
{
    QString vehicleId;
    QString shop; // the shop's name as the repair gives it
    QString items; // the work booked
    qint64 startMs = 0;
    qint64 endMs = 0;
};

struct BookingFacts
{
    QString plate;
    QString vehicleStatus; // active | maintenance | retired
    int seats = 0; // 0 = unknown
    QString driverCode;
    QString driverStatus; // active | inactive
    QString licenceClass; // A1, B1, C1 …; empty = unknown
    QList<BookingWindow> vehicleBookings; // the vehicle's other live tasks
    QList<BookingWindow> driverBookings; // the driver's other live tasks
    QList<ShopStay> shopStays; // the vehicle's stays in the shop
};

struct BookingRequest
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int passengers = 0;
};

struct BookingConflict
{
    enum class Kind {
        VehicleBooked,
        DriverBooked,
        VehicleInMaintenance,
        VehicleInShop,
        VehicleRetired,
        TooFewSeats,
        LicenceTooLow,
        DriverInactive,
        BadWindow,
        RequestNotApproved
    }; // the last: the request's state, not the car's, forbids it
    Kind kind;
    QString message; // says what and which booking, for the dispatcher
};

class BookingRules
{
    Q_DECLARE_TR_FUNCTIONS(BookingRules)

public:
    // Every reason the booking is refused; empty when it may go ahead.
    static QList<BookingConflict> check(const BookingFacts &facts, const BookingRequest &request);
    // Two windows overlap when each starts before the other ends: a trip may start the minute another ends.
    static bool overlaps(qint64 startA, qint64 endA, qint64 startB, qint64 endB)
    {
        return startA < endB && startB < endA;
    }
    // The lowest Chinese licence class (准驾车型) that may drive a passenger car with this many seats.
    static QString licenceNeededFor(int seats);
    static bool licenceCovers(const QString &held, const QString &needed);
};
