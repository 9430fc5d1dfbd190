#include "domain/bookingsnapshot.h"
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "domain/shopstays.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace {

qint64 msOf(const QVariant &iso)
{
    return TimeParse::parseMs(iso.toString()).value_or(0);
}

// A query that fails leaves the snapshot without what it would have read; say which and why.
bool run(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qWarning("BookingReader: reading %s failed: %s", what, qPrintable(q.lastError().text()));
    return false;
}

// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

QList<BookingWindow> without(const QList<BookingWindow> &bookings, const QString &ignoreTaskId)
{
    if (ignoreTaskId.isEmpty())
        return bookings;
    QList<BookingWindow> out;
    for (const BookingWindow &w : bookings) {
        if (w.taskId != ignoreTaskId)
            out << w;
    }
    return out;
}

} // namespace

const BookingTrip *BookingSnapshot::trip(const QString &requestId) const
{
    const auto it = m_trips.constFind(requestId);
    return it == m_trips.cend() ? nullptr : &trips.at(*it);
}

const BookingTrip *BookingSnapshot::tripByCode(const QString &requestCode) const
{
    const auto it = m_codes.constFind(requestCode);
    return it == m_codes.cend() ? nullptr : &trips.at(*it);
}

const CostVehicle *BookingSnapshot::vehicle(const QString &vehicleId) const
{
    const auto it = m_vehicles.constFind(vehicleId);
    return it == m_vehicles.cend() ? nullptr : &vehicles.at(*it);
}

const CostDriver *BookingSnapshot::driver(const QString &driverId) const
{
    const auto it = m_drivers.constFind(driverId);
    return it == m_drivers.cend() ? nullptr : &drivers.at(*it);
}

void BookingSnapshot::index()
{
    m_trips.clear();
    m_codes.clear();
    m_vehicles.clear();
    m_drivers.clear();
    for (int i = 0; i < trips.size(); ++i) {
        m_trips.insert(trips.at(i).id, i);
        m_codes.insert(trips.at(i).code, i);
    }
    for (int i = 0; i < vehicles.size(); ++i)
        m_vehicles.insert(vehicles.at(i).id, i);
    for (int i = 0; i < drivers.size(); ++i)
        m_drivers.insert(drivers.at(i).id, i);
}

BookingFacts BookingSnapshot::facts(
    const CostVehicle *vehicle, const CostDriver *driver, const QString &ignoreTaskId)
{
    BookingFacts f;
    if (vehicle) {
        f.plate = vehicle->plate;
        f.vehicleStatus = vehicle->status;
        f.seats = vehicle->seats;
        f.vehicleBookings = without(vehicle->bookings, ignoreTaskId);
        f.shopStays = vehicle->shopStays;
    }
    if (driver) {
        f.driverCode = driver->code;
        f.driverStatus = driver->status;
        f.licenceClass = driver->licenceClass;
        f.driverBookings = without(driver->bookings, ignoreTaskId);
    }
    return f;
}

QList<BookingConflict> BookingSnapshot::verdict(const BookingRequest &window, const QString &vehicleId,
    const QString &driverId, const QString &ignoreTaskId) const
{
    return BookingRules::check(facts(vehicle(vehicleId), driver(driverId), ignoreTaskId), window);
}

BookingReader::BookingReader(const RecordStore &store)
    : m_store(store)
{ }

BookingTrip BookingReader::tripOf(const Record &request)
{
    BookingTrip t;
    t.id = request.id;
    t.code = request.text(Field::Code);
    t.status = request.text(Field::Status);
    t.taskId = request.text(Field::TaskId);
    t.trip = { msOf(request.value(Field::StartAt)), msOf(request.value(Field::EndAt)),
        request.value(Field::Passengers).toInt(), request.text(Field::UnitId) };
    t.purpose = request.text(Field::Purpose);
    t.originName = request.text(Field::OriginName);
    t.destName = request.text(Field::DestName);
    return t;
}

BookingSnapshot BookingReader::read(const BookingQuery &query) const
{
    BookingSnapshot s;
    const QSqlDatabase db = m_store.database();
    s.trips = query.trips;

    // The requests, by id and (at the edges) by code, kept in the order asked for, each once.
    if (!query.requestIds.isEmpty() || !query.requestCodes.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT r.id, r.code, r.status, r.task_id, r.start_at, r.end_at, r.passengers, "
                           "r.unit_id, u.name, r.purpose, r.origin_name, r.dest_name "
                           "FROM requests r LEFT JOIN units u ON u.id = r.unit_id "
                           "WHERE r.deleted = 0 AND (r.id IN (%1) OR r.code IN (%2))")
                .arg(placeholders(std::max<qsizetype>(1, query.requestIds.size())),
                    placeholders(std::max<qsizetype>(1, query.requestCodes.size()))));
        for (const QString &id : query.requestIds)
            q.addBindValue(id);
        if (query.requestIds.isEmpty())
            q.addBindValue(QString());
        for (const QString &code : query.requestCodes)
            q.addBindValue(code);
        if (query.requestCodes.isEmpty())
            q.addBindValue(QString());
        run(q, "the requests");
        QHash<QString, BookingTrip> byId, byCode;
        while (q.next()) {
            BookingTrip t;
            t.id = q.value(0).toString();
            t.code = q.value(1).toString();
            t.status = q.value(2).toString();
            t.taskId = q.value(3).toString();
            t.trip = { msOf(q.value(4)), msOf(q.value(5)), q.value(6).toInt(), q.value(7).toString() };
            t.unitName = q.value(8).toString();
            t.purpose = q.value(9).toString();
            t.originName = q.value(10).toString();
            t.destName = q.value(11).toString();
            byId.insert(t.id, t);
            byCode.insert(t.code, t);
        }
        QSet<QString> seen;
        for (const QString &id : query.requestIds) {
            if (byId.contains(id) && !seen.contains(id)) {
                seen.insert(id);
                s.trips << byId.value(id);
            }
        }
        for (const QString &code : query.requestCodes) {
            const auto it = byCode.constFind(code);
            if (it != byCode.cend() && !seen.contains(it->id)) {
                seen.insert(it->id);
                s.trips << *it;
            }
        }
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (query.allVehicles || !query.vehicleIds.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT id, plate, model, unit_id, category, status, seats FROM vehicles "
                           "WHERE deleted = 0%1 ORDER BY plate")
                .arg(query.allVehicles
                        ? QString()
                        : QStringLiteral(" AND id IN (%1)").arg(placeholders(query.vehicleIds.size()))));
        if (!query.allVehicles) {
            for (const QString &id : query.vehicleIds)
                q.addBindValue(id);
        }
        run(q, "the cars");
        while (q.next()) {
            s.vehicles << CostVehicle { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), {} };
        }
    }
    if (query.allDrivers || !query.driverIds.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, code, name, status, license_class FROM drivers "
                                 "WHERE deleted = 0%1 ORDER BY code")
                      .arg(query.allDrivers
                              ? QString()
                              : QStringLiteral(" AND id IN (%1)").arg(placeholders(query.driverIds.size()))));
        if (!query.allDrivers) {
            for (const QString &id : query.driverIds)
                q.addBindValue(id);
        }
        run(q, "the drivers");
        while (q.next()) {
            s.drivers << CostDriver { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), {} };
        }
    }

    s.withCosts = query.forCosts;
    s.everyone = query.allVehicles || query.allDrivers;
    s.index();
    readBookings(s, span(s.trips, query.forCosts, query.extraFromMs, query.extraToMs));
    return s;
}

void BookingReader::addCosts(BookingSnapshot &s) const
{
    if (s.withCosts)
        return;
    s.withCosts = true;
    const std::pair<qint64, qint64> wider = span(s.trips, true, s.fromMs, s.toMs);
    for (CostVehicle &v : s.vehicles) {
        v.bookings.clear();
        v.shopStays.clear();
    }
    for (CostDriver &d : s.drivers)
        d.bookings.clear();
    readBookings(s, wider);
}

std::pair<qint64, qint64> BookingReader::span(
    const QList<BookingTrip> &trips, bool forCosts, qint64 extraFromMs, qint64 extraToMs)
{
    // The trips' windows for the rules; with the costs, their calendar months and the week before (idle
    // time is capped at a week).
    qint64 from = LLONG_MAX, to = LLONG_MIN;
    for (const BookingTrip &t : trips) {
        from = std::min({ from, t.trip.startMs, t.trip.endMs });
        to = std::max({ to, t.trip.startMs, t.trip.endMs });
        if (forCosts) {
            const checks::YearMonth month = checks::beijingMonthOf(t.trip.startMs);
            from
                = std::min({ from, checks::beijingMonthStartMs(month), t.trip.startMs - 7 * checks::kDayMs });
            to = std::max(to, checks::beijingMonthEndMs(month));
        }
    }
    if (extraFromMs != 0 || extraToMs != 0) {
        from = std::min({ from, extraFromMs, extraToMs });
        to = std::max({ to, extraFromMs, extraToMs });
    }
    return { from, to };
}

void BookingReader::readBookings(BookingSnapshot &s, std::pair<qint64, qint64> span) const
{
    const auto [from, to] = span;
    // The live bookings of those cars and drivers in the span. Times are stored as UTC ISO text of one
    // width, so text order is time order; a day of margin on each side costs nothing (a booking outside the
    // span changes no cost and no conflict).
    if (from > to || (s.m_vehicles.isEmpty() && s.m_drivers.isEmpty()))
        return;
    const QHash<QString, int> &vehicleIndex = s.m_vehicles, &driverIndex = s.m_drivers;
    {
        s.fromMs = from - checks::kDayMs;
        s.toMs = to + checks::kDayMs;
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        QString whose;
        if (!s.everyone) {
            whose = QStringLiteral(" AND (vehicle_id IN (%1) OR driver_id IN (%2))")
                        .arg(placeholders(std::max<qsizetype>(1, vehicleIndex.size())),
                            placeholders(std::max<qsizetype>(1, driverIndex.size())));
        }
        q.prepare(
            QStringLiteral("SELECT id, code, vehicle_id, driver_id, start_at, end_at FROM tasks "
                           "WHERE deleted = 0 AND end_at > ? AND start_at < ?%1 ORDER BY start_at, code")
                .arg(whose));
        q.addBindValue(TimeParse::toUtcIso(s.fromMs));
        q.addBindValue(TimeParse::toUtcIso(s.toMs));
        if (!whose.isEmpty()) {
            for (const QString &id : vehicleIndex.keys())
                q.addBindValue(id);
            if (vehicleIndex.isEmpty())
                q.addBindValue(QString());
            for (const QString &id : driverIndex.keys())
                q.addBindValue(id);
            if (driverIndex.isEmpty())
                q.addBindValue(QString());
        }
        run(q, "the bookings");
        while (q.next()) {
            const BookingWindow w { q.value(1).toString(), msOf(q.value(4)), msOf(q.value(5)),
                q.value(0).toString() };
            if (const auto v = vehicleIndex.constFind(q.value(2).toString()); v != vehicleIndex.cend())
                s.vehicles[*v].bookings << w;
            if (const auto d = driverIndex.constFind(q.value(3).toString()); d != driverIndex.cend())
                s.drivers[*d].bookings << w;
        }
        // The cars' stays in the shop over the same span (ShopStays, the one reader of them).
        if (!vehicleIndex.isEmpty()) {
            const QString only = vehicleIndex.size() == 1 ? vehicleIndex.constBegin().key() : QString();
            for (const ShopStay &stay : ShopStays::load(m_store, s.fromMs, s.toMs, only)) {
                if (const auto v = vehicleIndex.constFind(stay.vehicleId); v != vehicleIndex.cend())
                    s.vehicles[*v].shopStays << stay;
            }
        }
    }
}
