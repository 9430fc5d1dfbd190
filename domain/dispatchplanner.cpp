#include "domain/dispatchplanner.h"
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "domain/bookingrules.h"
#include "domain/dispatchsuggestions.h"
#include "domain/shopstays.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

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
#include <queue>

namespace DispatchMatching {

namespace {

// Costs go to the network simplex as integers (millionths), so that it is exact and ties are ties.
using Cost = long long;
constexpr double kScale = 1e6;

Cost scaled(double cost)
{
    return std::llround(cost * kScale);
}

// What one branch-and-bound node allows: request r's cars of levels carMin[r]..carMax[r], its drivers from
// level driverMin[r] on; a request set aside (nobody can take it) has no options at all.
struct Restriction
{
    std::vector<int> carMin, carMax, driverMin;
};

struct Relaxed
{
    Cost cost = 0;
    std::vector<int> car, driver; // per request: option index, or -1 when left out
};

// The node's problem without the licence coupling, as one min-cost flow: a unit leaves the source through a
// car (each at most once), enters a request (each at most once), leaves through a driver (each at most once)
// to the sink; or it takes the bypass, which costs `leftOut`, for each request not served. A served request
// therefore has a car exactly when it has a driver, and every plan of the node is a flow of the same cost:
// the flow's optimum is a lower bound, and the plan itself when the licences it pairs fit.
Relaxed relax(const std::vector<std::vector<Option>> &cars, const std::vector<std::vector<Cost>> &carCost,
    const std::vector<std::vector<Option>> &drivers, const std::vector<std::vector<Cost>> &driverCost,
    const Restriction &node, Cost leftOut)
{
    using Graph = lemon::SmartDigraph;
    const int n = int(cars.size());
    Graph g;
    const Graph::Node source = g.addNode(), sink = g.addNode();
    struct Edge
    {
        Graph::Arc arc;
        int request, option;
        bool car;
    };
    std::vector<Edge> edges;
    std::vector<Graph::Arc> unitArcs; // capacity 1, cost 0: a car, a driver or a request used once
    QHash<int, Graph::Node> carNode, driverNode;
    for (int r = 0; r < n; ++r) {
        if (cars[r].empty() || drivers[r].empty())
            continue;
        const Graph::Node in = g.addNode(), out = g.addNode();
        unitArcs.push_back(g.addArc(in, out));
        for (int o = 0; o < int(cars[r].size()); ++o) {
            const Option &opt = cars[r][o];
            if (opt.level < node.carMin[r] || opt.level > node.carMax[r])
                continue;
            auto c = carNode.find(opt.resource);
            if (c == carNode.end()) {
                c = carNode.insert(opt.resource, g.addNode());
                unitArcs.push_back(g.addArc(source, *c));
            }
            edges.push_back({ g.addArc(*c, in), r, o, true });
        }
        for (int o = 0; o < int(drivers[r].size()); ++o) {
            const Option &opt = drivers[r][o];
            if (opt.level < node.driverMin[r])
                continue;
            auto d = driverNode.find(opt.resource);
            if (d == driverNode.end()) {
                d = driverNode.insert(opt.resource, g.addNode());
                unitArcs.push_back(g.addArc(*d, sink));
            }
            edges.push_back({ g.addArc(out, *d), r, o, false });
        }
    }
    const Graph::Arc bypass = g.addArc(source, sink);
    Graph::ArcMap<int> capacity(g, 1);
    Graph::ArcMap<Cost> cost(g, 0);
    Graph::NodeMap<int> supply(g, 0);
    for (const Edge &e : edges)
        cost[e.arc] = e.car ? carCost[e.request][e.option] : driverCost[e.request][e.option];
    capacity[bypass] = n;
    cost[bypass] = leftOut;
    supply[source] = n;
    supply[sink] = -n;
    lemon::NetworkSimplex<Graph, int, Cost> simplex(g);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    simplex.run(); // always OPTIMAL: the bypass can carry everything, and no cycle has negative cost
    Relaxed out;
    out.cost = simplex.totalCost();
    out.car.assign(n, -1);
    out.driver.assign(n, -1);
    for (const Edge &e : edges) {
        if (simplex.flow(e.arc) > 0)
            (e.car ? out.car : out.driver)[e.request] = e.option;
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

Result solve(const std::vector<Request> &input, int nodeLimit, qint64 timeLimitMs)
{
    QElapsedTimer clock;
    clock.start();
    const int n = int(input.size());
    Result result;
    result.car.assign(n, -1);
    result.driver.assign(n, -1);
    result.outcome.assign(n, Outcome::TakenByOthers);

    // Pruned options (see cheapestPerLevel), with their integer costs and a map back to the input's index.
    std::vector<std::vector<Option>> cars(n), drivers(n);
    std::vector<std::vector<Cost>> carCost(n), driverCost(n);
    Restriction root { std::vector<int>(n, INT_MIN), std::vector<int>(n, INT_MAX),
        std::vector<int>(n, INT_MIN) };
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
        if (result.outcome[r] != Outcome::TakenByOthers)
            continue; // nobody can take it: no options, reported, and it does not hold the others up
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
    // Leaving a request out costs more than the largest difference the costs of two plans' served
    // requests can make (2·bound), so a plan that serves more requests always costs less: the solver serves
    // as many as it can, and among those picks the cheapest.
    const Cost leftOut = 2 * bound + 1;

    // What no plan of a node can use anyway: a request's drivers below the lowest level its allowed cars
    // need, and its cars above the highest level its allowed drivers hold. Dropping them keeps every plan and
    // makes the relaxation much tighter: a request for twelve people has only buses, so only their drivers.
    const auto tightened = [&](Restriction node) {
        for (int r = 0; r < n; ++r) {
            int lowestCar = INT_MAX, highestDriver = INT_MIN;
            for (const Option &o : cars[r]) {
                if (o.level >= node.carMin[r] && o.level <= node.carMax[r])
                    lowestCar = std::min(lowestCar, o.level);
            }
            for (const Option &o : drivers[r]) {
                if (o.level >= node.driverMin[r])
                    highestDriver = std::max(highestDriver, o.level);
            }
            node.driverMin[r] = std::max(node.driverMin[r], lowestCar);
            node.carMax[r] = std::min(node.carMax[r], highestDriver);
        }
        return node;
    };
    const auto violation = [&](const Relaxed &plan) {
        for (int r = 0; r < n; ++r) {
            const int ci = plan.car[r], di = plan.driver[r];
            if (ci >= 0 && cars[r][ci].level > drivers[r][di].level)
                return r;
        }
        return -1;
    };
    const auto solveNode = [&](const Restriction &node) {
        ++result.nodes;
        return relax(cars, carCost, drivers, driverCost, tightened(node), leftOut);
    };
    Cost best = LLONG_MAX;
    Relaxed bestPlan;

    // A good plan first, so that the search can prune from the start: every request whose pair does not fit
    // keeps its car's level and must find a driver holding it; solved again until every pair fits (each
    // round fixes at least one request for good, so it ends; a fixed request may end up left out).
    {
        Restriction fixedLevels = root;
        Relaxed plan = relax(cars, carCost, drivers, driverCost, tightened(fixedLevels), leftOut);
        for (int r = violation(plan); r >= 0; r = violation(plan)) {
            for (int v = r; v < n; ++v) {
                const int ci = plan.car[v], di = plan.driver[v];
                if (ci >= 0 && cars[v][ci].level > drivers[v][di].level) {
                    fixedLevels.carMin[v] = fixedLevels.carMax[v] = fixedLevels.driverMin[v]
                        = cars[v][ci].level;
                }
            }
            plan = relax(cars, carCost, drivers, driverCost, tightened(fixedLevels), leftOut);
        }
        best = plan.cost;
        bestPlan = plan;
    }

    // Then best bound first. Each node solves its problem without the licence coupling (relax): a lower bound
    // of every plan the node allows, and that plan itself when every served request's driver holds its car's
    // level. Otherwise it splits on the first request r whose pair does not fit, by the level of r's car: for
    // each level L its cars may have, a child allows only cars of level L and drivers of level >= L. The
    // children keep every plan (a plan leaving r out is in each), exclude the current answer, and r never
    // splits again below them. The open node of lowest bound is always taken next, so when it is no better
    // than the best plan, nothing open can be: that plan is optimal.
    struct Open
    {
        Relaxed relaxed;
        Restriction node;
        int order = 0;
    };
    const auto later = [](const Open &a, const Open &b) {
        return a.relaxed.cost > b.relaxed.cost || (a.relaxed.cost == b.relaxed.cost && a.order > b.order);
    };
    std::priority_queue<Open, std::vector<Open>, decltype(later)> open(later);
    const Relaxed rootBound = solveNode(root);
    open.push({ rootBound, root, 0 });
    Relaxed lowest = rootBound; // the lowest bound still open when the search stops
    int order = 0;
    while (!open.empty() && open.top().relaxed.cost < best) {
        if (result.nodes >= nodeLimit || clock.elapsed() > timeLimitMs) {
            result.provenOptimal = false;
            lowest = open.top().relaxed;
            break;
        }
        const Open top = open.top();
        open.pop();
        const int r = violation(top.relaxed);
        if (r < 0) {
            best = top.relaxed.cost;
            bestPlan = top.relaxed;
            continue;
        }
        QList<int> levels;
        for (const Option &o : cars[r]) {
            if (o.level >= top.node.carMin[r] && o.level <= top.node.carMax[r] && !levels.contains(o.level))
                levels << o.level;
        }
        for (int level : std::as_const(levels)) {
            Restriction child = top.node;
            child.carMin[r] = child.carMax[r] = level;
            child.driverMin[r] = std::max(top.node.driverMin[r], level);
            Relaxed bound = solveNode(child);
            if (bound.cost < best)
                open.push({ std::move(bound), std::move(child), ++order });
        }
    }
    // How far from the optimum the plan can be when the search stopped early: no plan costs less than the
    // lowest open bound; when that bound serves as many requests as the plan, the left-out penalties cancel.
    const auto served = [](const Relaxed &plan) {
        return std::count_if(plan.car.begin(), plan.car.end(), [](int c) { return c >= 0; });
    };
    result.gap = result.provenOptimal        ? 0.0
        : served(lowest) == served(bestPlan) ? double(best - lowest.cost) / kScale
                                             : -1.0;

    if (best == LLONG_MAX)
        return result; // cannot happen: leaving every request out is always a plan
    for (int r = 0; r < n; ++r) {
        const int ci = bestPlan.car[r], di = bestPlan.driver[r];
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
    QElapsedTimer timer;
    timer.start();
    const PlanningFacts facts = load(requestCodes);
    const qint64 loadMs = timer.elapsed();
    DispatchPlan plan = planFacts(facts);
    plan.loadMs += loadMs;
    return plan;
}

PlanningFacts DispatchPlanner::load(const QStringList &requestCodes) const
{
    PlanningFacts facts;
    DispatchPlan &plan = facts.reported;
    QList<PlanningFacts::Trip> &trips = facts.trips;
    QSet<QString> seen;
    qint64 from = LLONG_MAX, to = LLONG_MIN;
    for (const QString &code : requestCodes) {
        if (seen.contains(code))
            continue;
        seen.insert(code);
        const std::optional<Record> request = m_store.findByKey(Kind::Requests, code);
        QString why;
        if (!request || request->deleted)
            why = tr("the request does not exist");
        else if (request->text(Field::Status) != RequestState::Approved)
            why = tr("the request is %1, not approved").arg(request->text(Field::Status));
        if (!why.isEmpty()) {
            plan.unassigned << code;
            plan.whyUnassigned.insert(code, why);
            continue;
        }
        const qint64 start = TimeParse::parseMs(request->text(Field::StartAt)).value_or(0);
        const qint64 end = TimeParse::parseMs(request->text(Field::EndAt)).value_or(0);
        trips << PlanningFacts::Trip { code,
            { start, end, request->value(Field::Passengers).toInt(), request->text(Field::UnitId) } };
        // The costs read the trip's calendar month and the week before it (idle time is capped at a week);
        // the rules read its window.
        const checks::YearMonth month = checks::beijingMonthOf(start);
        from = std::min({ from, checks::beijingMonthStartMs(month), start - 7 * checks::kDayMs });
        to = std::max({ to, checks::beijingMonthEndMs(month), end });
    }

    // Cars, drivers and the live bookings in that span, in three queries whatever the batch size.
    QList<CostVehicle> &vehicles = facts.vehicles;
    QList<CostDriver> &drivers = facts.drivers;
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
        for (const ShopStay &stay : ShopStays::load(m_store, from, to)) {
            if (const auto v = vehicleIndex.constFind(stay.vehicleId); v != vehicleIndex.cend())
                vehicles[*v].shopStays << stay;
        }
    }
    return facts;
}

DispatchPlan DispatchPlanner::planFacts(const PlanningFacts &facts)
{
    using namespace DispatchMatching;
    DispatchPlan plan = facts.reported;
    const QList<PlanningFacts::Trip> &trips = facts.trips;
    const QList<CostVehicle> &vehicles = facts.vehicles;
    const QList<CostDriver> &drivers = facts.drivers;
    QElapsedTimer timer;
    timer.start();

    // Who may take what, and at what cost: the booking rules and the suggestions' costs, pair by pair.
    std::vector<Request> problem(trips.size());
    QList<int> carLevels;
    for (const CostVehicle &v : std::as_const(vehicles))
        carLevels << carLicenceLevel(v.seats);
    QList<int> driverLevels;
    for (const CostDriver &d : std::as_const(drivers))
        driverLevels << driverLicenceLevel(d.licenceClass);
    // A car or driver already booked in the window is refused by the rules whatever else holds: that quick
    // test spares asking them (and wording their refusal) for most pairs of a busy day.
    const auto booked = [](const QList<BookingWindow> &bookings, const CostTrip &trip) {
        for (const BookingWindow &w : bookings) {
            if (BookingRules::overlaps(trip.startMs, trip.endMs, w.startMs, w.endMs))
                return true;
        }
        return false;
    };
    QList<QString> noCarReason(trips.size());
    for (int r = 0; r < trips.size(); ++r) {
        const CostTrip &trip = trips.at(r).trip;
        for (int v = 0; v < vehicles.size(); ++v) {
            if (booked(vehicles.at(v).bookings, trip))
                continue;
            if (const std::optional<Suggestion> s = DispatchSuggestions::vehicleFor(trip, vehicles.at(v)))
                problem[r].cars.push_back({ v, s->cost, carLevels.at(v) });
        }
        for (int d = 0; d < drivers.size(); ++d) {
            if (booked(drivers.at(d).bookings, trip))
                continue;
            if (const std::optional<Suggestion> s = DispatchSuggestions::driverFor(trip, drivers.at(d), 0))
                problem[r].drivers.push_back({ d, s->cost, driverLevels.at(d) });
        }
        if (!problem[r].cars.empty())
            continue;
        // No car: say whether the cars big enough are all booked, or none is big enough.
        bool roomy = false; // some car in service has the seats; it is only booked
        QString badWindow;
        for (const CostVehicle &v : std::as_const(vehicles)) {
            QList<BookingConflict> refusal;
            DispatchSuggestions::vehicleFor(trip, v, &refusal);
            bool onlyBooked = true;
            for (const BookingConflict &c : std::as_const(refusal)) {
                onlyBooked = onlyBooked && c.kind == BookingConflict::Kind::VehicleBooked;
                if (c.kind == BookingConflict::Kind::BadWindow)
                    badWindow = c.message;
            }
            roomy = roomy || onlyBooked;
        }
        noCarReason[r] = !badWindow.isEmpty() ? badWindow
            : roomy
            ? tr("every car with room for %n passenger(s) and the driver is booked then", nullptr,
                trip.passengers)
            : tr("no car in service has room for %n passenger(s) and the driver", nullptr, trip.passengers);
    }
    plan.loadMs = timer.restart(); // asking the rules and the costs, pair by pair

    const Result result = solve(problem);
    plan.solveMs = timer.elapsed();
    plan.nodesExplored = result.nodes;
    plan.provenOptimal = result.provenOptimal;
    plan.optimalityGap = result.gap;
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
