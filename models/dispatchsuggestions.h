#pragma once
// For one trip request, the cars and drivers that are free for it, best first. Only candidates the booking
// rules accept are listed; among them the cost says why one is better: the requesting agency's own car over
// the pool, the pool over another agency's car; no more seats than needed; fairness (hours already booked
// this month); and idle time (a car that has stood longest goes first). Each part of the cost is kept so the
// dispatcher can see why.
#include "record.h"

#include <QCoreApplication>
#include <QList>

class RecordStore;

struct Suggestion
{
    QString id; // the vehicle's or driver's id
    QString key; // plate or driver code
    QString name; // model or driver's name
    double cost = 0; // lower is better
    double fitCost = 0, seatCost = 0, loadCost = 0, idleCost = 0;
    double bookedHours = 0; // this calendar month (Beijing), before this trip
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

private:
    const RecordStore &m_store;
};
