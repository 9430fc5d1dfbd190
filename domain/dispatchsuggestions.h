#pragma once
// For one trip request, the cars and drivers that are free for it, best first. Only candidates the booking
// rules accept are listed; among them the cost says why one is better: the requesting agency's own car over
// the pool, the pool over another agency's car; no more seats than needed; fairness (hours already booked
// this month); and idle time (a car that has stood longest goes first). Each part of the cost is kept so the
// dispatcher can see why.
#include "domain/bookingrules.h"
#include "domain/bookingsnapshot.h"
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

// The plain facts a cost is computed from (CostTrip, CostVehicle, CostDriver) are a BookingSnapshot's: the
// suggestions read one per request, DispatchPlanner one for a whole day; both hand them to the same two
// functions below, so the two cannot drift.
class DispatchSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(DispatchSuggestions)

public:
    explicit DispatchSuggestions(const RecordStore &store);

    // Free cars for the request (by id), cheapest first; empty when the request does not exist. Each reads
    // one BookingSnapshot and asks the two below.
    QList<Suggestion> vehicles(const QString &requestId) const;
    // Free drivers whose licence covers the car (by its seats), cheapest first.
    QList<Suggestion> drivers(const QString &requestId, const QString &vehicleId) const;
    // The same over a snapshot already read (with its costs' span: BookingQuery::forCosts), for a caller
    // that judges several things of one drag (the dispatch dialog).
    static QList<Suggestion> vehicles(const BookingSnapshot &snapshot, const BookingTrip &trip);
    static QList<Suggestion> drivers(
        const BookingSnapshot &snapshot, const BookingTrip &trip, const QString &vehicleId);

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
