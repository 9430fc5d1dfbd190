#include "domain/dispatchservice.h"
#include "base/timeparse.h"
#include "domain/dispatchplanner.h"
#include "domain/requestflow.h"
#include "domain/requestnumbers.h"
#include "domain/shopstays.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QSqlError>

namespace {

qint64 msOf(const Record &r, const char *field)
{
    return TimeParse::parseMs(r.text(QLatin1String(field))).value_or(0);
}

DispatchResult failure(const QString &message)
{
    DispatchResult r;
    r.errors << message;
    return r;
}

// What the booking rules need to know of a car and a driver: their state and their other live bookings.
BookingFacts bookingFacts(
    const RecordStore &store, const Record &vehicle, const Record &driver, const QString &ignoreTaskId)
{
    BookingFacts f;
    f.plate = vehicle.text(Field::Plate);
    f.vehicleStatus = vehicle.text(Field::Status);
    f.seats = vehicle.value(Field::Seats).toInt();
    f.driverCode = driver.text(Field::Code);
    f.driverStatus = driver.text(Field::Status);
    f.licenceClass = driver.text(Field::LicenseClass);
    auto windows = [&](const char *field, const QString &id) {
        QList<BookingWindow> out;
        for (const Record &task : store.recordsWhere(Kind::Tasks, QLatin1String(field), id)) {
            if (task.id != ignoreTaskId)
                out << BookingWindow { task.text(Field::Code), msOf(task, "start_at"), msOf(task, "end_at") };
        }
        return out;
    };
    f.vehicleBookings = windows("vehicle_id", vehicle.id);
    f.driverBookings = windows("driver_id", driver.id);
    f.shopStays = ShopStays::load(
        store, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), vehicle.id);
    return f;
}

// A refusal by the booking rules: every reason, in words, beside the conflicts themselves.
DispatchResult refused(DispatchResult result)
{
    for (const BookingConflict &c : std::as_const(result.conflicts))
        result.errors << c.message;
    return result;
}

} // namespace

DispatchService::DispatchService(RecordStore &store)
    : m_store(store)
{ }

QStringList DispatchService::fieldsSetByProgram()
{
    return { Field::Status, Field::StatusReason, Field::TaskId, Field::ReferralProvider,
        Field::ReferralReason, Field::ReferredAt, Field::ReferredBy };
}

DispatchResult DispatchService::submit(Record request, const QString &user)
{
    // Links and who-did-what are the program's: a new request is submitted, linked to no order, referred by
    // nobody, whatever the caller put there.
    for (const QString &field : fieldsSetByProgram())
        request.values.remove(field);
    request.values.insert(Field::Status, RequestState::Submitted);
    // No number given: the next of the booked day, taken under the write lock, so two desktops (or the
    // desktop and the command line) never hand out the same one.
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    if (request.text(Field::Code).trimmed().isEmpty()) {
        const std::optional<qint64> start = TimeParse::parseMs(request.text(Field::StartAt));
        const QDate day = QDate::fromString(
            TimeParse::toBeijingDay(start.value_or(QDateTime::currentMSecsSinceEpoch())), Qt::ISODate);
        request.values.insert(Field::Code, RequestNumbers::next(m_store, day));
    }
    const SaveResult saved = m_store.save(Kind::Requests, request, user);
    DispatchResult r;
    r.ok = saved.ok;
    r.id = saved.id;
    for (const FieldError &e : saved.errors)
        r.errors << e.message;
    if (saved.ok && !scope.commit()) {
        r.ok = false;
        r.errors << tr("the request could not be saved: %1").arg(scope.errorString());
    }
    return r;
}

std::optional<Record> DispatchService::requestFor(
    const QString &requestCode, const QString &to, DispatchResult *refusal) const
{
    std::optional<Record> request = m_store.findByKey(Kind::Requests, requestCode);
    if (!request || request->deleted) {
        *refusal = failure(tr("request %1 does not exist").arg(requestCode));
        return std::nullopt;
    }
    // Judged on the state found under the write lock: a step another writer made meanwhile is seen here,
    // and the refusal names the state it left.
    const QString why = RequestFlow::refusal(request->text(Field::Status), to);
    if (!why.isEmpty()) {
        *refusal = failure(tr("request %1: %2").arg(requestCode, why));
        return std::nullopt;
    }
    return request;
}

DispatchResult DispatchService::move(const QString &requestCode, const QString &to, const QString &reason,
    const QString &user, bool unlinkTask, const QVariantMap &extra)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    DispatchResult refusal;
    std::optional<Record> request = requestFor(requestCode, to, &refusal);
    if (!request)
        return refusal;
    if (RequestFlow::needsReason(to) && reason.trimmed().isEmpty())
        return failure(
            tr("request %1: a reason is needed to %2 it").arg(requestCode, RequestFlow::label(to)));
    request->values.insert(Field::Status, to);
    request->values.insert(Field::StatusReason, reason.trimmed());
    if (unlinkTask)
        request->values.insert(Field::TaskId, QVariant());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        request->values.insert(it.key(), it.value());
    const SaveResult saved = m_store.save(Kind::Requests, *request, user);
    DispatchResult r;
    r.ok = saved.ok;
    r.id = saved.id;
    if (!saved.ok)
        r.errors << saved.message();
    if (saved.ok && !scope.commit()) {
        r.ok = false;
        r.errors << tr("request %1 could not be saved: %2").arg(requestCode, scope.errorString());
    }
    return r;
}

DispatchResult DispatchService::approve(const QString &code, const QString &user)
{
    return move(code, RequestState::Approved, {}, user);
}

DispatchResult DispatchService::reject(const QString &code, const QString &reason, const QString &user)
{
    return move(code, RequestState::Rejected, reason, user);
}

DispatchResult DispatchService::cancel(const QString &code, const QString &reason, const QString &user)
{
    // Cancelling a dispatched request frees its car and driver: the order goes too (a tombstone), in the same
    // transaction, after the request stops pointing at it. Which order is read under the lock, so an order
    // made a moment before is the one removed.
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    const std::optional<Record> request = m_store.findByKey(Kind::Requests, code);
    const QString taskId = request ? request->text(Field::TaskId) : QString();
    DispatchResult r = move(code, RequestState::Cancelled, reason, user, true);
    if (r.ok && !taskId.isEmpty()) {
        const SaveResult removed = m_store.remove(Kind::Tasks, taskId, user);
        if (!removed.ok) {
            r.ok = false;
            r.errors << removed.message();
        }
    }
    if (r.ok && !scope.commit()) {
        r.ok = false;
        r.errors << tr("the cancellation could not be saved: %1").arg(scope.errorString());
    }
    return r;
}

QList<BookingConflict> DispatchService::conflictsFor(
    const QString &requestCode, const QString &plate, const QString &driverCode) const
{
    const std::optional<Record> request = m_store.findByKey(Kind::Requests, requestCode);
    const std::optional<Record> vehicle = m_store.findByKey(Kind::Vehicles, plate);
    const std::optional<Record> driver = m_store.findByKey(Kind::Drivers, driverCode);
    if (!request || !vehicle || vehicle->deleted || !driver || driver->deleted)
        return {};
    return BookingRules::check(bookingFacts(m_store, *vehicle, *driver, request->text(Field::TaskId)),
        { msOf(*request, "start_at"), msOf(*request, "end_at"), request->value(Field::Passengers).toInt() });
}

DispatchResult DispatchService::dispatch(
    const QString &requestCode, const QString &plate, const QString &driverCode, const QString &user)
{
    // The write lock first, then the look: another writer on the same file waits until this booking is in.
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    DispatchResult refusal;
    std::optional<Record> request = requestFor(requestCode, RequestState::Dispatched, &refusal);
    if (!request)
        return refusal;
    const std::optional<Record> vehicle = m_store.findByKey(Kind::Vehicles, plate);
    if (!vehicle || vehicle->deleted)
        return failure(tr("vehicle %1 does not exist").arg(plate));
    const std::optional<Record> driver = m_store.findByKey(Kind::Drivers, driverCode);
    if (!driver || driver->deleted)
        return failure(tr("driver %1 does not exist").arg(driverCode));

    DispatchResult result;
    result.conflicts = BookingRules::check(bookingFacts(m_store, *vehicle, *driver, {}),
        { msOf(*request, "start_at"), msOf(*request, "end_at"), request->value(Field::Passengers).toInt() });
    if (!result.conflicts.isEmpty())
        return refused(result);
    Record task;
    task.values = { { Field::Code, QStringLiteral("P") + requestCode }, { Field::VehicleId, vehicle->id },
        { Field::DriverId, driver->id }, { Field::StartAt, request->value(Field::StartAt) },
        { Field::EndAt, request->value(Field::EndAt) }, { Field::DestName, request->value(Field::DestName) },
        { Field::DestLat, request->value(Field::DestLat) },
        { Field::DestLon, request->value(Field::DestLon) },
        { QStringLiteral("nav_km"),
            request->value(Field::NavKm).isNull() ? QVariant(0.0) : request->value(Field::NavKm) },
        { Field::UnitId, request->value(Field::UnitId) }, { Field::Purpose, request->value(Field::Purpose) },
        { Field::TripType, request->value(Field::TripType) } };
    const SaveResult saved = m_store.save(Kind::Tasks, task, user);
    if (!saved.ok)
        return failure(saved.message());
    request->values.insert(Field::Status, RequestState::Dispatched);
    request->values.insert(Field::TaskId, saved.id);
    const SaveResult moved = m_store.save(Kind::Requests, *request, user);
    if (!moved.ok)
        return failure(moved.message());
    if (!scope.commit())
        return failure(tr("the booking could not be saved: %1").arg(scope.errorString()));
    result.ok = true;
    result.id = saved.id;
    return result;
}

QList<BookingConflict> DispatchService::vehicleConflicts(
    const QString &requestCode, const QString &plate) const
{
    const std::optional<Record> request = m_store.findByKey(Kind::Requests, requestCode);
    const std::optional<Record> vehicle = m_store.findByKey(Kind::Vehicles, plate);
    if (!request || !vehicle || vehicle->deleted)
        return {};
    // Only an approved request can be dispatched: say so while it is dragged, not after a driver is picked.
    const QString notYet = RequestFlow::refusal(request->text(Field::Status), RequestState::Dispatched);
    if (!notYet.isEmpty())
        return { { BookingConflict::Kind::RequestNotApproved,
            tr("request %1: %2").arg(requestCode, notYet) } };
    const QList<BookingConflict> all = BookingRules::check(
        bookingFacts(m_store, *vehicle, Record(), request->text(Field::TaskId)),
        { msOf(*request, "start_at"), msOf(*request, "end_at"), request->value(Field::Passengers).toInt() });
    QList<BookingConflict> carSide;
    for (const BookingConflict &c : all) {
        if (c.kind != BookingConflict::Kind::LicenceTooLow && c.kind != BookingConflict::Kind::DriverBooked
            && c.kind != BookingConflict::Kind::DriverInactive)
            carSide << c;
    }
    return carSide;
}

DispatchResult DispatchService::reassign(
    const QString &taskCode, const QString &plate, qint64 startMs, qint64 endMs, const QString &user)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    std::optional<Record> task = m_store.findByKey(Kind::Tasks, taskCode);
    if (!task || task->deleted)
        return failure(tr("dispatch order %1 does not exist").arg(taskCode));
    if (!task->text(Field::DepartedAt).isEmpty())
        return failure(
            tr("dispatch order %1 is already on the road and can no longer be moved").arg(taskCode));
    const std::optional<Record> vehicle = m_store.findByKey(Kind::Vehicles, plate);
    if (!vehicle || vehicle->deleted)
        return failure(tr("vehicle %1 does not exist").arg(plate));
    const std::optional<Record> driver = m_store.record(Kind::Drivers, task->text(Field::DriverId));
    if (!driver || driver->deleted)
        return failure(tr("dispatch order %1 has no driver").arg(taskCode));
    QList<Record> requests = m_store.recordsWhere(Kind::Requests, Field::TaskId, task->id);
    const int passengers = requests.isEmpty() ? 0 : requests.first().value(Field::Passengers).toInt();

    DispatchResult result;
    result.conflicts = BookingRules::check(
        bookingFacts(m_store, *vehicle, *driver, task->id), { startMs, endMs, passengers });
    if (!result.conflicts.isEmpty())
        return refused(result);
    task->values.insert(Field::VehicleId, vehicle->id);
    task->values.insert(Field::StartAt, TimeParse::toUtcIso(startMs));
    task->values.insert(Field::EndAt, TimeParse::toUtcIso(endMs));
    const SaveResult saved = m_store.save(Kind::Tasks, *task, user);
    if (!saved.ok)
        return failure(saved.message());
    for (Record &request : requests) {
        request.values.insert(Field::StartAt, TimeParse::toUtcIso(startMs));
        request.values.insert(Field::EndAt, TimeParse::toUtcIso(endMs));
        const SaveResult moved = m_store.save(Kind::Requests, request, user);
        if (!moved.ok)
            return failure(moved.message());
    }
    if (!scope.commit())
        return failure(tr("the change could not be saved: %1").arg(scope.errorString()));
    result.ok = true;
    result.id = saved.id;
    return result;
}

DispatchResult DispatchService::dispatchPlan(const DispatchPlan &plan, const QString &user)
{
    // One outer write scope: each dispatch() joins it, and a refused one makes the whole scope roll back.
    // The others are still tried, so that the dispatcher hears of every request that no longer fits.
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    DispatchResult all;
    all.ok = true;
    for (const PlannedDispatch &p : plan.assignments) {
        const DispatchResult one = dispatch(p.requestCode, p.plate, p.driverCode, user);
        if (one.ok)
            continue;
        all.ok = false;
        for (const QString &e : one.errors)
            all.errors << tr("%1 (%2, %3): %4").arg(p.requestCode, p.plate, p.driverCode, e);
        all.conflicts << one.conflicts;
    }
    if (all.ok && !scope.commit()) {
        all.ok = false;
        all.errors << tr("the plan could not be saved: %1").arg(scope.errorString());
    }
    if (!all.ok && all.errors.isEmpty())
        all.errors << tr("the plan could not be saved");
    return all;
}

DispatchResult DispatchService::depart(
    const QString &code, qint64 timeMs, double odometerKm, const QString &user)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    DispatchResult refusal;
    const std::optional<Record> request = requestFor(code, RequestState::Departed, &refusal);
    if (!request)
        return refusal;
    std::optional<Record> task = m_store.record(Kind::Tasks, request->text(Field::TaskId));
    if (!task || task->deleted)
        return failure(tr("request %1 has no dispatch order").arg(code));
    DispatchResult r = move(code, RequestState::Departed, {}, user);
    if (!r.ok)
        return r;
    task->values.insert(Field::DepartedAt, TimeParse::toUtcIso(timeMs));
    task->values.insert(Field::OdometerOut, odometerKm);
    const SaveResult saved = m_store.save(Kind::Tasks, *task, user);
    if (!saved.ok)
        return failure(saved.message());
    if (!scope.commit())
        return failure(tr("the departure could not be saved: %1").arg(scope.errorString()));
    return r;
}

DispatchResult DispatchService::returned(
    const QString &code, qint64 timeMs, double odometerKm, const QString &user)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    DispatchResult refusal;
    const std::optional<Record> request = requestFor(code, RequestState::Returned, &refusal);
    if (!request)
        return refusal;
    std::optional<Record> task = m_store.record(Kind::Tasks, request->text(Field::TaskId));
    if (!task || task->deleted)
        return failure(tr("request %1 has no dispatch order").arg(code));
    if (task->value(Field::OdometerOut).isValid() && !task->value(Field::OdometerOut).isNull()
        && odometerKm < task->value(Field::OdometerOut).toDouble())
        return failure(tr("request %1: the odometer reads less than at departure (%2 km)")
                           .arg(code)
                           .arg(task->value(Field::OdometerOut).toDouble()));
    DispatchResult r = move(code, RequestState::Returned, {}, user);
    if (!r.ok)
        return r;
    task->values.insert(Field::ReturnedAt, TimeParse::toUtcIso(timeMs));
    task->values.insert(Field::OdometerIn, odometerKm);
    const SaveResult saved = m_store.save(Kind::Tasks, *task, user);
    if (!saved.ok)
        return failure(saved.message());
    if (!scope.commit())
        return failure(tr("the return could not be saved: %1").arg(scope.errorString()));
    return r;
}

DispatchResult DispatchService::settle(const QString &code, const QString &user)
{
    return move(code, RequestState::Settled, {}, user);
}

DispatchResult DispatchService::refer(
    const QString &code, const QString &provider, const QString &reason, const QString &user)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return failure(tr("the database is busy: %1").arg(scope.errorString()));
    // The flow's own refusal (not approved, already dispatched) comes first: it says more than "no provider".
    DispatchResult refusal;
    if (!requestFor(code, RequestState::Referred, &refusal))
        return refusal;
    if (provider.trimmed().isEmpty())
        return failure(tr("request %1: name the service it is referred to").arg(code));
    if (reason.trimmed().isEmpty())
        return failure(tr("request %1: a reason is needed to refer it").arg(code));
    DispatchResult r = move(code, RequestState::Referred, reason, user, false,
        { { Field::ReferralProvider, provider.trimmed() }, { Field::ReferralReason, reason.trimmed() },
            { Field::ReferredAt, TimeParse::toUtcIso(QDateTime::currentMSecsSinceEpoch()) },
            { Field::ReferredBy, user } });
    if (r.ok && !scope.commit()) {
        r.ok = false;
        r.errors << tr("the referral could not be saved: %1").arg(scope.errorString());
    }
    return r;
}

bool DispatchService::referralSuggested(const Record &request, int passengerThreshold)
{
    return request.text(Field::TripType) == QStringLiteral("long")
        || request.value(Field::Passengers).toInt() > passengerThreshold;
}

QList<FieldError> DispatchService::taskConflicts(const RecordStore &store, const Record &task)
{
    QList<FieldError> errors;
    const std::optional<Record> vehicle = store.record(Kind::Vehicles, task.text(Field::VehicleId));
    const std::optional<Record> driver = store.record(Kind::Drivers, task.text(Field::DriverId));
    const std::optional<qint64> start = TimeParse::parseMs(task.text(Field::StartAt));
    const std::optional<qint64> end = TimeParse::parseMs(task.text(Field::EndAt));
    if (!vehicle || !driver || !start || !end)
        return errors; // the form's own checks say what is missing
    // A dispatch order carries no passenger count: seats are judged when a request is dispatched.
    for (const BookingConflict &c :
        BookingRules::check(bookingFacts(store, *vehicle, *driver, task.id), { *start, *end, 0 })) {
        const bool driverSide = c.kind == BookingConflict::Kind::DriverBooked
            || c.kind == BookingConflict::Kind::DriverInactive
            || c.kind == BookingConflict::Kind::LicenceTooLow;
        errors.append({ driverSide ? QStringLiteral("driver_id") : QStringLiteral("vehicle_id"), c.message });
    }
    return errors;
}
