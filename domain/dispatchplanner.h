#pragma once
// "Dispatch all": every approved request of a day gets a car and a driver at once, in one provably optimal
// assignment under the costs of DispatchSuggestions. Within one batch a car and a driver take at most one
// request each (a matching); the licence a car's seats need couples its driver to it. docs/ARCHITECTURE.md
// (Dispatch) gives the formulation and why it is exact.
//
// Three layers: DispatchMatching::solve is the pure solver over plain numbers (no Qt Sql, no records);
// DispatchPlanner::planFacts asks the booking rules who may take what over plain facts (PlanningFacts) and
// turns the solver's answer into a DispatchPlan for confirmation; DispatchPlanner::load gathers those facts,
// the requests, cars, drivers and their bookings, from the store in bulk.
// DispatchService::dispatchPlan stores a plan.
#include "domain/dispatchsuggestions.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

class RecordStore;

struct PlannedDispatch
{
    QString requestCode;
    QString plate;
    QString driverCode;
    double vehicleCost = 0, driverCost = 0;
    QString requestId, vehicleId, driverId; // what DispatchService::dispatchPlan stores by
};

struct DispatchPlan
{
    QList<PlannedDispatch> assignments; // in the order of the requests asked for
    QStringList unassigned; // request codes left without a car and a driver
    QHash<QString, QString> whyUnassigned; // request code -> the reason, in words
    double totalCost = 0; // of the assignments
    int nodesExplored = 0; // branch-and-bound nodes; 1 when the licences did not bind
    // False only when the search hit its node or time limit: the plan is then the best found (a valid one),
    // at most optimalityGap above the optimum (-1 when that is not known).
    bool provenOptimal = true;
    double optimalityGap = 0;
    qint64 loadMs = 0, solveMs = 0; // reading the store and asking the rules; the solver
    QString error; // the plan could not be made at all (the file would not open), in words
};

namespace DispatchMatching {

// One car or driver a request may take: which (an index shared by all requests), at what cost, and its
// licence level (a car: the level its seats need; a driver: the highest level held; see carLicenceLevel and
// driverLicenceLevel).
struct Option
{
    int resource = 0;
    double cost = 0;
    int level = 0;
};

struct Request
{
    std::vector<Option> cars, drivers; // only those the booking rules accept for this request
};

enum class Outcome {
    Assigned,
    NoCar, // no car may take it at all
    NoDriver, // no driver may take it at all
    NoLicence, // no free driver holds the licence any free car needs
    TakenByOthers, // possible alone, but what it could take serves other requests of the batch
};

struct Result
{
    // Per request: the chosen option (index into its cars / drivers), or -1.
    std::vector<int> car, driver;
    std::vector<Outcome> outcome;
    double cost = 0; // the sum of the chosen options' costs
    int assigned = 0;
    int nodes = 0;
    bool provenOptimal = true;
    double gap = 0; // at most this much above the optimum (0 when proven; -1 when not known)
};

// The plan that assigns as many requests as possible and, among those, costs least; each car and each
// driver at most once, and every assigned driver's level at least its car's. Costs are compared in millionths
// (of an hour of booked load), so the plan is exact for the costs rounded to that.
// The search stops after nodeLimit nodes or timeLimitMs; the result then keeps the best plan found (always
// a valid plan) and says it is not proven optimal.
Result solve(const std::vector<Request> &requests, int nodeLimit = 20000, qint64 timeLimitMs = 5000);

// Levels of the nested passenger-car licence classes (C1 < B1 < A1): 0 for a car of unknown seats (no
// licence judged) or a driver with no class that covers C1.
int carLicenceLevel(int seats);
int driverLicenceLevel(const QString &licenceClass);

} // namespace DispatchMatching

// What a plan is made from, read from the store in bulk (DispatchPlanner::load) or made by hand (tests):
// the requests to serve with their windows, every car and driver with their live bookings around them, and
// the requests already reported (unknown, not approved).
struct PlanningFacts
{
    struct Trip
    {
        QString code;
        CostTrip trip;
        QString id; // the request's (empty in facts made by hand)
    };
    QList<Trip> trips; // in the order asked for, each once
    QList<CostVehicle> vehicles; // by plate
    QList<CostDriver> drivers; // by code
    DispatchPlan reported; // requests set aside before planning, with the reason
};

class DispatchPlanner
{
    Q_DECLARE_TR_FUNCTIONS(DispatchPlanner)

public:
    explicit DispatchPlanner(const RecordStore &store);

    // The approved requests that start on this Beijing calendar day.
    DispatchPlan planDay(QDate beijingDay) const;
    // These requests; one that does not exist or is not approved is reported unassigned, with the reason.
    DispatchPlan plan(const QStringList &requestCodes) const;
    // The codes of the approved requests that start on this Beijing day, in order of start.
    QStringList approvedOn(QDate beijingDay) const;

    // plan() in its two halves. load(): the store's part, one BookingSnapshot (four queries whatever the
    // batch size). planFacts(): no database: who may take what under the booking rules, at the
    // suggestions' costs, then DispatchMatching::solve and the reasons for those left out.
    PlanningFacts load(const QStringList &requestCodes) const;
    static DispatchPlan planFacts(const PlanningFacts &facts);

private:
    const RecordStore &m_store;
};
