#include "domain/vehiclefile.h"
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "checks/checkcontext.h"
#include "checks/vehicletrack.h"
#include "domain/storetracksource.h"
#include "store/anomalystore.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace {

struct TaskRow
{
    QString id, code, vehicleId, plate, driverId, driverCode, driverName, destName, purpose, state;
    qint64 startMs = 0, endMs = 0;
    double navKm = 0;
};

struct FillRow
{
    qint64 timeMs = 0;
    QString cardNo, stationName;
    double litres = 0, amountYuan = 0;
};

qint64 msOf(const QVariant &v)
{
    return TimeParse::parseMs(v.toString()).value_or(0);
}

// Runs a read; on failure notes SQLite's reason with where it happened.
bool run(QSqlQuery &q, QString &error, const char *what)
{
    if (q.exec())
        return true;
    if (error.isEmpty())
        error = VehicleFile::tr("Could not read %1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

// Dispatch orders of one vehicle or one driver (column "vehicle_id" or "driver_id"), with the request's
// state, by start.
std::vector<TaskRow> loadTasks(const QSqlDatabase &db, const char *column, const QString &id, QString &error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.id, t.code, t.vehicle_id, v.plate, t.driver_id, d.code, d.name, "
                             "t.dest_name, t.purpose, r.status, t.start_at, t.end_at, t.nav_km "
                             "FROM tasks t JOIN vehicles v ON v.id = t.vehicle_id "
                             "JOIN drivers d ON d.id = t.driver_id "
                             "LEFT JOIN requests r ON r.task_id = t.id AND r.deleted = 0 "
                             "WHERE t.deleted = 0 AND t.%1 = ?")
                  .arg(QLatin1String(column)));
    q.addBindValue(id);
    std::vector<TaskRow> out;
    if (!run(q, error, "dispatch orders"))
        return out;
    while (q.next()) {
        TaskRow t;
        t.id = q.value(0).toString();
        t.code = q.value(1).toString();
        t.vehicleId = q.value(2).toString();
        t.plate = q.value(3).toString();
        t.driverId = q.value(4).toString();
        t.driverCode = q.value(5).toString();
        t.driverName = q.value(6).toString();
        t.destName = q.value(7).toString();
        t.purpose = q.value(8).toString();
        t.state = q.value(9).toString();
        t.startMs = msOf(q.value(10));
        t.endMs = msOf(q.value(11));
        t.navKm = q.value(12).toDouble();
        out.push_back(std::move(t));
    }
    std::stable_sort(
        out.begin(), out.end(), [](const TaskRow &a, const TaskRow &b) { return a.startMs < b.startMs; });
    return out;
}

// A car's refuels through the live cards bound to its plate, by time: the fuel rule's view of them.
std::vector<FillRow> loadFills(const QSqlDatabase &db, const QString &plate, QString &error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.time, c.card_no, s.name, r.litres, r.amount_yuan FROM refuels r "
                             "JOIN cards c ON c.id = r.card_id JOIN stations s ON s.id = r.station_id "
                             "WHERE r.deleted = 0 AND c.deleted = 0 AND c.plate = ?"));
    q.addBindValue(plate);
    std::vector<FillRow> out;
    if (!run(q, error, "refuels"))
        return out;
    while (q.next()) {
        out.push_back({ msOf(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
            q.value(4).toDouble() });
    }
    std::stable_sort(
        out.begin(), out.end(), [](const FillRow &a, const FillRow &b) { return a.timeMs < b.timeMs; });
    return out;
}

// One car's fuel over a period: its fills' fill-to-fill readings and every trip's share of those litres and
// yuan by km, read by checks::readFillToFill (the fuel rule's own code) over this car's records in the rules'
// plain form.
struct CarFuel
{
    std::vector<FillRow> fills;
    std::vector<checks::FillReading> readings; // per fill; only fills ending an interval in the period count
    QHash<QString, std::pair<double, double>> shares; // task id → litres, yuan
};

CarFuel carFuel(const QSqlDatabase &db, const QString &plate, const std::vector<TaskRow> &carTasks,
    const checks::TrackSource &source, checks::VehicleTrack &track, const geo::JumpFilterOptions &options,
    qint64 fromMs, qint64 toMs, QString &error)
{
    CarFuel out;
    out.fills = loadFills(db, plate, error);
    // The car, its trips (by index, to find each part's task again) and its fills (data.refuels[k] is
    // fills[k], already by time).
    checks::CheckData data;
    data.vehicles.push_back({ plate, QString(), QString(), QString() });
    for (const TaskRow &t : carTasks) {
        checks::Task task;
        task.code = t.code;
        task.plate = plate;
        task.driverCode = t.driverCode;
        task.startMs = t.startMs;
        task.endMs = t.endMs;
        data.tasks.push_back(std::move(task));
    }
    QStringList cards;
    for (const FillRow &f : out.fills) {
        if (!cards.contains(f.cardNo)) {
            cards << f.cardNo;
            data.cards.push_back({ f.cardNo, plate });
        }
        data.refuels.push_back({ f.cardNo, QString(), f.timeMs, f.litres, f.amountYuan });
    }
    checks::Thresholds thresholds;
    thresholds.maxSpeedKmh = options.maxSpeedKmh;
    thresholds.sameTimeJumpM = options.sameTimeToleranceM;
    const checks::CheckContext context(data, source, { fromMs, toMs, toMs }, thresholds);
    const checks::FillToFill fills = checks::readFillToFill(context, track, fromMs, toMs);

    // refuelsOfVehicle sorts by time as loadFills does (stably: fills at one instant keep their order).
    out.readings.resize(out.fills.size());
    for (std::size_t i = 0; i < fills.refuels.size(); ++i)
        out.readings[std::size_t(fills.refuels[i] - data.refuels.data())] = fills.reading(i);
    for (const checks::FillToFill::Part &part : fills.parts) {
        const double total = fills.intervalKm[part.interval];
        if (!(total > 0.0))
            continue;
        const checks::Refuel *r = fills.refuels[part.interval + 1];
        auto &share = out.shares[carTasks[std::size_t(part.task - data.tasks.data())].id];
        share.first += r->litres * part.km / total;
        share.second += r->amountYuan * part.km / total;
    }
    return out;
}

std::vector<PositionFix> toPositions(const std::vector<checks::Fix> &fixes)
{
    std::vector<PositionFix> out;
    out.reserve(fixes.size());
    for (const checks::Fix &f : fixes) {
        PositionFix p;
        p.timeMs = f.timeMs;
        p.lat = f.lat;
        p.lon = f.lon;
        p.speedKmh = f.speedKmh;
        out.push_back(p);
    }
    return out;
}

VehicleFile::Trip tripOf(const TaskRow &t, checks::VehicleTrack &track, VehicleFile::Data &data)
{
    VehicleFile::Trip trip;
    trip.taskId = t.id;
    trip.code = t.code;
    trip.plate = t.plate;
    trip.driverCode = t.driverCode;
    trip.driverName = t.driverName;
    trip.destName = t.destName;
    trip.purpose = t.purpose;
    trip.state = t.state;
    trip.startMs = t.startMs;
    trip.endMs = t.endMs;
    trip.navKm = t.navKm;
    const checks::CleanTrack &clean = track.clean(t.startMs, t.endMs);
    trip.trackedKm = clean.lengthM / 1000.0;
    trip.fixCount = int(clean.fixes.size()) + clean.dropped;
    if (!clean.fixes.empty())
        data.tracks.push_back(toPositions(clean.fixes));
    return trip;
}

void addFindings(const QSqlDatabase &db, VehicleFile::Data &data, const QString &plate, const QString &driver)
{
    AnomalyStore::Filter filter;
    filter.plate = plate;
    filter.fromMs = data.fromMs;
    filter.toMs = data.toMs;
    for (const AnomalyRecord &a : AnomalyStore(db).list(filter)) {
        if (a.startMs < data.fromMs || (!driver.isEmpty() && a.driverCode != driver))
            continue;
        data.findings.push_back(
            { a.id, a.rule, a.status, a.plate, a.driverCode, a.taskCode, a.startMs, a.endMs });
    }
}

// Month and year totals: each figure falls in the month of its own date (a trip's start, a fill's time, a
// repair's day, a violation's time, a finding's start).
void addTotals(VehicleFile::Data &data, bool fuelFromFills)
{
    std::map<QString, VehicleFile::Totals> months;
    for (const checks::YearMonth &m : checks::beijingMonthsOverlapping(data.fromMs, data.toMs))
        months[m.toString()].label = m.toString();
    auto month = [&months](qint64 ms) -> VehicleFile::Totals * {
        const auto it = months.find(checks::beijingMonthOf(ms).toString());
        return it == months.end() ? nullptr : &it->second;
    };
    for (const VehicleFile::Trip &t : data.trips) {
        if (VehicleFile::Totals *m = month(t.startMs)) {
            ++m->trips;
            m->navKm += t.navKm;
            m->trackedKm += t.trackedKm;
            if (!fuelFromFills) {
                m->litres += t.litres;
                m->fuelYuan += t.fuelYuan;
            }
        }
    }
    if (fuelFromFills) {
        for (const VehicleFile::Fill &f : data.fills) {
            if (VehicleFile::Totals *m = month(f.timeMs)) {
                m->litres += f.litres;
                m->fuelYuan += f.amountYuan;
            }
        }
    }
    for (const VehicleFile::Repair &r : data.repairs) {
        const auto it = months.find(r.date.left(7));
        if (it != months.end())
            it->second.repairYuan += r.costYuan;
    }
    for (const VehicleFile::Violation &v : data.violations) {
        if (VehicleFile::Totals *m = month(v.timeMs))
            ++m->violations;
    }
    for (const VehicleFile::Finding &f : data.findings) {
        if (VehicleFile::Totals *m = month(f.startMs))
            ++m->findings;
    }
    std::map<QString, VehicleFile::Totals> years;
    for (const auto &[label, m] : months) {
        data.months.push_back(m);
        VehicleFile::Totals &y = years[label.left(4)];
        y.label = label.left(4);
        y.add(m);
    }
    for (const auto &[label, y] : years)
        data.years.push_back(y);
}

// The trip of `tasks` (one car's) whose booked window holds `ms`, if any.
const TaskRow *tripAt(const std::vector<TaskRow> &tasks, const QString &vehicleId, qint64 ms)
{
    for (const TaskRow &t : tasks) {
        if (t.vehicleId == vehicleId && t.startMs <= ms && ms <= t.endMs)
            return &t;
    }
    return nullptr;
}

bool inPeriod(const VehicleFile::Data &data, qint64 ms)
{
    return ms >= data.fromMs && ms < data.toMs;
}

} // namespace

VehicleFile::Data VehicleFile::readRecordAndHistory(
    const RecordStore &store, Subject subject, const QString &id, qint64 fromMs, qint64 toMs)
{
    Data data;
    data.subject = subject;
    data.id = id;
    data.fromMs = fromMs;
    data.toMs = toMs;
    const QString &kind = subject == Subject::Vehicle ? Kind::Vehicles : Kind::Drivers;
    const std::optional<Record> record = store.record(kind, id);
    if (!record) {
        data.error = subject == Subject::Vehicle ? tr("No vehicle with id %1.").arg(id)
                                                 : tr("No driver with id %1.").arg(id);
        return data;
    }
    data.record = *record;
    data.history = store.history(kind, id);
    return data;
}

VehicleFile::Data VehicleFile::vehicle(const RecordStore &store, const QString &vehicleId, qint64 fromMs,
    qint64 toMs, const geo::JumpFilterOptions &options)
{
    Data data = readRecordAndHistory(store, Subject::Vehicle, vehicleId, fromMs, toMs);
    if (!data.ok())
        return data;
    const QString plate = data.record.text(Field::Plate);
    data.title = plate;
    const QSqlDatabase db = store.database();

    const std::vector<TaskRow> tasks = loadTasks(db, "vehicle_id", vehicleId, data.error);
    StoreTrackSource source(db, vehicleId);
    checks::VehicleTrack track(source, plate, options);
    const CarFuel fuel = carFuel(db, plate, tasks, source, track, options, fromMs, toMs, data.error);
    for (const TaskRow &t : tasks) {
        if (!inPeriod(data, t.startMs))
            continue;
        Trip trip = tripOf(t, track, data);
        const auto share = fuel.shares.value(t.id);
        trip.litres = share.first;
        trip.fuelYuan = share.second;
        data.trips.push_back(std::move(trip));
    }
    for (std::size_t i = 0; i < fuel.fills.size(); ++i) {
        const FillRow &f = fuel.fills[i];
        if (inPeriod(data, f.timeMs))
            data.fills.push_back(
                { f.timeMs, plate, f.cardNo, f.stationName, f.litres, f.amountYuan, fuel.readings[i] });
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT date, shop, items, cost_yuan, odometer_km FROM maintenance "
                       "WHERE deleted = 0 AND vehicle_id = ? AND date >= ? AND date < ? ORDER BY date"));
    q.addBindValue(vehicleId);
    q.addBindValue(TimeParse::toBeijingDay(fromMs));
    q.addBindValue(TimeParse::toBeijingDay(toMs));
    if (run(q, data.error, "maintenance")) {
        while (q.next()) {
            data.repairs.push_back({ q.value(0).toString(), plate, q.value(1).toString(),
                q.value(2).toString(), q.value(3).toDouble(), q.value(4).toDouble() });
        }
    }

    q.prepare(QStringLiteral("SELECT x.time, x.code, x.description, d.code, d.name FROM violations x "
                             "LEFT JOIN drivers d ON d.id = x.driver_id "
                             "WHERE x.deleted = 0 AND x.vehicle_id = ?"));
    q.addBindValue(vehicleId);
    if (run(q, data.error, "violations")) {
        while (q.next()) {
            Violation v { msOf(q.value(0)), plate, q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), false };
            if (!inPeriod(data, v.timeMs))
                continue;
            if (v.driverCode.isEmpty()) {
                if (const TaskRow *t = tripAt(tasks, vehicleId, v.timeMs)) {
                    v.driverCode = t->driverCode;
                    v.driverName = t->driverName;
                    v.driverFromTrip = true;
                }
            }
            data.violations.push_back(std::move(v));
        }
    }
    std::sort(data.violations.begin(), data.violations.end(),
        [](const Violation &a, const Violation &b) { return a.timeMs < b.timeMs; });
    addFindings(db, data, plate, QString());
    addTotals(data, true);
    if (data.error.isEmpty())
        data.error = source.error();
    return data;
}

VehicleFile::Data VehicleFile::driver(const RecordStore &store, const QString &driverId, qint64 fromMs,
    qint64 toMs, const geo::JumpFilterOptions &options)
{
    Data data = readRecordAndHistory(store, Subject::Driver, driverId, fromMs, toMs);
    if (!data.ok())
        return data;
    const QString code = data.record.text(Field::Code);
    const QString name = data.record.text(Field::Name);
    data.title = tr("%1 (%2)").arg(name, code);
    const QSqlDatabase db = store.database();

    const std::vector<TaskRow> mine = loadTasks(db, "driver_id", driverId, data.error);
    // Each car he drove in the period: its track, and its fills spread over all its trips (also other
    // drivers'), of which his trips take their share.
    QStringList cars;
    for (const TaskRow &t : mine) {
        if (inPeriod(data, t.startMs) && !cars.contains(t.vehicleId))
            cars << t.vehicleId;
    }
    std::map<QString, Trip> trips; // by task id
    for (const QString &car : cars) {
        const std::vector<TaskRow> carTasks = loadTasks(db, "vehicle_id", car, data.error);
        if (carTasks.empty())
            continue;
        const QString plate = carTasks.front().plate;
        StoreTrackSource source(db, car);
        checks::VehicleTrack track(source, plate, options);
        const CarFuel fuel = carFuel(db, plate, carTasks, source, track, options, fromMs, toMs, data.error);
        for (const TaskRow &t : mine) {
            if (t.vehicleId != car || !inPeriod(data, t.startMs))
                continue;
            Trip trip = tripOf(t, track, data);
            const auto share = fuel.shares.value(t.id);
            trip.litres = share.first;
            trip.fuelYuan = share.second;
            trips.emplace(t.id, std::move(trip));
        }
        if (data.error.isEmpty())
            data.error = source.error();
    }
    for (const TaskRow &t : mine) {
        const auto it = trips.find(t.id);
        if (it != trips.end())
            data.trips.push_back(it->second);
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT x.time, x.code, x.description, v.plate, x.vehicle_id, x.driver_id "
                             "FROM violations x JOIN vehicles v ON v.id = x.vehicle_id "
                             "WHERE x.deleted = 0 AND (x.driver_id = ? OR x.driver_id IS NULL OR "
                             "x.driver_id = '')"));
    q.addBindValue(driverId);
    if (run(q, data.error, "violations")) {
        while (q.next()) {
            Violation v { msOf(q.value(0)), q.value(3).toString(), q.value(1).toString(),
                q.value(2).toString(), code, name, false };
            if (!inPeriod(data, v.timeMs))
                continue;
            if (q.value(5).toString().isEmpty()) {
                if (!tripAt(mine, q.value(4).toString(), v.timeMs))
                    continue;
                v.driverFromTrip = true;
            }
            data.violations.push_back(std::move(v));
        }
    }
    std::sort(data.violations.begin(), data.violations.end(),
        [](const Violation &a, const Violation &b) { return a.timeMs < b.timeMs; });
    addFindings(db, data, QString(), code);
    addTotals(data, false);
    return data;
}
