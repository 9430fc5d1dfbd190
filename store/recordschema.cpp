#include "store/recordschema.h"
#include "store/recordkinds.h"

#include <QCoreApplication>

QString FieldSpec::translatedLabel() const
{
    return QCoreApplication::translate("Field", label);
}

QString FieldSpec::choiceLabel(const QString &value) const
{
    for (const Choice &c : choices) {
        if (c.value == value)
            return QCoreApplication::translate("Choice", c.label);
    }
    return value;
}

const FieldSpec *RecordKind::field(const QString &name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString RecordKind::translatedTitle() const
{
    return QCoreApplication::translate("Kind", title);
}

QString RecordKind::translatedSingular() const
{
    return QCoreApplication::translate("Kind", singular);
}

QStringList RecordKind::fieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : fields)
        names << f.name;
    return names;
}

QStringList RecordKind::keyColumns() const
{
    QStringList columns;
    for (const QString &name : keyFields())
        columns << field(name)->csvColumn;
    return columns;
}

bool RecordKind::keyComplete(const QVariantMap &values) const
{
    for (const QString &name : keyFields()) {
        if (field(name)->required && values.value(name).toString().isEmpty())
            return false;
    }
    return true;
}

namespace {

FieldSpec text(const QString &name, const char *label, bool required, const char *csv)
{
    FieldSpec f;
    f.name = name;
    f.label = label;
    f.required = required;
    f.csvColumn = QLatin1String(csv);
    return f;
}

FieldSpec typed(FieldType type, const QString &name, const char *label, bool required, const char *csv)
{
    FieldSpec f = text(name, label, required, csv);
    f.type = type;
    return f;
}

FieldSpec ranged(FieldType type, const QString &name, const char *label, bool required, const char *csv,
    double minimum, double maximum)
{
    FieldSpec f = typed(type, name, label, required, csv);
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

FieldSpec choice(const QString &name, const char *label, bool required, const char *csv,
    QList<Choice> choices, const QString &defaultValue = QString())
{
    FieldSpec f = typed(FieldType::Choice, name, label, required, csv);
    f.choices = std::move(choices);
    f.defaultValue = defaultValue;
    return f;
}

FieldSpec reference(
    const QString &name, const char *label, bool required, const char *csv, const QString &kind)
{
    FieldSpec f = typed(FieldType::Reference, name, label, required, csv);
    f.refKind = kind;
    return f;
}

// A card names its car by plate rather than by id, so that a card bound to a car outside the registry can
// exist (and be flagged); the plate still counts as a reference when a vehicle is removed.
FieldSpec boundPlate()
{
    FieldSpec f
        = typed(FieldType::Plate, Field::Plate, QT_TRANSLATE_NOOP("Field", "Bound plate"), true, "plate");
    f.refKind = Kind::Vehicles;
    return f;
}

QList<RecordKind> buildKinds()
{
    const QList<Choice> categories
        = { { VehicleCategory::Emergency, QT_TRANSLATE_NOOP("Choice", "Emergency") },
              { VehicleCategory::Enforcement, QT_TRANSLATE_NOOP("Choice", "Law enforcement") },
              { VehicleCategory::General, QT_TRANSLATE_NOOP("Choice", "General") } };
    const QList<Choice> vehicleStatus
        = { { VehicleStatus::Active, QT_TRANSLATE_NOOP("Choice", "In service") },
              { VehicleStatus::Maintenance, QT_TRANSLATE_NOOP("Choice", "In maintenance") },
              { VehicleStatus::Retired, QT_TRANSLATE_NOOP("Choice", "Retired") } };
    const QList<Choice> fuelTypes = { { QStringLiteral("gasoline"), QT_TRANSLATE_NOOP("Choice", "Gasoline") },
        { QStringLiteral("diesel"), QT_TRANSLATE_NOOP("Choice", "Diesel") },
        { QStringLiteral("hybrid"), QT_TRANSLATE_NOOP("Choice", "Hybrid") },
        { QStringLiteral("electric"), QT_TRANSLATE_NOOP("Choice", "Electric") } };
    // Chinese driving licence classes (GB/T, 准驾车型) that can drive a passenger car or a bus.
    const QList<Choice> licenceClasses
        = { { QStringLiteral("A1"), QT_TRANSLATE_NOOP("Choice", "A1 large bus") },
              { QStringLiteral("A2"), QT_TRANSLATE_NOOP("Choice", "A2 tractor") },
              { QStringLiteral("A3"), QT_TRANSLATE_NOOP("Choice", "A3 city bus") },
              { QStringLiteral("B1"), QT_TRANSLATE_NOOP("Choice", "B1 medium bus") },
              { QStringLiteral("B2"), QT_TRANSLATE_NOOP("Choice", "B2 large truck") },
              { QStringLiteral("C1"), QT_TRANSLATE_NOOP("Choice", "C1 small car") },
              { QStringLiteral("C2"), QT_TRANSLATE_NOOP("Choice", "C2 small car, automatic") } };
    const QList<Choice> driverStatus = { { DriverStatus::Active, QT_TRANSLATE_NOOP("Choice", "On duty") },
        { DriverStatus::Inactive, QT_TRANSLATE_NOOP("Choice", "Off duty") } };

    QList<RecordKind> kinds;
    kinds.append({ Kind::Units, QT_TRANSLATE_NOOP("Kind", "Agencies"), QT_TRANSLATE_NOOP("Kind", "Agency"),
        Field::Code,
        { text(Field::Code, QT_TRANSLATE_NOOP("Field", "Agency code"), true, "unit_code"),
            text(Field::Name, QT_TRANSLATE_NOOP("Field", "Name"), true, "name") } });
    kinds.append({ Kind::Vehicles, QT_TRANSLATE_NOOP("Kind", "Vehicles"),
        QT_TRANSLATE_NOOP("Kind", "Vehicle"), Field::Plate,
        { typed(FieldType::Plate, Field::Plate, QT_TRANSLATE_NOOP("Field", "Plate"), true, "plate"),
            choice(Field::Category, QT_TRANSLATE_NOOP("Field", "Category"), true, "category", categories,
                VehicleCategory::General),
            reference(Field::UnitId, QT_TRANSLATE_NOOP("Field", "Agency"), true, "unit_code", Kind::Units),
            text(Field::Model, QT_TRANSLATE_NOOP("Field", "Model"), false, "model"),
            ranged(
                FieldType::Integer, Field::Seats, QT_TRANSLATE_NOOP("Field", "Seats"), false, "seats", 1, 60),
            choice(Field::FuelType, QT_TRANSLATE_NOOP("Field", "Fuel"), false, "fuel_type", fuelTypes,
                QStringLiteral("gasoline")),
            text(Field::TerminalId, QT_TRANSLATE_NOOP("Field", "BeiDou terminal"), false, "terminal_id"),
            choice(Field::Status, QT_TRANSLATE_NOOP("Field", "Status"), true, "status", vehicleStatus,
                VehicleStatus::Active) } });
    kinds.append({ Kind::Drivers, QT_TRANSLATE_NOOP("Kind", "Drivers"), QT_TRANSLATE_NOOP("Kind", "Driver"),
        Field::Code,
        { text(Field::Code, QT_TRANSLATE_NOOP("Field", "Driver code"), true, "driver_code"),
            text(Field::Name, QT_TRANSLATE_NOOP("Field", "Name"), true, "name"),
            choice(Field::LicenseClass, QT_TRANSLATE_NOOP("Field", "Licence class"), false, "license_class",
                licenceClasses),
            text(Field::Phone, QT_TRANSLATE_NOOP("Field", "Phone"), false, "phone"),
            reference(Field::UnitId, QT_TRANSLATE_NOOP("Field", "Agency"), false, "unit_code", Kind::Units),
            choice(Field::Status, QT_TRANSLATE_NOOP("Field", "Status"), false, "status", driverStatus,
                DriverStatus::Active) } });
    kinds.append({ Kind::Cards, QT_TRANSLATE_NOOP("Kind", "Fuel cards"),
        QT_TRANSLATE_NOOP("Kind", "Fuel card"), Field::CardNo,
        { text(Field::CardNo, QT_TRANSLATE_NOOP("Field", "Card number"), true, "card_no"), boundPlate(),
            reference(
                Field::UnitId, QT_TRANSLATE_NOOP("Field", "Agency"), false, "unit_code", Kind::Units) } });
    kinds.append({ Kind::Stations, QT_TRANSLATE_NOOP("Kind", "Fuel stations"),
        QT_TRANSLATE_NOOP("Kind", "Fuel station"), Field::Code,
        { text(Field::Code, QT_TRANSLATE_NOOP("Field", "Station code"), true, "station_code"),
            text(Field::Name, QT_TRANSLATE_NOOP("Field", "Name"), true, "name"),
            ranged(FieldType::Real, Field::Lat, QT_TRANSLATE_NOOP("Field", "Latitude"), true, "lat", -90, 90),
            ranged(FieldType::Real, Field::Lon, QT_TRANSLATE_NOOP("Field", "Longitude"), true, "lon", -180,
                180) } });
    kinds.append({ Kind::Fences, QT_TRANSLATE_NOOP("Kind", "Geofences"),
        QT_TRANSLATE_NOOP("Kind", "Geofence"), Field::Name,
        { text(Field::Name, QT_TRANSLATE_NOOP("Field", "Name"), true, "name"),
            typed(FieldType::Geometry, Field::Geometry, QT_TRANSLATE_NOOP("Field", "Area"), true, ""),
            typed(FieldType::PlateList, Field::Plates, QT_TRANSLATE_NOOP("Field", "Limited to plates"), false,
                "") } });
    const QList<Choice> tripTypes = { { QStringLiteral("city"), QT_TRANSLATE_NOOP("Choice", "City") },
        { QStringLiteral("county"), QT_TRANSLATE_NOOP("Choice", "County") },
        { QStringLiteral("long"), QT_TRANSLATE_NOOP("Choice", "Long distance") } };
    kinds.append({ Kind::Tasks, QT_TRANSLATE_NOOP("Kind", "Dispatch orders"),
        QT_TRANSLATE_NOOP("Kind", "Dispatch order"), Field::Code,
        { text(Field::Code, QT_TRANSLATE_NOOP("Field", "Order number"), true, "task_code"),
            reference(Field::VehicleId, QT_TRANSLATE_NOOP("Field", "Vehicle"), true, "plate", Kind::Vehicles),
            reference(
                Field::DriverId, QT_TRANSLATE_NOOP("Field", "Driver"), true, "driver_code", Kind::Drivers),
            typed(FieldType::DateTime, Field::StartAt, QT_TRANSLATE_NOOP("Field", "Booked from"), true,
                "start"),
            typed(FieldType::DateTime, Field::EndAt, QT_TRANSLATE_NOOP("Field", "Booked until"), true, "end"),
            text(Field::DestName, QT_TRANSLATE_NOOP("Field", "Destination"), false, "dest_name"),
            ranged(FieldType::Real, Field::DestLat, QT_TRANSLATE_NOOP("Field", "Destination latitude"), true,
                "dest_lat", -90, 90),
            ranged(FieldType::Real, Field::DestLon, QT_TRANSLATE_NOOP("Field", "Destination longitude"), true,
                "dest_lon", -180, 180),
            ranged(FieldType::Real, Field::NavKm, QT_TRANSLATE_NOOP("Field", "Navigation km"), true, "nav_km",
                0, 5000),
            reference(Field::UnitId, QT_TRANSLATE_NOOP("Field", "Agency"), false, "unit_code", Kind::Units),
            text(Field::Purpose, QT_TRANSLATE_NOOP("Field", "Purpose"), false, "purpose"),
            choice(Field::TripType, QT_TRANSLATE_NOOP("Field", "Trip type"), false, "trip_type", tripTypes,
                QStringLiteral("city")),
            typed(FieldType::DateTime, Field::DepartedAt, QT_TRANSLATE_NOOP("Field", "Departed"), false,
                "departed_at"),
            ranged(FieldType::Real, Field::OdometerOut, QT_TRANSLATE_NOOP("Field", "Odometer out"), false,
                "odometer_out", 0, 2000000),
            typed(FieldType::DateTime, Field::ReturnedAt, QT_TRANSLATE_NOOP("Field", "Returned"), false,
                "returned_at"),
            ranged(FieldType::Real, Field::OdometerIn, QT_TRANSLATE_NOOP("Field", "Odometer in"), false,
                "odometer_in", 0, 2000000),
            // Settlement (docs/SETTLEMENT.md): the standard's price, and the dispatcher's amount with why.
            ranged(FieldType::Real, Field::ChargeYuan, QT_TRANSLATE_NOOP("Field", "Charge (yuan)"), false,
                "charge_yuan", 0, 1000000),
            ranged(FieldType::Real, Field::AdjustedYuan, QT_TRANSLATE_NOOP("Field", "Adjusted charge (yuan)"),
                false, "adjusted_yuan", 0, 1000000),
            text(Field::AdjustReason, QT_TRANSLATE_NOOP("Field", "Adjustment reason"), false,
                "adjust_reason") } });
    kinds.append({ Kind::Refuels, QT_TRANSLATE_NOOP("Kind", "Refuels"), QT_TRANSLATE_NOOP("Kind", "Refuel"),
        Field::CardId,
        { reference(Field::CardId, QT_TRANSLATE_NOOP("Field", "Fuel card"), true, "card_no", Kind::Cards),
            typed(FieldType::DateTime, Field::Time, QT_TRANSLATE_NOOP("Field", "Time"), true, "time"),
            reference(Field::StationId, QT_TRANSLATE_NOOP("Field", "Fuel station"), true, "station_code",
                Kind::Stations),
            ranged(FieldType::Real, Field::Litres, QT_TRANSLATE_NOOP("Field", "Litres"), true, "litres", 0.01,
                500),
            ranged(FieldType::Real, Field::AmountYuan, QT_TRANSLATE_NOOP("Field", "Amount (yuan)"), false,
                "amount_yuan", 0, 100000),
            ranged(FieldType::Real, Field::OdometerKm, QT_TRANSLATE_NOOP("Field", "Odometer km"), false,
                "odometer_km", 0, 2000000) },
        { Field::Time } });
    kinds.append({ Kind::Violations, QT_TRANSLATE_NOOP("Kind", "Traffic violations"),
        QT_TRANSLATE_NOOP("Kind", "Traffic violation"), Field::VehicleId,
        { reference(Field::VehicleId, QT_TRANSLATE_NOOP("Field", "Vehicle"), true, "plate", Kind::Vehicles),
            typed(FieldType::DateTime, Field::Time, QT_TRANSLATE_NOOP("Field", "Time"), true, "time"),
            text(Field::Code, QT_TRANSLATE_NOOP("Field", "Violation code"), false, "code"),
            text(Field::Description, QT_TRANSLATE_NOOP("Field", "Description"), false, "description"),
            reference(
                Field::DriverId, QT_TRANSLATE_NOOP("Field", "Driver"), false, "driver_code", Kind::Drivers) },
        { Field::Time } });
    kinds.append({ Kind::Maintenance, QT_TRANSLATE_NOOP("Kind", "Maintenance"),
        QT_TRANSLATE_NOOP("Kind", "Maintenance entry"), Field::VehicleId,
        { reference(Field::VehicleId, QT_TRANSLATE_NOOP("Field", "Vehicle"), true, "plate", Kind::Vehicles),
            typed(FieldType::Date, Field::Date, QT_TRANSLATE_NOOP("Field", "Date"), true, "date"),
            text(Field::Shop, QT_TRANSLATE_NOOP("Field", "Repair shop"), true, "shop"),
            text(Field::Items, QT_TRANSLATE_NOOP("Field", "Work done"), true, "items"),
            ranged(FieldType::Real, Field::CostYuan, QT_TRANSLATE_NOOP("Field", "Cost (yuan)"), true,
                "cost_yuan", 0, 1000000),
            ranged(FieldType::Real, Field::OdometerKm, QT_TRANSLATE_NOOP("Field", "Odometer km"), false,
                "odometer_km", 0, 2000000),
            // The designated shop the repair was done at, when it is one (the shop column keeps its name).
            reference(Field::ShopId, QT_TRANSLATE_NOOP("Field", "Designated shop"), false, "shop_code",
                Kind::Shops),
            // A stay in the shop: from `date` to this day inclusive the car is out of service (the board
            // shades it, the booking rules refuse trips on it). Empty: a repair of that day only.
            typed(FieldType::Date, Field::InShopUntil, QT_TRANSLATE_NOOP("Field", "In the shop until"), false,
                "in_shop_until") },
        { Field::Date, Field::Shop } });
    kinds.append({ Kind::Shops, QT_TRANSLATE_NOOP("Kind", "Repair shops"),
        QT_TRANSLATE_NOOP("Kind", "Repair shop"), Field::Code,
        { text(Field::Code, QT_TRANSLATE_NOOP("Field", "Shop code"), true, "shop_code"),
            text(Field::Name, QT_TRANSLATE_NOOP("Field", "Name"), true, "name"),
            text(Field::Address, QT_TRANSLATE_NOOP("Field", "Address"), false, "address"),
            ranged(
                FieldType::Real, Field::Lat, QT_TRANSLATE_NOOP("Field", "Latitude"), false, "lat", -90, 90),
            ranged(FieldType::Real, Field::Lon, QT_TRANSLATE_NOOP("Field", "Longitude"), false, "lon", -180,
                180),
            typed(FieldType::Date, Field::ContractFrom, QT_TRANSLATE_NOOP("Field", "Contract from"), false,
                "contract_from"),
            typed(FieldType::Date, Field::ContractTo, QT_TRANSLATE_NOOP("Field", "Contract until"), false,
                "contract_to") } });
    const QList<Choice> planItems = { { PlanItem::Servicing, QT_TRANSLATE_NOOP("Choice", "Servicing") },
        { PlanItem::Inspection, QT_TRANSLATE_NOOP("Choice", "Annual inspection") },
        { PlanItem::Insurance, QT_TRANSLATE_NOOP("Choice", "Insurance") } };
    // One plan per vehicle and item: due every so many km and/or months after it was last done
    // (domain/MaintenancePlans says when that is).
    kinds.append({ Kind::Plans, QT_TRANSLATE_NOOP("Kind", "Maintenance plans"),
        QT_TRANSLATE_NOOP("Kind", "Maintenance plan"), Field::VehicleId,
        { reference(Field::VehicleId, QT_TRANSLATE_NOOP("Field", "Vehicle"), true, "plate", Kind::Vehicles),
            choice(Field::Item, QT_TRANSLATE_NOOP("Field", "Item"), true, "item", planItems),
            ranged(FieldType::Real, Field::EveryKm, QT_TRANSLATE_NOOP("Field", "Every km"), false, "every_km",
                1, 1000000),
            ranged(FieldType::Integer, Field::EveryMonths, QT_TRANSLATE_NOOP("Field", "Every months"), false,
                "every_months", 1, 120),
            typed(FieldType::Date, Field::LastDate, QT_TRANSLATE_NOOP("Field", "Last done on"), false,
                "last_date"),
            ranged(FieldType::Real, Field::LastKm, QT_TRANSLATE_NOOP("Field", "Last done at km"), false,
                "last_km", 0, 2000000) },
        { Field::Item } });
    // A payment has no number of its own: agency, day, amount and the order it names (when the finance office
    // wrote one) together say which it is, so re-importing an export changes nothing (docs/SETTLEMENT.md).
    kinds.append({ Kind::Payments, QT_TRANSLATE_NOOP("Kind", "Payments"),
        QT_TRANSLATE_NOOP("Kind", "Payment"), Field::UnitId,
        { reference(Field::UnitId, QT_TRANSLATE_NOOP("Field", "Agency"), true, "unit_code", Kind::Units),
            typed(FieldType::Date, Field::PaidOn, QT_TRANSLATE_NOOP("Field", "Paid on"), true, "paid_on"),
            ranged(FieldType::Real, Field::AmountYuan, QT_TRANSLATE_NOOP("Field", "Amount (yuan)"), true,
                "amount_yuan", -10000000, 10000000),
            text(Field::Reference, QT_TRANSLATE_NOOP("Field", "Reference"), false, "reference"),
            text(Field::Note, QT_TRANSLATE_NOOP("Field", "Note"), false, "note") },
        { Field::PaidOn, Field::AmountYuan, Field::Reference } });
    const QList<Choice> requestStates
        = { { RequestState::Submitted, QT_TRANSLATE_NOOP("Choice", "Submitted") },
              { RequestState::Approved, QT_TRANSLATE_NOOP("Choice", "Approved") },
              { RequestState::Rejected, QT_TRANSLATE_NOOP("Choice", "Rejected") },
              { RequestState::Dispatched, QT_TRANSLATE_NOOP("Choice", "Dispatched") },
              { RequestState::Referred, QT_TRANSLATE_NOOP("Choice", "Referred") },
              { RequestState::Departed, QT_TRANSLATE_NOOP("Choice", "Departed") },
              { RequestState::Returned, QT_TRANSLATE_NOOP("Choice", "Returned") },
              { RequestState::Settled, QT_TRANSLATE_NOOP("Choice", "Settled") },
              { RequestState::Cancelled, QT_TRANSLATE_NOOP("Choice", "Cancelled") } };
    const QList<Choice> navSources = { { QStringLiteral("typed"), QT_TRANSLATE_NOOP("Choice", "Typed in") },
        { QStringLiteral("osrm"), QT_TRANSLATE_NOOP("Choice", "Routing service") } };
    kinds.append({ Kind::Requests, QT_TRANSLATE_NOOP("Kind", "Trip requests"),
        QT_TRANSLATE_NOOP("Kind", "Trip request"), Field::Code,
        { text(Field::Code, QT_TRANSLATE_NOOP("Field", "Request number"), true, "request_code"),
            reference(Field::UnitId, QT_TRANSLATE_NOOP("Field", "Agency"), true, "unit_code", Kind::Units),
            text(Field::Contact, QT_TRANSLATE_NOOP("Field", "Contact"), false, "contact"),
            text(Field::Phone, QT_TRANSLATE_NOOP("Field", "Phone"), false, "phone"),
            ranged(FieldType::Integer, Field::Passengers, QT_TRANSLATE_NOOP("Field", "Passengers"), true,
                "passengers", 1, 60),
            typed(FieldType::DateTime, Field::StartAt, QT_TRANSLATE_NOOP("Field", "Booked from"), true,
                "start"),
            typed(FieldType::DateTime, Field::EndAt, QT_TRANSLATE_NOOP("Field", "Booked until"), true, "end"),
            text(Field::OriginName, QT_TRANSLATE_NOOP("Field", "Origin"), false, "origin_name"),
            ranged(FieldType::Real, Field::OriginLat, QT_TRANSLATE_NOOP("Field", "Origin latitude"), false,
                "origin_lat", -90, 90),
            ranged(FieldType::Real, Field::OriginLon, QT_TRANSLATE_NOOP("Field", "Origin longitude"), false,
                "origin_lon", -180, 180),
            text(Field::DestName, QT_TRANSLATE_NOOP("Field", "Destination"), false, "dest_name"),
            ranged(FieldType::Real, Field::DestLat, QT_TRANSLATE_NOOP("Field", "Destination latitude"), true,
                "dest_lat", -90, 90),
            ranged(FieldType::Real, Field::DestLon, QT_TRANSLATE_NOOP("Field", "Destination longitude"), true,
                "dest_lon", -180, 180),
            text(Field::Purpose, QT_TRANSLATE_NOOP("Field", "Purpose"), false, "purpose"),
            choice(Field::TripType, QT_TRANSLATE_NOOP("Field", "Trip type"), false, "trip_type", tripTypes,
                QStringLiteral("city")),
            ranged(FieldType::Real, Field::NavKm, QT_TRANSLATE_NOOP("Field", "Navigation km"), false,
                "nav_km", 0, 5000),
            choice(Field::NavSource, QT_TRANSLATE_NOOP("Field", "Navigation km from"), false, "nav_source",
                navSources, QStringLiteral("typed")),
            choice(Field::Status, QT_TRANSLATE_NOOP("Field", "Status"), true, "status", requestStates,
                RequestState::Submitted),
            text(Field::StatusReason, QT_TRANSLATE_NOOP("Field", "Reason"), false, "status_reason"),
            reference(
                Field::TaskId, QT_TRANSLATE_NOOP("Field", "Dispatch order"), false, "task_code", Kind::Tasks),
            // Referral (报备) to a social platform; kept when the request is later settled or cancelled.
            text(Field::ReferralProvider, QT_TRANSLATE_NOOP("Field", "Referred to"), false,
                "referral_provider"),
            text(Field::ReferralReason, QT_TRANSLATE_NOOP("Field", "Referral reason"), false,
                "referral_reason"),
            typed(FieldType::DateTime, Field::ReferredAt, QT_TRANSLATE_NOOP("Field", "Referred at"), false,
                "referred_at"),
            text(Field::ReferredBy, QT_TRANSLATE_NOOP("Field", "Referred by"), false, "referred_by") } });
    // 12345 hotline complaints: the plate as the caller gave it (any plate, official or not, so a plate
    // outside the registry is kept and shown as unmatched), where and when the car was seen.
    kinds.append({ Kind::Complaints, QT_TRANSLATE_NOOP("Kind", "Public complaints"),
        QT_TRANSLATE_NOOP("Kind", "Public complaint"), Field::Code,
        { text(Field::Code, QT_TRANSLATE_NOOP("Field", "Complaint number"), true, "complaint_no"),
            typed(FieldType::DateTime, Field::ReceivedAt, QT_TRANSLATE_NOOP("Field", "Received"), true,
                "received"),
            text(Field::Account, QT_TRANSLATE_NOOP("Field", "Caller's account"), true, "account"),
            typed(FieldType::Plate, Field::Plate, QT_TRANSLATE_NOOP("Field", "Plate"), false, "plate"),
            text(Field::Place, QT_TRANSLATE_NOOP("Field", "Place"), false, "place"),
            typed(
                FieldType::DateTime, Field::SeenAt, QT_TRANSLATE_NOOP("Field", "Seen at"), false, "seen_at"),
            ranged(
                FieldType::Real, Field::Lat, QT_TRANSLATE_NOOP("Field", "Latitude"), false, "lat", -90, 90),
            ranged(FieldType::Real, Field::Lon, QT_TRANSLATE_NOOP("Field", "Longitude"), false, "lon", -180,
                180) } });
    return kinds;
}

} // namespace

namespace RecordSchema {

const QList<RecordKind> &kinds()
{
    static const QList<RecordKind> all = buildKinds();
    return all;
}

const RecordKind *kind(const QString &id)
{
    for (const RecordKind &k : kinds()) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

QList<QPair<const RecordKind *, const FieldSpec *>> referencesTo(const QString &kindId)
{
    QList<QPair<const RecordKind *, const FieldSpec *>> result;
    for (const RecordKind &k : kinds()) {
        for (const FieldSpec &f : k.fields) {
            if (f.refKind == kindId)
                result.append({ &k, &f });
        }
    }
    return result;
}

} // namespace RecordSchema
