#include "domain/fleetreport.h"
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "checks/vehicletrack.h"
#include "domain/anomalytext.h"
#include "domain/storetracksource.h"
#include "store/anomalystore.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace {

struct Car
{
    QString id, plate, category, status, unitCode, unitName;
};

qint64 msOf(const QVariant &v)
{
    return TimeParse::parseMs(v.toString()).value_or(0);
}

bool run(QSqlQuery &q, QString &error, const QString &sql)
{
    if (q.exec(sql))
        return true;
    if (error.isEmpty())
        error = FleetReport::tr("Could not read the records for the report: %1").arg(q.lastError().text());
    return false;
}

// Adds one car's figure to its month, its agency and its category, and to the total.
class Groups
{
public:
    Groups(const QString &unknownLabel)
        : m_unknown(unknownLabel)
    { }
    std::map<QString, FleetReport::Row> months, agencies, categories;
    FleetReport::Row total;

    template<typename F>
    void add(const Car *car, qint64 ms, F &&apply)
    {
        const auto month = months.find(checks::beijingMonthOf(ms).toString());
        if (month == months.end())
            return; // outside the period
        apply(month->second);
        apply(total);
        FleetReport::Row &agency = agencies[car ? car->unitCode : QString()];
        if (agency.label.isEmpty()) {
            agency.key = car ? car->unitCode : QString();
            agency.label = car ? (car->unitName.isEmpty() ? car->unitCode : car->unitName) : m_unknown;
        }
        apply(agency);
        FleetReport::Row &category = categories[car ? car->category : QString()];
        if (category.label.isEmpty()) {
            category.key = car ? car->category : QString();
            category.label = car
                ? RecordSchema::kind(Kind::Vehicles)->field(Field::Category)->choiceLabel(car->category)
                : m_unknown;
        }
        apply(category);
    }

private:
    QString m_unknown;
};

std::vector<FleetReport::Row> rows(const std::map<QString, FleetReport::Row> &map)
{
    std::vector<FleetReport::Row> out;
    for (const auto &[key, row] : map)
        out.push_back(row);
    return out;
}

} // namespace

int FleetReport::workingDays(qint64 fromMs, qint64 toMs, const WorkCalendar &calendar)
{
    int days = 0;
    for (qint64 day = TimeParse::beijingDayStartMs(fromMs); day < toMs; day += checks::kDayMs) {
        const qint64 index = (day + checks::kBeijingOffsetMs) / checks::kDayMs; // days since 1970-01-01
        if (calendar.isWorkingDay(QDate(1970, 1, 1).addDays(index)))
            ++days;
    }
    return days;
}

FleetReport::Data FleetReport::compute(const RecordStore &store, qint64 fromMs, qint64 toMs,
    const WorkCalendar &calendar, const geo::JumpFilterOptions &options)
{
    Data data;
    data.fromMs = fromMs;
    data.toMs = toMs;
    const QSqlDatabase db = store.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    std::vector<Car> cars;
    QHash<QString, int> byId, byPlate;
    if (run(q, data.error,
            QStringLiteral("SELECT v.id, v.plate, v.category, v.status, u.code, u.name FROM vehicles v "
                           "LEFT JOIN units u ON u.id = v.unit_id WHERE v.deleted = 0 ORDER BY v.plate"))) {
        while (q.next()) {
            byId.insert(q.value(0).toString(), int(cars.size()));
            byPlate.insert(q.value(1).toString(), int(cars.size()));
            cars.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
        }
    }
    auto carById = [&](const QString &id) -> const Car * {
        const auto it = byId.constFind(id);
        return it == byId.constEnd() ? nullptr : &cars[std::size_t(*it)];
    };
    auto carByPlate = [&](const QString &plate) -> const Car * {
        const auto it = byPlate.constFind(plate);
        return it == byPlate.constEnd() ? nullptr : &cars[std::size_t(*it)];
    };

    Groups groups(tr("Not in the vehicle records"));
    for (const checks::YearMonth &m : checks::beijingMonthsOverlapping(fromMs, toMs)) {
        Row &row = groups.months[m.toString()];
        row.key = row.label = m.toString();
    }
    // Every agency that owns a car and every category has a row, also when it has nothing in the period.
    for (const Car &car : cars) {
        Row &agency = groups.agencies[car.unitCode];
        agency.key = car.unitCode;
        agency.label = car.unitName.isEmpty() ? car.unitCode : car.unitName;
    }
    const FieldSpec *category = RecordSchema::kind(Kind::Vehicles)->field(Field::Category);
    for (const Choice &c : category->choices) {
        Row &row = groups.categories[c.value];
        row.key = c.value;
        row.label = category->choiceLabel(c.value);
    }

    // Trips: by start; km over the stored track, as the mileage rule measures it; hours inside the period.
    struct Trip
    {
        qint64 startMs, endMs;
        double navKm;
    };
    std::map<QString, std::vector<Trip>> tripsByCar;
    std::map<QString, qint64> lastStart;
    if (run(q, data.error,
            QStringLiteral("SELECT vehicle_id, start_at, end_at, nav_km FROM tasks WHERE deleted = 0"))) {
        while (q.next()) {
            const Trip trip { msOf(q.value(1)), msOf(q.value(2)), q.value(3).toDouble() };
            const QString car = q.value(0).toString();
            if (trip.startMs < toMs && trip.startMs > lastStart[car])
                lastStart[car] = trip.startMs;
            if (trip.startMs >= fromMs && trip.startMs < toMs)
                tripsByCar[car].push_back(trip);
        }
    }
    std::map<QString, double> hours;
    for (const auto &[carId, trips] : tripsByCar) {
        const Car *car = carById(carId);
        if (!car)
            continue;
        StoreTrackSource source(db, carId);
        checks::VehicleTrack track(source, car->plate, options);
        for (const Trip &t : trips) {
            const double km = track.clean(t.startMs, t.endMs).lengthM / 1000.0;
            groups.add(car, t.startMs, [&](Row &r) {
                ++r.trips;
                r.navKm += t.navKm;
                r.trackedKm += km;
            });
            hours[carId] += double(std::min(t.endMs, toMs) - std::max(t.startMs, fromMs)) / 3600000.0;
        }
        if (data.error.isEmpty() && !source.error().isEmpty())
            data.error = source.error();
    }

    if (run(q, data.error,
            QStringLiteral("SELECT c.plate, r.time, r.litres, r.amount_yuan FROM refuels r "
                           "JOIN cards c ON c.id = r.card_id WHERE r.deleted = 0"))) {
        while (q.next()) {
            const double litres = q.value(2).toDouble();
            const double yuan = q.value(3).toDouble();
            groups.add(carByPlate(q.value(0).toString()), msOf(q.value(1)), [&](Row &r) {
                r.litres += litres;
                r.fuelYuan += yuan;
            });
        }
    }
    if (run(q, data.error,
            QStringLiteral("SELECT vehicle_id, date, cost_yuan FROM maintenance WHERE deleted = 0"))) {
        while (q.next()) {
            const double yuan = q.value(2).toDouble();
            const qint64 day = TimeParse::parseDateMs(q.value(1).toString()).value_or(0);
            groups.add(carById(q.value(0).toString()), day, [&](Row &r) { r.repairYuan += yuan; });
        }
    }
    AnomalyStore::Filter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    for (const AnomalyRecord &a : AnomalyStore(db).list(filter)) {
        if (a.startMs >= fromMs)
            groups.add(carByPlate(a.plate), a.startMs, [](Row &r) { ++r.findings; });
    }

    data.byMonth = rows(groups.months);
    data.byAgency = rows(groups.agencies);
    data.byCategory = rows(groups.categories);
    data.total = groups.total;
    data.total.label = tr("Total");

    // Utilisation of the cars that can be booked (retired ones cannot).
    data.workingDays = workingDays(fromMs, toMs, calendar);
    double allHours = 0;
    for (const Car &car : cars) {
        if (car.status == VehicleStatus::Retired)
            continue;
        CarUse use;
        use.vehicleId = car.id;
        use.plate = car.plate;
        use.category = category->choiceLabel(car.category);
        use.unitName = car.unitName.isEmpty() ? car.unitCode : car.unitName;
        const auto trips = tripsByCar.find(car.id);
        use.trips = trips == tripsByCar.end() ? 0 : int(trips->second.size());
        use.bookedHours = hours[car.id];
        use.hoursPerWorkingDay = data.workingDays > 0 ? use.bookedHours / data.workingDays : 0.0;
        if (lastStart[car.id] > 0)
            use.lastTripDay = TimeParse::toBeijingDay(lastStart[car.id]);
        allHours += use.bookedHours;
        data.cars.push_back(use);
    }
    std::stable_sort(data.cars.begin(), data.cars.end(),
        [](const CarUse &a, const CarUse &b) { return a.bookedHours > b.bookedHours; });
    if (!data.cars.empty() && data.workingDays > 0)
        data.fleetHoursPerCarPerDay = allHours / double(data.cars.size()) / data.workingDays;
    return data;
}

namespace {

QString km(double v)
{
    return QString::number(v, 'f', 1);
}
QString yuan(double v)
{
    return QString::number(v, 'f', 2);
}

QStringList figures(const FleetReport::Row &r)
{
    return { r.label, QString::number(r.trips), km(r.navKm), km(r.trackedKm), km(r.litres), yuan(r.fuelYuan),
        yuan(r.repairYuan), yuan(r.costYuan()), QString::number(r.findings) };
}

} // namespace

TextTable FleetReport::table(const Data &data, Grouping grouping)
{
    TextTable t;
    const std::vector<Row> *list = &data.byMonth;
    switch (grouping) {
    case Grouping::Month:
        t.title = tr("By month");
        t.headers << tr("Month");
        break;
    case Grouping::Agency:
        t.title = tr("By agency");
        t.headers << tr("Agency");
        list = &data.byAgency;
        break;
    case Grouping::Category:
        t.title = tr("By vehicle category");
        t.headers << tr("Category");
        list = &data.byCategory;
        break;
    }
    t.headers << tr("Trips") << tr("Nav km") << tr("Tracked km") << tr("Litres") << tr("Fuel (yuan)")
              << tr("Repairs (yuan)") << tr("Cost (yuan)") << tr("Findings");
    t.numeric = { false, true, true, true, true, true, true, true, true };
    t.empty = tr("Nothing in this period.");
    for (const Row &r : *list)
        t.rows.append(figures(r));
    t.rows.append(figures(data.total));
    return t;
}

TextTable FleetReport::utilisationTable(const Data &data)
{
    TextTable t;
    t.title = tr("Utilisation: hours booked per car per working day (%1 working days)").arg(data.workingDays);
    t.headers = { tr("Vehicle"), tr("Category"), tr("Agency"), tr("Trips"), tr("Hours booked"),
        tr("Hours per working day"), tr("Last trip"), tr("Idle") };
    t.numeric = { false, false, false, true, true, true, false, false };
    t.empty = tr("No vehicles in service.");
    for (const CarUse &c : data.cars) {
        t.rows.append({ c.plate, c.category, c.unitName, QString::number(c.trips), km(c.bookedHours),
            QString::number(c.hoursPerWorkingDay, 'f', 2),
            c.lastTripDay.isEmpty() ? tr("never") : c.lastTripDay, c.idle() ? tr("idle") : QString() });
    }
    return t;
}

TextTable FleetReport::findingsTable(const RecordStore &store, qint64 fromMs, qint64 toMs)
{
    TextTable t;
    t.title = tr("Findings");
    t.headers = { tr("Start"), tr("End"), tr("Rule"), tr("Vehicle"), tr("Driver"), tr("Order"), tr("Card"),
        tr("Status"), tr("Reason"), tr("Summary"), tr("Evidence"), tr("Evidence (JSON)") };
    t.numeric = QList<bool>(t.headers.size(), false);
    t.empty = tr("No findings in this period.");
    AnomalyStore::Filter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    for (const AnomalyRecord &a : AnomalyStore(store.database()).list(filter)) {
        if (a.startMs < fromMs)
            continue;
        t.rows.append({ AnomalyText::beijingTime(a.startMs), AnomalyText::beijingTime(a.endMs),
            AnomalyText::ruleName(a.rule), a.plate, a.driverCode, a.taskCode, a.cardNo,
            AnomalyStore::statusLabel(a.status), a.reason, AnomalyText::summary(a),
            AnomalyText::evidence(a).join(QLatin1Char('\n')),
            QString::fromUtf8(QJsonDocument(a.evidence).toJson(QJsonDocument::Compact)) });
    }
    return t;
}
