#pragma once
// For one trip request, the cars and drivers that are free for it, best first. Only candidates the booking
// rules accept are listed; among them the cost says why one is better: the requesting agency's own car over
// the pool, the pool over another agency's car; no more seats than needed; fairness (hours already booked
// this month); and idle time (a car that has stood longest goes first). Each part of the cost is kept so the
// dispatcher can see why.
#include "domain/bookingrules.h"
#include "store/record.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class RecordStore;

struct Suggestion
{
    QString id; // the vehicle's or driver's id
    QString key; // plate or driver code
    QString name; // model or driver's name
    double cost = 0; // lower is better
    double fitCost = 0, seatCost = 0, loadCost = 0, idleCost = 0;
    double bookedHours = 0; // this calendar month (Beijing), before this trip
    // What the costs stand for, for saying why in words: whose car (Own/Pool/Other), its seats, and the
    // days since its last booking ended (capped at a week; never negative).
    enum class Fit { Own, Pool, Other } fit = Fit::Own;
    int seats = 0;
    double idleDays = 0;
};

// The plain facts a cost is computed from. The suggestions read them per request; DispatchPlanner reads them
// in bulk for a whole day; both hand them to the same two functions below, so the two cannot drift.
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

class DispatchSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(DispatchSuggestions)

public:
    explicit DispatchSuggestions(const RecordStore &store);

    // Free cars for the request, cheapest first; empty when the request does not exist.
    QList<Suggestion> vehicles(const QString &requestCode) const;
    // Free drivers whose licence covers the car (by its seats), cheapest first.
    QList<Suggestion> drivers(const QString &requestCode, const QString &plate) const;

    // The car's cost for the trip, or nothing when the booking rules refuse it (their reasons in *refusal).
    // The car is judged alone: status, seats, its own bookings.
    static std::optional<Suggestion> vehicleFor(
        const CostTrip &trip, const CostVehicle &vehicle, QList<BookingConflict> *refusal = nullptr);
    // The driver's cost for the trip, or nothing when refused. `seats` is the car's, whose licence class the
    // driver must hold; 0 leaves the licence unjudged (the planner couples car and driver itself).
    static std::optional<Suggestion> driverFor(
        const CostTrip &trip, const CostDriver &driver, int seats, QList<BookingConflict> *refusal = nullptr);

private:
    const RecordStore &m_store;
};
