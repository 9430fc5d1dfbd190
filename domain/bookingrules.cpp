#include "domain/bookingrules.h"
#include "base/timeparse.h"
#include "store/recordkinds.h"

namespace {

QString window(const BookingWindow &w)
{
    return QStringLiteral("%1 %2–%3")
        .arg(w.taskCode,
            TimeParse::toBeijingIso(w.startMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
            TimeParse::toBeijingIso(w.endMs).mid(11, 5));
}

} // namespace

QString BookingRules::licenceNeededFor(int seats)
{
    // Road Traffic Safety Law implementing rules, 准驾车型: C1 small passenger cars up to 9 seats, B1 medium
    // buses of 10–19 seats, A1 large buses of 20 or more.
    if (seats >= 20)
        return QStringLiteral("A1");
    if (seats >= 10)
        return QStringLiteral("B1");
    return QStringLiteral("C1");
}

bool BookingRules::licenceCovers(const QString &held, const QString &needed)
{
    // Each class includes the ones below it on the passenger side: A1 ⊃ A3, B1 ⊃ C1 ⊃ C2; A2/B2 (trucks)
    // include C1. C2 (automatic) is accepted for C1 cars: the registry does not record the gearbox.
    static const QHash<QString, QStringList> covers = {
        { QStringLiteral("A1"), { QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("C1") } },
        { QStringLiteral("A2"), { QStringLiteral("C1") } },
        { QStringLiteral("A3"), { QStringLiteral("C1") } },
        { QStringLiteral("B1"), { QStringLiteral("B1"), QStringLiteral("C1") } },
        { QStringLiteral("B2"), { QStringLiteral("C1") } },
        { QStringLiteral("C1"), { QStringLiteral("C1") } },
        { QStringLiteral("C2"), { QStringLiteral("C1") } },
    };
    return covers.value(held).contains(needed);
}

QList<BookingConflict> BookingRules::check(const BookingFacts &facts, const BookingRequest &request)
{
    QList<BookingConflict> conflicts;
    using Kind = BookingConflict::Kind;
    if (request.endMs <= request.startMs)
        conflicts.append({ Kind::BadWindow, tr("the trip ends before it starts") });
    if (facts.vehicleStatus == VehicleStatus::Maintenance)
        conflicts.append({ Kind::VehicleInMaintenance, tr("%1 is in maintenance").arg(facts.plate) });
    else if (facts.vehicleStatus == VehicleStatus::Retired)
        conflicts.append({ Kind::VehicleRetired, tr("%1 is retired").arg(facts.plate) });
    for (const ShopStay &stay : facts.shopStays) {
        if (overlaps(request.startMs, request.endMs, stay.startMs, stay.endMs))
            conflicts.append({ Kind::VehicleInShop,
                tr("%1 is in the shop (%2) from %3 to %4")
                    .arg(facts.plate, stay.shop, TimeParse::toBeijingIso(stay.startMs).left(10),
                        TimeParse::toBeijingIso(stay.endMs - 1).left(10)) });
    }
    if (facts.driverStatus == DriverStatus::Inactive)
        conflicts.append({ Kind::DriverInactive, tr("driver %1 is off duty").arg(facts.driverCode) });
    if (facts.seats > 0 && request.passengers > facts.seats - 1)
        // The driver takes a seat too.
        conflicts.append({ Kind::TooFewSeats,
            tr("%1 has %2 seats: %3 passengers and the driver do not fit")
                .arg(facts.plate)
                .arg(facts.seats)
                .arg(request.passengers) });
    if (facts.seats > 0) {
        const QString needed = licenceNeededFor(facts.seats);
        if (!licenceCovers(facts.licenceClass, needed))
            conflicts.append({ Kind::LicenceTooLow,
                tr("driver %1 holds %2; %3 with %4 seats needs %5")
                    .arg(facts.driverCode,
                        facts.licenceClass.isEmpty() ? tr("no recorded licence") : facts.licenceClass,
                        facts.plate)
                    .arg(facts.seats)
                    .arg(needed) });
    }
    for (const BookingWindow &w : facts.vehicleBookings) {
        if (overlaps(request.startMs, request.endMs, w.startMs, w.endMs))
            conflicts.append(
                { Kind::VehicleBooked, tr("%1 is already booked: %2").arg(facts.plate, window(w)) });
    }
    for (const BookingWindow &w : facts.driverBookings) {
        if (overlaps(request.startMs, request.endMs, w.startMs, w.endMs))
            conflicts.append({ Kind::DriverBooked,
                tr("driver %1 is already booked: %2").arg(facts.driverCode, window(w)) });
    }
    return conflicts;
}
