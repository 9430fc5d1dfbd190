#pragma once
// The dispatcher's actions on trip requests: approve, reject, cancel, dispatch to a car and a driver, refer
// to a social platform (报备), record departure and return. Each is one write scope
// (RecordStore::WriteScope): it takes the write lock before it reads the request (BEGIN IMMEDIATE), so two
// writers on one file cannot both see a car free and both book it, nor both move one request; a step that no
// longer applies when the lock is had is refused, naming the state found.
#include "base/appsettings.h"
#include "domain/bookingrules.h"
#include "domain/bookingsnapshot.h"
#include "store/record.h"

#include <QCoreApplication>

class RecordStore;
struct DispatchPlan;

struct DispatchResult
{
    bool ok = false;
    QString id; // the request, or the dispatch order created
    QStringList errors; // why not, each in words
    QList<BookingConflict> conflicts; // for dispatch: the booking rules' reasons
};

class DispatchService
{
    Q_DECLARE_TR_FUNCTIONS(DispatchService)

public:
    explicit DispatchService(RecordStore &store);

    // The request fields only the program sets (state, links, who referred it): submit() ignores them, and
    // the command line refuses them.
    static QStringList fieldsSetByProgram();
    // A new request, submitted; values keyed as the requests kind's fields (unit_id, start_at, …). Without a
    // code it gets the next number of its booked day (RequestNumbers).
    DispatchResult submit(Record request, const QString &user);
    DispatchResult approve(const QString &requestCode, const QString &user);
    DispatchResult reject(const QString &requestCode, const QString &reason, const QString &user);
    DispatchResult cancel(const QString &requestCode, const QString &reason, const QString &user);
    // Checks the booking rules and, when nothing conflicts, creates the dispatch order (派车单). By ids: the
    // command line resolves the request code, plate and driver code first (NaturalKeys).
    DispatchResult dispatch(
        const QString &requestId, const QString &vehicleId, const QString &driverId, const QString &user);
    // Every assignment of a plan (DispatchPlanner), each through dispatch() and its booking rules, in one
    // transaction: when any is refused (someone booked the car or driver meanwhile) nothing is stored, and
    // the errors name each refused request and why. `id` stays empty.
    DispatchResult dispatchPlan(const DispatchPlan &plan, const QString &user);
    // Without creating anything: what the booking rules say of this car and driver for this request (ids).
    QList<BookingConflict> conflictsFor(
        const QString &requestId, const QString &vehicleId, const QString &driverId) const;
    // The booking rules for a dispatch order as typed into a form (vehicle_id, driver_id, start_at, end_at):
    // interactive edits go through them; imports of past orders do not (DESIGN §6 says what makes a row bad).
    static QList<FieldError> taskConflicts(const RecordStore &store, const Record &task);
    // The car's side of the booking rules alone (state, seats, its other bookings) and the request's state:
    // what the board shows while a request is dragged over a car's row, before any driver is chosen. The
    // first reads a snapshot of that request and car; the second judges one already read (the board reads
    // one per drag, with every car, and judges each row it passes from it).
    QList<BookingConflict> vehicleConflicts(const QString &requestId, const QString &vehicleId) const;
    static QList<BookingConflict> vehicleConflicts(
        const BookingSnapshot &snapshot, const QString &requestId, const QString &vehicleId);
    // Moves a dispatch order (by id) not yet on the road to another car (by id) and/or window (the board's
    // bar drag). The request's booked window follows, so the two never disagree; the same booking rules
    // decide.
    DispatchResult reassign(
        const QString &taskId, const QString &vehicleId, qint64 startMs, qint64 endMs, const QString &user);
    DispatchResult depart(const QString &requestCode, qint64 timeMs, double odometerKm, const QString &user);
    DispatchResult returned(
        const QString &requestCode, qint64 timeMs, double odometerKm, const QString &user);
    DispatchResult settle(const QString &requestCode, const QString &user);
    // Hands an approved, not yet dispatched request to a social platform (one of
    // AppSettings::referralProviders) instead of a car of the center: it becomes "referred" and leaves the
    // local dispatch queue; provider, reason, time and user are kept on the request (referral_provider,
    // referral_reason, referred_at, referred_by). Provider and reason are required. A referred request is
    // later settled, or cancelled.
    DispatchResult refer(
        const QString &requestCode, const QString &provider, const QString &reason, const QString &user);
    // Whether the local rules would have this trip referred: a long-distance trip (trip_type "long"), or a
    // group of more than `passengerThreshold` passengers (AppSettings::referralPassengers). A hint, not a
    // rule.
    static bool referralSuggested(
        const Record &request, int passengerThreshold = AppSettings::kDefaultReferralPassengers);

private:
    // The request by code, when `to` is a step of the flow from its current state; else *refusal says why.
    std::optional<Record> requestFor(
        const QString &requestCode, const QString &to, DispatchResult *refusal) const;
    // The same for a request already looked up (by id); `asked` names it when it was not found.
    std::optional<Record> requestFor(std::optional<Record> request, const QString &asked, const QString &to,
        DispatchResult *refusal) const;
    DispatchResult move(const QString &requestCode, const QString &to, const QString &reason,
        const QString &user, bool unlinkTask = false, const QVariantMap &extra = {});

    RecordStore &m_store;
};
