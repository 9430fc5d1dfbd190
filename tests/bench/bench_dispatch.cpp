// "Dispatch all" at city scale (issue 5, target: 200 requests planned in <= 1 s): 854 vehicles of mixed
// sizes, their 939 drivers with mixed licence classes, a month of dispatch orders (two a day per car, October
// 2026), and 200 approved requests on 2026-10-20 from twenty agencies. Then DispatchPlanner::planDay for that
// day, three times, with the store's load (SQL, booking rules, costs) and the solver timed apart. Usage:
//   bench_dispatch DB [REQUESTS] [--apply]   writes DB first when it does not exist yet (REQUESTS, default
//                                            200); --apply then stores the last plan (DispatchService)
//   bench_dispatch --synthetic [BUS% [SEED [PREMIUM]]]   the solver alone on random costs: 200 requests, 854
//       cars (BUS% of them needing B1 or A1, as cheap as sedans), 939 drivers, each pair eligible at 50 %;
//       PREMIUM is added per licence level above C1 to a driver's cost, which makes the licences bind hard
//   bench_dispatch DB --drag   a dispatcher's drag on that day instead: for each of the first 20 approved
//       requests, the hover verdict on every car's row (the car's side of the booking rules, what the board
//       asks per row), then a drop on the first car it accepts: the verdict again, the dialog's ranked
//       cars and the drivers for that car (what DispatchDialog shows). Nothing is stored.
// Figures go to stdout; docs/PERFORMANCE.md has those measured.
#include "base/timeparse.h"
#include "cityfleet.h"
#include "domain/dispatchplanner.h"
#include "domain/dispatchservice.h"
#include "domain/dispatchsuggestions.h"
#include "store/database.h"
#include "store/recordstore.h"

#include "base/beijingtime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QUuid>

#include <sys/resource.h>

using bench::CityFleet;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString idFor(const QString &kind, const QString &key)
{
    static const QUuid ns(QStringLiteral("{5a0d1f0e-3b7c-4c55-9d2e-7e1f4a6b8c90}"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

Record make(const QString &kind, const QString &key, QVariantMap values)
{
    Record r;
    r.id = idFor(kind, key);
    r.values = std::move(values);
    return r;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A fixed LCG: the same data on every machine and run.
struct Lcg
{
    quint64 state;
    quint32 next(quint32 bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32((state >> 33) % bound);
    }
};

bool saveAll(RecordStore &store, const QString &kind, const QList<Record> &records)
{
    const SaveResult r = store.saveAll(kind, records, QStringLiteral("bench"));
    if (!r.ok)
        out() << kind << " record " << r.index << ": " << r.message() << Qt::endl;
    return r.ok;
}

constexpr int kUnits = 20;

bool generate(RecordStore &store, int requests)
{
    const CityFleet fleet;
    const int vehicles = fleet.spec().vehicles;
    Lcg rng { 20261020 };
    QList<Record> units, cars, drivers, tasks, asks;
    for (int u = 0; u < kUnits; ++u) {
        const QString code = QStringLiteral("U%1").arg(u, 2, 10, QLatin1Char('0'));
        units << make(QStringLiteral("units"), code,
            { { QStringLiteral("code"), code },
                { QStringLiteral("name"), QStringLiteral("单位 %1").arg(u) } });
    }
    for (int v = 0; v < vehicles; ++v) {
        // Mostly five-seat sedans; some seven-seat MPVs, minibuses (B1) and a few coaches (A1).
        const quint32 kind = rng.next(100);
        const int seats = kind < 80 ? 5 : kind < 92 ? 7 : kind < 98 ? 14 : 33;
        const quint32 state = rng.next(100);
        const QString status = fleet.status(v) != QStringLiteral("active") ? fleet.status(v)
            : state < 2                                                    ? QStringLiteral("maintenance")
                                                                           : QStringLiteral("active");
        cars << make(QStringLiteral("vehicles"), fleet.plate(v),
            { { QStringLiteral("plate"), fleet.plate(v) },
                { QStringLiteral("category"),
                    v % 10 == 0 ? QStringLiteral("general") : QStringLiteral("emergency") },
                { QStringLiteral("unit_id"), units[v % kUnits].id },
                { QStringLiteral("model"), QStringLiteral("车型 %1").arg(seats) },
                { QStringLiteral("seats"), seats }, { QStringLiteral("status"), status } });
    }
    for (int d = 0; d < fleet.driverCount(); ++d) {
        const quint32 licence = rng.next(100);
        drivers << make(QStringLiteral("drivers"), fleet.driverCode(d),
            { { QStringLiteral("code"), fleet.driverCode(d) },
                { QStringLiteral("name"), QStringLiteral("司机 %1").arg(d) },
                { QStringLiteral("license_class"),
                    licence < 70       ? QStringLiteral("C1")
                        : licence < 90 ? QStringLiteral("B1")
                                       : QStringLiteral("A1") },
                { QStringLiteral("status"),
                    rng.next(100) < 2 ? QStringLiteral("inactive") : QStringLiteral("active") } });
    }
    // October 2026: each car out twice a day (a morning and an afternoon trip of 75 minutes, starting between
    // 7:00 and 12:00, and between 13:00 and 18:00). Day k, car v is driven by driver (v + 7k) mod the fleet:
    // no driver is ever booked twice at once, and every one has a month's load.
    const qint64 october = checks::beijingMidnightMs(2026, 10, 1);
    for (int day = 0; day < 31; ++day) {
        for (int v = 0; v < vehicles; ++v) {
            const int driver = (v + 7 * day) % vehicles;
            for (int trip = 0; trip < 2; ++trip) {
                const qint64 start = october + day * checks::kDayMs + (trip ? 13 : 7) * 3600000LL
                    + qint64(rng.next(300)) * 60000LL;
                const QString code = QStringLiteral("T%1-%2-%3").arg(day + 1).arg(v).arg(trip);
                tasks << make(QStringLiteral("tasks"), code,
                    { { QStringLiteral("code"), code }, { QStringLiteral("vehicle_id"), cars[v].id },
                        { QStringLiteral("driver_id"), drivers[driver].id },
                        { QStringLiteral("start_at"), TimeParse::toUtcIso(start) },
                        { QStringLiteral("end_at"), TimeParse::toUtcIso(start + 75 * 60000LL) },
                        { QStringLiteral("dest_lat"), 32.0 }, { QStringLiteral("dest_lon"), 120.9 },
                        { QStringLiteral("nav_km"), 20.0 } });
            }
        }
    }
    // The requests of 2026-10-20: from 7:00 to 18:00, one to four hours, mostly a few passengers.
    const qint64 day = checks::beijingMidnightMs(2026, 10, 20);
    for (int r = 0; r < requests; ++r) {
        const qint64 start = day + 7 * 3600000LL + qint64(rng.next(11 * 4)) * 15 * 60000LL;
        const qint64 end = start + qint64(1 + rng.next(4)) * 3600000LL;
        const quint32 size = rng.next(100);
        const int passengers = size < 85 ? 1 + int(rng.next(3))
            : size < 95                  ? 4 + int(rng.next(3))
            : size < 99                  ? 8 + int(rng.next(5))
                                         : 15 + int(rng.next(10));
        const QString code = QStringLiteral("Q%1").arg(r + 1, 4, 10, QLatin1Char('0'));
        asks << make(QStringLiteral("requests"), code,
            { { QStringLiteral("code"), code },
                { QStringLiteral("unit_id"), units[int(rng.next(kUnits))].id },
                { QStringLiteral("passengers"), passengers },
                { QStringLiteral("start_at"), TimeParse::toUtcIso(start) },
                { QStringLiteral("end_at"), TimeParse::toUtcIso(end) }, { QStringLiteral("dest_lat"), 32.1 },
                { QStringLiteral("dest_lon"), 120.8 },
                { QStringLiteral("status"), QStringLiteral("approved") } });
    }
    return saveAll(store, QStringLiteral("units"), units) && saveAll(store, QStringLiteral("vehicles"), cars)
        && saveAll(store, QStringLiteral("drivers"), drivers)
        && saveAll(store, QStringLiteral("tasks"), tasks) && saveAll(store, QStringLiteral("requests"), asks);
}

int synthetic(int busPct, int seed, int premium)
{
    using DispatchMatching::Option;
    Lcg rng { quint64(seed) };
    const int n = 200, cars = 854, drivers = 939;
    std::vector<int> carLevel(cars), driverLevel(drivers);
    std::vector<double> carBase(cars), driverBase(drivers);
    for (int c = 0; c < cars; ++c) {
        const int k = int(rng.next(100));
        carLevel[size_t(c)] = k < 100 - busPct ? 1 : k < 100 - busPct / 3 ? 2 : 3;
        carBase[size_t(c)] = rng.next(200) / 10.0;
    }
    for (int d = 0; d < drivers; ++d) {
        const int k = int(rng.next(100));
        driverLevel[size_t(d)] = k < 70 ? 1 : k < 90 ? 2 : 3;
        driverBase[size_t(d)] = rng.next(200) / 10.0 + premium * (driverLevel[size_t(d)] - 1);
    }
    std::vector<DispatchMatching::Request> requests(n);
    for (DispatchMatching::Request &r : requests) {
        for (int c = 0; c < cars; ++c) {
            if (rng.next(100) < 50)
                r.cars.push_back(Option { c, carBase[size_t(c)] + (rng.next(3) ? 8 : 0) + rng.next(10) / 10.0,
                    carLevel[size_t(c)] });
        }
        for (int d = 0; d < drivers; ++d) {
            if (rng.next(100) < 50)
                r.drivers.push_back(
                    Option { d, driverBase[size_t(d)] + rng.next(10) / 10.0, driverLevel[size_t(d)] });
        }
    }
    QElapsedTimer timer;
    timer.start();
    const DispatchMatching::Result res = DispatchMatching::solve(requests);
    out() << "synthetic bus " << busPct << " %, seed " << seed << ", premium " << premium << ": "
          << timer.elapsed() << " ms, " << res.nodes << " node(s), "
          << (res.provenOptimal ? "optimal" : "NOT proven optimal") << ", gap "
          << QString::number(res.gap, 'f', 2) << "; " << res.assigned << " assigned, total cost "
          << QString::number(res.cost, 'f', 2) << Qt::endl;
    return 0;
}

// A dispatcher's drag, timed: the hover verdict per row and the drop (verdict, ranked cars, drivers).
int drag(RecordStore &store)
{
    const QStringList codes = DispatchPlanner(store).approvedOn(QDate(2026, 10, 20)).mid(0, 20);
    QList<Record> cars = store.records(QStringLiteral("vehicles"));
    const DispatchService service(store);
    const DispatchSuggestions suggestions(store);
    qint64 hoverNs = 0, dropNs = 0;
    int verdicts = 0, drops = 0;
    for (const QString &code : codes) {
        QElapsedTimer timer;
        timer.start();
        QString accepted;
        for (const Record &car : std::as_const(cars)) {
            const QString plate = car.text(QStringLiteral("plate"));
            if (service.vehicleConflicts(code, plate).isEmpty() && accepted.isEmpty())
                accepted = plate;
            ++verdicts;
        }
        hoverNs += timer.nsecsElapsed();
        if (accepted.isEmpty())
            continue;
        timer.restart();
        int offered = 0;
        if (service.vehicleConflicts(code, accepted).isEmpty()) {
            offered += int(suggestions.vehicles(code).size());
            offered += int(suggestions.drivers(code, accepted).size());
        }
        dropNs += timer.nsecsElapsed();
        ++drops;
        if (offered == 0)
            out() << "  " << code << ": nothing offered on " << accepted << Qt::endl;
    }
    out() << "hover verdict: " << verdicts << " rows judged, "
          << QString::number(double(hoverNs) / 1e3 / std::max(1, verdicts), 'f', 1) << " us a row; drop ("
          << drops << "): " << QString::number(double(dropNs) / 1e6 / std::max(1, drops), 'f', 1)
          << " ms each (verdict, ranked cars, drivers)" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool apply = args.removeAll(QStringLiteral("--apply")) > 0;
    const bool dragOnly = args.removeAll(QStringLiteral("--drag")) > 0;
    if (args.value(0) == QStringLiteral("--synthetic"))
        return synthetic(args.value(1, QStringLiteral("10")).toInt(),
            args.value(2, QStringLiteral("1")).toInt(), args.value(3, QStringLiteral("0")).toInt());
    if (args.isEmpty()) {
        out() << "usage: bench_dispatch DB [REQUESTS]\n";
        return 2;
    }
    const QString path = args.first();
    const bool fresh = !QFileInfo::exists(path);
    Database db(QStringLiteral("bench"));
    if (!db.open(path)) {
        out() << db.errorString() << Qt::endl;
        return 1;
    }
    RecordStore store(db.connection());
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(store, args.size() > 1 ? args.at(1).toInt() : 200))
            return 1;
        out() << "generated " << store.count(QStringLiteral("vehicles")) << " vehicles, "
              << store.count(QStringLiteral("drivers")) << " drivers, "
              << store.count(QStringLiteral("tasks")) << " tasks, " << store.count(QStringLiteral("requests"))
              << " requests in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    if (dragOnly)
        return drag(store);
    const DispatchPlanner planner(store);
    DispatchPlan last;
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        const DispatchPlan plan = planner.planDay(QDate(2026, 10, 20));
        const qint64 wall = timer.elapsed();
        out() << "run " << run << ": planDay " << wall << " ms wall (" << qRound((cpuSeconds() - cpu) * 1000)
              << " ms CPU): load " << plan.loadMs << " ms, solve " << plan.solveMs << " ms, "
              << plan.nodesExplored << " node(s)"
              << (plan.provenOptimal ? ", optimal" : ", NOT proven optimal") << "; "
              << plan.assignments.size() << " assigned, " << plan.unassigned.size()
              << " unassigned, total cost " << QString::number(plan.totalCost, 'f', 2) << Qt::endl;
        last = plan;
        if (run == 1) {
            QHash<QString, int> reasons;
            for (const QString &code : plan.unassigned)
                ++reasons[plan.whyUnassigned.value(code)];
            for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
                out() << "  unassigned " << it.value() << ": " << it.key() << Qt::endl;
        }
    }
    if (apply) {
        QElapsedTimer timer;
        timer.start();
        const DispatchResult stored = DispatchService(store).dispatchPlan(last, QStringLiteral("bench"));
        out() << "applied " << last.assignments.size() << " dispatches in " << timer.elapsed()
              << " ms: " << (stored.ok ? QStringLiteral("stored") : stored.errors.join(QStringLiteral("; ")))
              << Qt::endl;
        return stored.ok ? 0 : 1;
    }
    return 0;
}
