#include "dispatchsuggestions.h"
#include "bookingrules.h"
#include "checks/beijingtime.h"
#include "recordstore.h"
#include "timeparse.h"

#include <algorithm>

namespace {

qint64 msOf(const Record &r, const char *field)
{
    return TimeParse::parseMs(r.text(QLatin1String(field))).value_or(0);
}

// Costs in "hours of booked load": one hour more of this month's bookings costs 1. A car of another agency
// costs as much as 8 more hours, the shared pool 2; each spare seat beyond the passengers and the driver 0.5;
// a car idle for a day is worth 1 hour less (capped at a week). Chosen so that fairness decides between
// equally suitable cars, and fit and size decide before fairness does.
constexpr double kOtherAgency = 8.0;
constexpr double kPool = 2.0;
constexpr double kPerSpareSeat = 0.5;
constexpr double kPerIdleDay = 1.0;
constexpr double kMaxIdleDays = 7.0;

struct Load
{
    double hours = 0;
    qint64 lastEndMs = 0;
    QList<BookingWindow> windows;
};

// The vehicle's or driver's bookings, with the hours booked in the Beijing calendar month of `tripStart`
// and the end of the last booking before it.
Load loadOf(const RecordStore &store, const char *field, const QString &id, qint64 tripStart)
{
    const checks::YearMonth month = checks::beijingMonthOf(tripStart);
    const qint64 monthStart = checks::beijingMonthStartMs(month);
    const qint64 monthEnd = checks::beijingMonthEndMs(month);
    const qint64 before = tripStart;
    Load load;
    for (const Record &task : store.recordsWhere(QStringLiteral("tasks"), QLatin1String(field), id)) {
        const qint64 start = msOf(task, "start_at"), end = msOf(task, "end_at");
        load.windows << BookingWindow { task.text(QStringLiteral("code")), start, end };
        if (start >= monthStart && start < monthEnd)
            load.hours += double(end - start) / 3.6e6;
        if (end <= before)
            load.lastEndMs = std::max(load.lastEndMs, end);
    }
    return load;
}

void sortByCost(QList<Suggestion> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.cost < b.cost || (a.cost == b.cost && a.key < b.key);
    });
}

} // namespace

DispatchSuggestions::DispatchSuggestions(const RecordStore &store)
    : m_store(store)
{
}

QList<Suggestion> DispatchSuggestions::vehicles(const QString &requestCode) const
{
    QList<Suggestion> out;
    const std::optional<Record> request = m_store.findByKey(QStringLiteral("requests"), requestCode);
    if (!request || request->deleted)
        return out;
    const qint64 start = msOf(*request, "start_at"), end = msOf(*request, "end_at");
    const int passengers = request->value(QStringLiteral("passengers")).toInt();
    for (const Record &v : m_store.records(QStringLiteral("vehicles"))) {
        const Load load = loadOf(m_store, "vehicle_id", v.id, start);
        BookingFacts facts;
        facts.plate = v.text(QStringLiteral("plate"));
        facts.vehicleStatus = v.text(QStringLiteral("status"));
        facts.seats = v.value(QStringLiteral("seats")).toInt();
        facts.driverStatus = QStringLiteral("active");
        facts.licenceClass = QStringLiteral("A1"); // the driver is chosen next: judge the car alone here
        facts.vehicleBookings = load.windows;
        if (!BookingRules::check(facts, { start, end, passengers }).isEmpty())
            continue;
        Suggestion s;
        s.id = v.id;
        s.key = facts.plate;
        s.name = v.text(QStringLiteral("model"));
        s.bookedHours = load.hours;
        const bool own = v.text(QStringLiteral("unit_id")) == request->text(QStringLiteral("unit_id"));
        s.fitCost = own ? 0 : (v.text(QStringLiteral("category")) == QStringLiteral("general") ? kPool : kOtherAgency);
        s.seatCost = facts.seats > 0 ? kPerSpareSeat * std::max(0, facts.seats - 1 - passengers) : 0;
        s.loadCost = load.hours;
        const double idleDays = load.lastEndMs ? double(start - load.lastEndMs) / 8.64e7 : kMaxIdleDays;
        s.idleCost = -kPerIdleDay * std::min(kMaxIdleDays, std::max(0.0, idleDays));
        s.cost = s.fitCost + s.seatCost + s.loadCost + s.idleCost;
        out << s;
    }
    sortByCost(out);
    return out;
}

QList<Suggestion> DispatchSuggestions::drivers(const QString &requestCode, const QString &plate) const
{
    QList<Suggestion> out;
    const std::optional<Record> request = m_store.findByKey(QStringLiteral("requests"), requestCode);
    const std::optional<Record> vehicle = m_store.findByKey(QStringLiteral("vehicles"), plate);
    if (!request || request->deleted || !vehicle || vehicle->deleted)
        return out;
    const qint64 start = msOf(*request, "start_at"), end = msOf(*request, "end_at");
    for (const Record &d : m_store.records(QStringLiteral("drivers"))) {
        const Load load = loadOf(m_store, "driver_id", d.id, start);
        BookingFacts facts;
        facts.plate = plate;
        facts.vehicleStatus = QStringLiteral("active"); // the car was judged already
        facts.seats = vehicle->value(QStringLiteral("seats")).toInt();
        facts.driverCode = d.text(QStringLiteral("code"));
        facts.driverStatus = d.text(QStringLiteral("status"));
        facts.licenceClass = d.text(QStringLiteral("license_class"));
        facts.driverBookings = load.windows;
        if (!BookingRules::check(facts, { start, end, 0 }).isEmpty())
            continue;
        Suggestion s;
        s.id = d.id;
        s.key = facts.driverCode;
        s.name = d.text(QStringLiteral("name"));
        s.bookedHours = load.hours;
        s.loadCost = load.hours;
        const double idleDays = load.lastEndMs ? double(start - load.lastEndMs) / 8.64e7 : kMaxIdleDays;
        s.idleCost = -kPerIdleDay * std::min(kMaxIdleDays, std::max(0.0, idleDays));
        s.cost = s.loadCost + s.idleCost;
        out << s;
    }
    sortByCost(out);
    return out;
}
