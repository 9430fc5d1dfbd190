#include "dispatchplanner.h"
#include "bookingrules.h"
#include "checks/beijingtime.h"
#include "dispatchsuggestions.h"
#include "recordstore.h"
#include "timeparse.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <optional>

namespace DispatchMatching {

namespace {

// Costs go to the network simplex as integers (millionths), so that it is exact and ties are ties.
using Cost = long long;
constexpr double kScale = 1e6;

Cost scaled(double cost)
{
    return std::llround(cost * kScale);
}

enum class Mode { Free, Assign, Skip }; // a request may be left out / must be served / must be left out

// What one branch-and-bound node allows: request r's cars up to level carMax[r], its drivers from level
// driverMin[r] on, and whether it must be served or left out.
struct Restriction
{
    std::vector<int> carMax, driverMin;
    std::vector<Mode> mode;
};

struct SideSolution
{
    Cost cost = 0;
    std::vector<int> choice; // per request: option index or -1 (left out on this side)
};

// One side (cars or drivers) as a min-cost assignment: a unit of flow from each request to the sink,
// through one allowed resource (each at most once) or through its "left out" arc costing `skip`. With the
// left-out arc every request can always be routed, so a batch with an unservable request stays feasible;
// a request that must be served has no such arc, and then the side may be infeasible (nullopt).
std::optional<SideSolution> assignSide(const std::vector<std::vector<Option>> &options,
    const std::vector<std::vector<Cost>> &costs, const std::vector<Mode> &mode,
    const std::function<bool(int request, int level)> &allowed, Cost skip)
{
    using Graph = lemon::SmartDigraph;
    const int n = int(options.size());
    Graph g;
    const Graph::Node sink = g.addNode();
    std::vector<Graph::Node> requestNode(n);
    QHash<int, Graph::Node> resourceNode;
    struct Edge
    {
        Graph::Arc arc;
        int request, option;
    };
    std::vector<Edge> edges;
    std::vector<Graph::Arc> skipArcs;
    for (int r = 0; r < n; ++r)
        requestNode[r] = g.addNode();
    for (int r = 0; r < n; ++r) {
        if (mode[r] != Mode::Skip) {
            for (int o = 0; o < int(options[r].size()); ++o) {
                const Option &opt = options[r][o];
                if (!allowed(r, opt.level))
                    continue;
                auto node = resourceNode.find(opt.resource);
                if (node == resourceNode.end()) {
                    node = resourceNode.insert(opt.resource, g.addNode());
                    edges.push_back({ g.addArc(*node, sink), -1, -1 }); // each resource serves once
                }
                edges.push_back({ g.addArc(requestNode[r], *node), r, o });
            }
        }
        if (mode[r] != Mode::Assign)
            skipArcs.push_back(g.addArc(requestNode[r], sink));
        else
            skipArcs.push_back(lemon::INVALID);
    }
    Graph::ArcMap<int> capacity(g, 1);
    Graph::ArcMap<Cost> cost(g, 0);
    Graph::NodeMap<int> supply(g, 0);
    for (const Edge &e : edges) {
        if (e.request >= 0)
            cost[e.arc] = costs[e.request][e.option];
    }
    for (const Graph::Arc &a : skipArcs) {
        if (a != lemon::INVALID)
            cost[a] = skip;
    }
    for (int r = 0; r < n; ++r)
        supply[requestNode[r]] = 1;
    supply[sink] = -n;
    lemon::NetworkSimplex<Graph, int, Cost> simplex(g);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, int, Cost>::OPTIMAL)
        return std::nullopt;
    SideSolution out;
    out.cost = simplex.totalCost();
    out.choice.assign(n, -1);
    for (const Edge &e : edges) {
        if (e.request >= 0 && simplex.flow(e.arc) > 0)
            out.choice[e.request] = e.option;
    }
    return out;
}

// Keeps, per licence level, the `keep` cheapest options of one request (ties: lower resource first).
// Why nothing better is lost: take an optimal plan in which request r uses resource x of level L that is not
// among r's `keep` (= the batch size n) cheapest of level L. The other n-1 requests use at most n-1 of those
// n cheapest, so one of them, y, is unused; y is of level L and r may take it, so moving r from x to y keeps
// every constraint (each resource once, r's licence coupling, which sees only the level) and costs no more.
// Repeating this gives an optimal plan within the kept options. The restrictions of the branch-and-bound
// allow or forbid whole levels, so the argument holds in every node too.
std::vector<Option> cheapestPerLevel(std::vector<Option> options, int keep)
{
    std::stable_sort(options.begin(), options.end(), [](const Option &a, const Option &b) {
        return a.level < b.level
            || (a.level == b.level && (a.cost < b.cost || (a.cost == b.cost && a.resource < b.resource)));
    });
    std::vector<Option> kept;
    int run = 0;
    for (size_t i = 0; i < options.size(); ++i) {
        run = (i > 0 && options[i].level == options[i - 1].level) ? run + 1 : 0;
        if (run < keep)
            kept.push_back(options[i]);
    }
    return kept;
}

} // namespace

int carLicenceLevel(int seats)
{
    if (seats <= 0)
        return 0; // BookingRules judges no licence for a car of unknown seats
    const QString needed = BookingRules::licenceNeededFor(seats);
    return needed == QStringLiteral("A1") ? 3 : needed == QStringLiteral("B1") ? 2 : 1;
}

int driverLicenceLevel(const QString &licenceClass)
{
    // Asked of BookingRules, so the levels follow its table: the classes are nested (A1 ⊃ B1 ⊃ C1).
    int level = 0;
    const char *byLevel[] = { "C1", "B1", "A1" };
    for (int i = 0; i < 3; ++i) {
        if (BookingRules::licenceCovers(licenceClass, QLatin1String(byLevel[i])))
            level = i + 1;
    }
    return level;
}

Result solve(const std::vector<Request> &input, int nodeLimit)
{
    const int n = int(input.size());
    Result result;
    result.car.assign(n, -1);
    result.driver.assign(n, -1);
    result.outcome.assign(n, Outcome::TakenByOthers);

    // Pruned options (see cheapestPerLevel), with their integer costs and a map back to the input's index.
    std::vector<std::vector<Option>> cars(n), drivers(n);
    std::vector<std::vector<Cost>> carCost(n), driverCost(n);
    Restriction root { std::vector<int>(n, INT_MAX), std::vector<int>(n, INT_MIN),
        std::vector<Mode>(n, Mode::Free) };
    Cost bound = 0; // sum over requests of the largest |cost| on both sides
    for (int r = 0; r < n; ++r) {
        const Request &req = input[r];
        int maxCarLevel = INT_MIN, minCarLevel = INT_MAX, maxDriverLevel = INT_MIN;
        for (const Option &o : req.cars) {
            maxCarLevel = std::max(maxCarLevel, o.level);
            minCarLevel = std::min(minCarLevel, o.level);
        }
        for (const Option &o : req.drivers)
            maxDriverLevel = std::max(maxDriverLevel, o.level);
        if (req.cars.empty())
            result.outcome[r] = Outcome::NoCar;
        else if (req.drivers.empty())
            result.outcome[r] = Outcome::NoDriver;
        else if (minCarLevel > maxDriverLevel)
            result.outcome[r] = Outcome::NoLicence;
        if (result.outcome[r] != Outcome::TakenByOthers) {
            root.mode[r] = Mode::Skip; // nobody can take it: reported, and it does not hold the others up
            continue;
        }
        cars[r] = cheapestPerLevel(req.cars, n);
        drivers[r] = cheapestPerLevel(req.drivers, n);
        Cost largest = 0;
        for (const Option &o : cars[r]) {
            carCost[r].push_back(scaled(o.cost));
            largest = std::max(largest, std::abs(carCost[r].back()));
        }
        bound += largest;
        largest = 0;
        for (const Option &o : drivers[r]) {
            driverCost[r].push_back(scaled(o.cost));
            largest = std::max(largest, std::abs(driverCost[r].back()));
        }
        bound += largest;
    }
    // Leaving a request out costs `skip` on each side. 2·skip exceeds the largest difference the costs of
    // two plans' served requests can make (2·bound), so a plan that serves more requests always costs less:
    // the solver serves as many as it can, and among those picks the cheapest.
    const Cost skip = bound + 1;

    Cost best = LLONG_MAX;
    SideSolution bestCars, bestDrivers;
    // Depth first. Each node solves both sides without the licence coupling (nor the rule that a request has
    // a car exactly when it has a driver): the sum is a lower bound of every plan the node allows. A node
    // whose two answers fit together is the best plan it allows; otherwise it splits on one request so that
    // both children exclude the current answer and together keep every plan.
    std::function<void(const Restriction &)> explore = [&](const Restriction &node) {
        if (result.nodes >= nodeLimit) {
            result.provenOptimal = false;
            return;
        }
        ++result.nodes;
        const std::optional<SideSolution> c = assignSide(
            cars, carCost, node.mode, [&](int r, int level) { return level <= node.carMax[r]; }, skip);
        if (!c)
            return;
        const std::optional<SideSolution> d = assignSide(
            drivers, driverCost, node.mode, [&](int r, int level) { return level >= node.driverMin[r]; },
            skip);
        if (!d || c->cost + d->cost >= best)
            return;
        for (int r = 0; r < n; ++r) {
            const int ci = c->choice[r], di = d->choice[r];
            if ((ci < 0) != (di < 0)) {
                // Served on one side only: either it is served on both, or on neither.
                Restriction both = node;
                both.mode[r] = Mode::Assign;
                explore(both);
                Restriction neither = node;
                neither.mode[r] = Mode::Skip;
                explore(neither);
                return;
            }
            if (ci >= 0 && cars[r][ci].level > drivers[r][di].level) {
                // The car needs level L, the driver holds H < L. Any plan serving r has car level <= driver
                // level: either the car's is <= H, or it is > H and then so is the driver's.
                const int held = drivers[r][di].level;
                Restriction smallerCar = node;
                smallerCar.carMax[r] = std::min(node.carMax[r], held);
                explore(smallerCar);
                Restriction betterDriver = node;
                betterDriver.driverMin[r] = std::max(node.driverMin[r], held + 1);
                explore(betterDriver);
                return;
            }
        }
        best = c->cost + d->cost;
        bestCars = *c;
        bestDrivers = *d;
    };
    explore(root);

    if (best == LLONG_MAX)
        return result; // cannot happen: leaving every request out is always a plan
    for (int r = 0; r < n; ++r) {
        const int ci = bestCars.choice[r], di = bestDrivers.choice[r];
        if (ci < 0 || di < 0)
            continue;
        // Back to the index in the caller's lists.
        const auto indexOf = [](const std::vector<Option> &all, const Option &o) {
            for (int i = 0; i < int(all.size()); ++i) {
                if (all[i].resource == o.resource && all[i].level == o.level && all[i].cost == o.cost)
                    return i;
            }
            return -1;
        };
        result.car[r] = indexOf(input[r].cars, cars[r][ci]);
        result.driver[r] = indexOf(input[r].drivers, drivers[r][di]);
        result.outcome[r] = Outcome::Assigned;
        result.cost += cars[r][ci].cost + drivers[r][di].cost;
        ++result.assigned;
    }
    return result;
}

} // namespace DispatchMatching

namespace {

QString isoOf(qint64 ms)
{
    return TimeParse::toUtcIso(ms);
}

} // namespace

DispatchPlanner::DispatchPlanner(const RecordStore &store)
    : m_store(store)
{ }

QStringList DispatchPlanner::approvedOn(QDate day) const
{
    QStringList codes;
    const std::optional<qint64> from = TimeParse::parseDateMs(day.toString(Qt::ISODate));
    if (!from)
        return codes;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code FROM requests WHERE deleted = 0 AND status = 'approved' "
                             "AND start_at >= ? AND start_at < ? ORDER BY start_at, code"));
    q.addBindValue(isoOf(*from));
    q.addBindValue(isoOf(*from + checks::kDayMs));
    q.exec();
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

DispatchPlan DispatchPlanner::planDay(QDate beijingDay) const
{
    QElapsedTimer timer;
    timer.start();
    const QStringList codes = approvedOn(beijingDay);
    const qint64 listed = timer.elapsed();
    DispatchPlan plan = this->plan(codes);
    plan.loadMs += listed;
    return plan;
}

DispatchPlan DispatchPlanner::plan(const QStringList &requestCodes) const
{
    using namespace DispatchMatching;
    DispatchPlan plan;
    QElapsedTimer timer;
    timer.start();

    // The requests to serve; the others are reported at once.
    struct Trip
    {
        QString code;
        CostTrip trip;
    };
    QList<Trip> trips;
    QSet<QString> seen;
    qint64 from = LLONG_MAX, to = LLONG_MIN;
    for (const QString &code : requestCodes) {
        if (seen.contains(code))
            continue;
        seen.insert(code);
        const std::optional<Record> request = m_store.findByKey(QStringLiteral("requests"), code);
        QString why;
        if (!request || request->deleted)
            why = tr("the request does not exist");
        else if (request->text(QStringLiteral("status")) != QStringLiteral("approved"))
            why = tr("the request is %1, not approved").arg(request->text(QStringLiteral("status")));
        if (!why.isEmpty()) {
            plan.unassigned << code;
            plan.whyUnassigned.insert(code, why);
            continue;
        }
        const qint64 start = TimeParse::parseMs(request->text(QStringLiteral("start_at"))).value_or(0);
        const qint64 end = TimeParse::parseMs(request->text(QStringLiteral("end_at"))).value_or(0);
        trips << Trip { code,
            { start, end, request->value(QStringLiteral("passengers")).toInt(),
                request->text(QStringLiteral("unit_id")) } };
        // The costs read the trip's calendar month and the week before it (idle time is capped at a week);
        // the rules read its window.
        const checks::YearMonth month = checks::beijingMonthOf(start);
        from = std::min({ from, checks::beijingMonthStartMs(month), start - 7 * checks::kDayMs });
        to = std::max({ to, checks::beijingMonthEndMs(month), end });
    }

    // Cars, drivers and the live bookings in that span, in three queries whatever the batch size.
    QList<CostVehicle> vehicles;
    QList<CostDriver> drivers;
    if (!trips.isEmpty()) {
        const QSqlDatabase db = m_store.database();
        QHash<QString, int> vehicleIndex, driverIndex;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, plate, model, unit_id, category, status, seats FROM vehicles "
                              "WHERE deleted = 0 ORDER BY plate"));
        while (q.next()) {
            vehicleIndex.insert(q.value(0).toString(), int(vehicles.size()));
            vehicles << CostVehicle { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), {} };
        }
        q.exec(QStringLiteral("SELECT id, code, name, status, license_class FROM drivers WHERE deleted = 0 "
                              "ORDER BY code"));
        while (q.next()) {
            driverIndex.insert(q.value(0).toString(), int(drivers.size()));
            drivers << CostDriver { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), {} };
        }
        // Times are stored as UTC ISO text of one width, so text order is time order; a day of margin on
        // each side costs nothing (a booking outside the span changes no cost and no conflict).
        QSqlQuery t(db);
        t.setForwardOnly(true);
        t.prepare(QStringLiteral("SELECT code, vehicle_id, driver_id, start_at, end_at FROM tasks "
                                 "WHERE deleted = 0 AND end_at > ? AND start_at < ?"));
        t.addBindValue(isoOf(from - checks::kDayMs));
        t.addBindValue(isoOf(to + checks::kDayMs));
        t.exec();
        while (t.next()) {
            const BookingWindow w { t.value(0).toString(),
                TimeParse::parseMs(t.value(3).toString()).value_or(0),
                TimeParse::parseMs(t.value(4).toString()).value_or(0) };
            if (const auto v = vehicleIndex.constFind(t.value(1).toString()); v != vehicleIndex.cend())
                vehicles[*v].bookings << w;
            if (const auto d = driverIndex.constFind(t.value(2).toString()); d != driverIndex.cend())
                drivers[*d].bookings << w;
        }
    }

    // Who may take what, and at what cost: the booking rules and the suggestions' costs, pair by pair.
    std::vector<Request> problem(trips.size());
    QList<int> carLevels;
    for (const CostVehicle &v : std::as_const(vehicles))
        carLevels << carLicenceLevel(v.seats);
    QList<int> driverLevels;
    for (const CostDriver &d : std::as_const(drivers))
        driverLevels << driverLicenceLevel(d.licenceClass);
    QList<QString> noCarReason(trips.size());
    for (int r = 0; r < trips.size(); ++r) {
        const CostTrip &trip = trips.at(r).trip;
        bool roomy = false; // some car in service has the seats; it is only booked
        QString badWindow;
        for (int v = 0; v < vehicles.size(); ++v) {
            QList<BookingConflict> refusal;
            if (const std::optional<Suggestion> s
                = DispatchSuggestions::vehicleFor(trip, vehicles.at(v), &refusal)) {
                problem[r].cars.push_back({ v, s->cost, carLevels.at(v) });
                continue;
            }
            bool onlyBooked = true;
            for (const BookingConflict &c : std::as_const(refusal)) {
                onlyBooked = onlyBooked && c.kind == BookingConflict::Kind::VehicleBooked;
                if (c.kind == BookingConflict::Kind::BadWindow)
                    badWindow = c.message;
            }
            roomy = roomy || onlyBooked;
        }
        if (problem[r].cars.empty()) {
            noCarReason[r] = !badWindow.isEmpty() ? badWindow
                : roomy ? tr("every car with room for %n passenger(s) and the driver is booked then", nullptr,
                      trip.passengers)
                        : tr("no car in service has room for %n passenger(s) and the driver", nullptr,
                            trip.passengers);
        }
        for (int d = 0; d < drivers.size(); ++d) {
            if (const std::optional<Suggestion> s = DispatchSuggestions::driverFor(trip, drivers.at(d), 0))
                problem[r].drivers.push_back({ d, s->cost, driverLevels.at(d) });
        }
    }
    plan.loadMs = timer.restart();

    const Result result = solve(problem);
    plan.solveMs = timer.elapsed();
    plan.nodesExplored = result.nodes;
    plan.provenOptimal = result.provenOptimal;
    plan.totalCost = result.cost;
    static const char *levelNames[] = { "", "C1", "B1", "A1" };
    for (int r = 0; r < trips.size(); ++r) {
        const QString &code = trips.at(r).code;
        const Request &req = problem[r];
        QString why;
        switch (result.outcome[r]) {
        case Outcome::Assigned: {
            const Option &car = req.cars[result.car[r]];
            const Option &driver = req.drivers[result.driver[r]];
            plan.assignments << PlannedDispatch { code, vehicles.at(car.resource).plate,
                drivers.at(driver.resource).code, car.cost, driver.cost };
            continue;
        }
        case Outcome::NoCar:
            why = noCarReason.at(r);
            break;
        case Outcome::NoDriver:
            why = tr("no driver on duty is free then");
            break;
        case Outcome::NoLicence: {
            int needed = INT_MAX;
            for (const Option &o : req.cars)
                needed = std::min(needed, o.level);
            why = tr("the free cars need a %1 licence, which no free driver holds")
                      .arg(QLatin1String(levelNames[std::clamp(needed, 0, 3)]));
            break;
        }
        case Outcome::TakenByOthers:
            why = tr("the cars and drivers free for it are needed by other requests of this batch");
            break;
        }
        plan.unassigned << code;
        plan.whyUnassigned.insert(code, why);
    }
    return plan;
}
