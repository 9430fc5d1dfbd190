#include "domain/dispatchsuggestions.h"
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "domain/bookingrules.h"
#include "domain/shopstays.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

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

// The hours booked in the Beijing calendar month of `tripStart` and the end of the last booking before it.
struct Load
{
    double hours = 0;
    qint64 lastEndMs = 0;
};

Load loadOf(const QList<BookingWindow> &windows, qint64 tripStart)
{
    const checks::YearMonth month = checks::beijingMonthOf(tripStart);
    const qint64 monthStart = checks::beijingMonthStartMs(month);
    const qint64 monthEnd = checks::beijingMonthEndMs(month);
    Load load;
    for (const BookingWindow &w : windows) {
        if (w.startMs >= monthStart && w.startMs < monthEnd)
            load.hours += double(w.endMs - w.startMs) / 3.6e6;
        if (w.endMs <= tripStart)
            load.lastEndMs = std::max(load.lastEndMs, w.endMs);
    }
    return load;
}

double idleDays(const Load &load, qint64 tripStart)
{
    const double days = load.lastEndMs ? double(tripStart - load.lastEndMs) / 8.64e7 : kMaxIdleDays;
    return std::min(kMaxIdleDays, std::max(0.0, days));
}

double idleCost(const Load &load, qint64 tripStart)
{
    return -kPerIdleDay * idleDays(load, tripStart);
}

QList<BookingWindow> windowsOf(const RecordStore &store, const char *field, const QString &id)
{
    QList<BookingWindow> out;
    for (const Record &task : store.recordsWhere(Kind::Tasks, QLatin1String(field), id))
        out << BookingWindow { task.text(Field::Code), msOf(task, "start_at"), msOf(task, "end_at") };
    return out;
}

CostTrip tripOf(const Record &request)
{
    return { msOf(request, "start_at"), msOf(request, "end_at"), request.value(Field::Passengers).toInt(),
        request.text(Field::UnitId) };
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
{ }

std::optional<Suggestion> DispatchSuggestions::vehicleFor(
    const CostTrip &trip, const CostVehicle &v, QList<BookingConflict> *refusal)
{
    BookingFacts facts;
    facts.plate = v.plate;
    facts.vehicleStatus = v.status;
    facts.seats = v.seats;
    facts.driverStatus = DriverStatus::Active;
    facts.licenceClass = QStringLiteral("A1"); // the driver is chosen next: judge the car alone here
    facts.vehicleBookings = v.bookings;
    facts.shopStays = v.shopStays;
    QList<BookingConflict> conflicts
        = BookingRules::check(facts, { trip.startMs, trip.endMs, trip.passengers });
    // A car whose seats are not recorded is not offered for passengers: whether they fit is unknown
    // (issue 10: a car with 0 seats was suggested for four). The booking rules themselves leave an unknown
    // count to the dispatcher's choice of that car.
    if (v.seats <= 0 && trip.passengers > 0)
        conflicts.append({ BookingConflict::Kind::TooFewSeats,
            tr("%1 has no recorded number of seats; %n passenger(s) may not fit", nullptr, trip.passengers)
                .arg(v.plate) });
    if (!conflicts.isEmpty()) {
        if (refusal)
            *refusal = std::move(conflicts);
        return std::nullopt;
    }
    const Load load = loadOf(v.bookings, trip.startMs);
    Suggestion s;
    s.id = v.id;
    s.key = v.plate;
    s.name = v.model;
    s.bookedHours = load.hours;
    const bool own = v.unitId == trip.unitId;
    s.fit = own ? Suggestion::Fit::Own
                : (v.category == VehicleCategory::General ? Suggestion::Fit::Pool : Suggestion::Fit::Other);
    s.seats = v.seats;
    s.idleDays = idleDays(load, trip.startMs);
    s.fitCost = own ? 0 : (v.category == VehicleCategory::General ? kPool : kOtherAgency);
    s.seatCost = v.seats > 0 ? kPerSpareSeat * std::max(0, v.seats - 1 - trip.passengers) : 0;
    s.loadCost = load.hours;
    s.idleCost = idleCost(load, trip.startMs);
    s.cost = s.fitCost + s.seatCost + s.loadCost + s.idleCost;
    return s;
}

std::optional<Suggestion> DispatchSuggestions::driverFor(
    const CostTrip &trip, const CostDriver &d, int seats, QList<BookingConflict> *refusal)
{
    BookingFacts facts;
    facts.vehicleStatus = VehicleStatus::Active; // the car is judged on its own
    facts.seats = seats;
    facts.driverCode = d.code;
    facts.driverStatus = d.status;
    facts.licenceClass = d.licenceClass;
    facts.driverBookings = d.bookings;
    QList<BookingConflict> conflicts = BookingRules::check(facts, { trip.startMs, trip.endMs, 0 });
    if (!conflicts.isEmpty()) {
        if (refusal)
            *refusal = std::move(conflicts);
        return std::nullopt;
    }
    const Load load = loadOf(d.bookings, trip.startMs);
    Suggestion s;
    s.id = d.id;
    s.key = d.code;
    s.name = d.name;
    s.bookedHours = load.hours;
    s.loadCost = load.hours;
    s.idleCost = idleCost(load, trip.startMs);
    s.idleDays = idleDays(load, trip.startMs);
    s.cost = s.loadCost + s.idleCost;
    return s;
}

QList<Suggestion> DispatchSuggestions::vehicles(const QString &requestCode) const
{
    QList<Suggestion> out;
    const std::optional<Record> request = m_store.findByKey(Kind::Requests, requestCode);
    if (!request || request->deleted)
        return out;
    const CostTrip trip = tripOf(*request);
    for (const Record &v : m_store.records(Kind::Vehicles)) {
        const CostVehicle vehicle { v.id, v.text(Field::Plate), v.text(Field::Model), v.text(Field::UnitId),
            v.text(Field::Category), v.text(Field::Status), v.value(Field::Seats).toInt(),
            windowsOf(m_store, "vehicle_id", v.id),
            ShopStays::load(m_store, trip.startMs, trip.endMs, v.id) };
        if (const std::optional<Suggestion> s = vehicleFor(trip, vehicle))
            out << *s;
    }
    sortByCost(out);
    return out;
}

QList<Suggestion> DispatchSuggestions::drivers(const QString &requestCode, const QString &plate) const
{
    QList<Suggestion> out;
    const std::optional<Record> request = m_store.findByKey(Kind::Requests, requestCode);
    const std::optional<Record> vehicle = m_store.findByKey(Kind::Vehicles, plate);
    if (!request || request->deleted || !vehicle || vehicle->deleted)
        return out;
    const CostTrip trip = tripOf(*request);
    const int seats = vehicle->value(Field::Seats).toInt();
    for (const Record &d : m_store.records(Kind::Drivers)) {
        const CostDriver driver { d.id, d.text(Field::Code), d.text(Field::Name), d.text(Field::Status),
            d.text(Field::LicenseClass), windowsOf(m_store, "driver_id", d.id) };
        if (const std::optional<Suggestion> s = driverFor(trip, driver, seats))
            out << *s;
    }
    sortByCost(out);
    return out;
}
