#include "store/recordschema.h"

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

namespace {

FieldSpec text(const char *name, const char *label, bool required, const char *csv)
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.label = label;
    f.required = required;
    f.csvColumn = QLatin1String(csv);
    return f;
}

FieldSpec typed(FieldType type, const char *name, const char *label, bool required, const char *csv)
{
    FieldSpec f = text(name, label, required, csv);
    f.type = type;
    return f;
}

FieldSpec ranged(FieldType type, const char *name, const char *label, bool required, const char *csv,
    double minimum, double maximum)
{
    FieldSpec f = typed(type, name, label, required, csv);
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

FieldSpec choice(const char *name, const char *label, bool required, const char *csv, QList<Choice> choices,
    const char *defaultValue = "")
{
    FieldSpec f = typed(FieldType::Choice, name, label, required, csv);
    f.choices = std::move(choices);
    f.defaultValue = QLatin1String(defaultValue);
    return f;
}

FieldSpec reference(const char *name, const char *label, bool required, const char *csv, const char *kind)
{
    FieldSpec f = typed(FieldType::Reference, name, label, required, csv);
    f.refKind = QLatin1String(kind);
    return f;
}

// A card names its car by plate rather than by id, so that a card bound to a car outside the registry can
// exist (and be flagged); the plate still counts as a reference when a vehicle is removed.
FieldSpec boundPlate()
{
    FieldSpec f = typed(FieldType::Plate, "plate", QT_TRANSLATE_NOOP("Field", "Bound plate"), true, "plate");
    f.refKind = QStringLiteral("vehicles");
    return f;
}

QList<RecordKind> buildKinds()
{
    const QList<Choice> categories
        = { { QStringLiteral("emergency"), QT_TRANSLATE_NOOP("Choice", "Emergency") },
              { QStringLiteral("enforcement"), QT_TRANSLATE_NOOP("Choice", "Law enforcement") },
              { QStringLiteral("general"), QT_TRANSLATE_NOOP("Choice", "General") } };
    const QList<Choice> vehicleStatus
        = { { QStringLiteral("active"), QT_TRANSLATE_NOOP("Choice", "In service") },
              { QStringLiteral("maintenance"), QT_TRANSLATE_NOOP("Choice", "In maintenance") },
              { QStringLiteral("retired"), QT_TRANSLATE_NOOP("Choice", "Retired") } };
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
    const QList<Choice> driverStatus = { { QStringLiteral("active"), QT_TRANSLATE_NOOP("Choice", "On duty") },
        { QStringLiteral("inactive"), QT_TRANSLATE_NOOP("Choice", "Off duty") } };

    QList<RecordKind> kinds;
    kinds.append({ QStringLiteral("units"), QT_TRANSLATE_NOOP("Kind", "Agencies"),
        QT_TRANSLATE_NOOP("Kind", "Agency"), QStringLiteral("code"),
        { text("code", QT_TRANSLATE_NOOP("Field", "Agency code"), true, "unit_code"),
            text("name", QT_TRANSLATE_NOOP("Field", "Name"), true, "name") } });
    kinds.append({ QStringLiteral("vehicles"), QT_TRANSLATE_NOOP("Kind", "Vehicles"),
        QT_TRANSLATE_NOOP("Kind", "Vehicle"), QStringLiteral("plate"),
        { typed(FieldType::Plate, "plate", QT_TRANSLATE_NOOP("Field", "Plate"), true, "plate"),
            choice(
                "category", QT_TRANSLATE_NOOP("Field", "Category"), true, "category", categories, "general"),
            reference("unit_id", QT_TRANSLATE_NOOP("Field", "Agency"), true, "unit_code", "units"),
            text("model", QT_TRANSLATE_NOOP("Field", "Model"), false, "model"),
            ranged(FieldType::Integer, "seats", QT_TRANSLATE_NOOP("Field", "Seats"), false, "seats", 1, 60),
            choice(
                "fuel_type", QT_TRANSLATE_NOOP("Field", "Fuel"), false, "fuel_type", fuelTypes, "gasoline"),
            text("terminal_id", QT_TRANSLATE_NOOP("Field", "BeiDou terminal"), false, "terminal_id"),
            choice(
                "status", QT_TRANSLATE_NOOP("Field", "Status"), true, "status", vehicleStatus, "active") } });
    kinds.append({ QStringLiteral("drivers"), QT_TRANSLATE_NOOP("Kind", "Drivers"),
        QT_TRANSLATE_NOOP("Kind", "Driver"), QStringLiteral("code"),
        { text("code", QT_TRANSLATE_NOOP("Field", "Driver code"), true, "driver_code"),
            text("name", QT_TRANSLATE_NOOP("Field", "Name"), true, "name"),
            choice("license_class", QT_TRANSLATE_NOOP("Field", "Licence class"), false, "license_class",
                licenceClasses),
            text("phone", QT_TRANSLATE_NOOP("Field", "Phone"), false, "phone"),
            reference("unit_id", QT_TRANSLATE_NOOP("Field", "Agency"), false, "unit_code", "units"),
            choice(
                "status", QT_TRANSLATE_NOOP("Field", "Status"), false, "status", driverStatus, "active") } });
    kinds.append({ QStringLiteral("cards"), QT_TRANSLATE_NOOP("Kind", "Fuel cards"),
        QT_TRANSLATE_NOOP("Kind", "Fuel card"), QStringLiteral("card_no"),
        { text("card_no", QT_TRANSLATE_NOOP("Field", "Card number"), true, "card_no"), boundPlate(),
            reference("unit_id", QT_TRANSLATE_NOOP("Field", "Agency"), false, "unit_code", "units") } });
    kinds.append({ QStringLiteral("stations"), QT_TRANSLATE_NOOP("Kind", "Fuel stations"),
        QT_TRANSLATE_NOOP("Kind", "Fuel station"), QStringLiteral("code"),
        { text("code", QT_TRANSLATE_NOOP("Field", "Station code"), true, "station_code"),
            text("name", QT_TRANSLATE_NOOP("Field", "Name"), true, "name"),
            ranged(FieldType::Real, "lat", QT_TRANSLATE_NOOP("Field", "Latitude"), true, "lat", -90, 90),
            ranged(
                FieldType::Real, "lon", QT_TRANSLATE_NOOP("Field", "Longitude"), true, "lon", -180, 180) } });
    kinds.append({ QStringLiteral("fences"), QT_TRANSLATE_NOOP("Kind", "Geofences"),
        QT_TRANSLATE_NOOP("Kind", "Geofence"), QStringLiteral("name"),
        { text("name", QT_TRANSLATE_NOOP("Field", "Name"), true, "name"),
            typed(FieldType::Geometry, "geometry", QT_TRANSLATE_NOOP("Field", "Area"), true, ""),
            typed(FieldType::PlateList, "plates", QT_TRANSLATE_NOOP("Field", "Limited to plates"), false,
                "") } });
    const QList<Choice> tripTypes = { { QStringLiteral("city"), QT_TRANSLATE_NOOP("Choice", "City") },
        { QStringLiteral("county"), QT_TRANSLATE_NOOP("Choice", "County") },
        { QStringLiteral("long"), QT_TRANSLATE_NOOP("Choice", "Long distance") } };
    kinds.append({ QStringLiteral("tasks"), QT_TRANSLATE_NOOP("Kind", "Dispatch orders"),
        QT_TRANSLATE_NOOP("Kind", "Dispatch order"), QStringLiteral("code"),
        { text("code", QT_TRANSLATE_NOOP("Field", "Order number"), true, "task_code"),
            reference("vehicle_id", QT_TRANSLATE_NOOP("Field", "Vehicle"), true, "plate", "vehicles"),
            reference("driver_id", QT_TRANSLATE_NOOP("Field", "Driver"), true, "driver_code", "drivers"),
            typed(FieldType::DateTime, "start_at", QT_TRANSLATE_NOOP("Field", "Booked from"), true, "start"),
            typed(FieldType::DateTime, "end_at", QT_TRANSLATE_NOOP("Field", "Booked until"), true, "end"),
            text("dest_name", QT_TRANSLATE_NOOP("Field", "Destination"), false, "dest_name"),
            ranged(FieldType::Real, "dest_lat", QT_TRANSLATE_NOOP("Field", "Destination latitude"), true,
                "dest_lat", -90, 90),
            ranged(FieldType::Real, "dest_lon", QT_TRANSLATE_NOOP("Field", "Destination longitude"), true,
                "dest_lon", -180, 180),
            ranged(FieldType::Real, "nav_km", QT_TRANSLATE_NOOP("Field", "Navigation km"), true, "nav_km", 0,
                5000),
            reference("unit_id", QT_TRANSLATE_NOOP("Field", "Agency"), false, "unit_code", "units"),
            text("purpose", QT_TRANSLATE_NOOP("Field", "Purpose"), false, "purpose"),
            choice(
                "trip_type", QT_TRANSLATE_NOOP("Field", "Trip type"), false, "trip_type", tripTypes, "city"),
            typed(FieldType::DateTime, "departed_at", QT_TRANSLATE_NOOP("Field", "Departed"), false,
                "departed_at"),
            ranged(FieldType::Real, "odometer_out", QT_TRANSLATE_NOOP("Field", "Odometer out"), false,
                "odometer_out", 0, 2000000),
            typed(FieldType::DateTime, "returned_at", QT_TRANSLATE_NOOP("Field", "Returned"), false,
                "returned_at"),
            ranged(FieldType::Real, "odometer_in", QT_TRANSLATE_NOOP("Field", "Odometer in"), false,
                "odometer_in", 0, 2000000) } });
    kinds.append({ QStringLiteral("refuels"), QT_TRANSLATE_NOOP("Kind", "Refuels"),
        QT_TRANSLATE_NOOP("Kind", "Refuel"), QStringLiteral("card_id"),
        { reference("card_id", QT_TRANSLATE_NOOP("Field", "Fuel card"), true, "card_no", "cards"),
            typed(FieldType::DateTime, "time", QT_TRANSLATE_NOOP("Field", "Time"), true, "time"),
            reference(
                "station_id", QT_TRANSLATE_NOOP("Field", "Fuel station"), true, "station_code", "stations"),
            ranged(
                FieldType::Real, "litres", QT_TRANSLATE_NOOP("Field", "Litres"), true, "litres", 0.01, 500),
            ranged(FieldType::Real, "amount_yuan", QT_TRANSLATE_NOOP("Field", "Amount (yuan)"), false,
                "amount_yuan", 0, 100000),
            ranged(FieldType::Real, "odometer_km", QT_TRANSLATE_NOOP("Field", "Odometer km"), false,
                "odometer_km", 0, 2000000) },
        { QStringLiteral("time") } });
    kinds.append({ QStringLiteral("violations"), QT_TRANSLATE_NOOP("Kind", "Traffic violations"),
        QT_TRANSLATE_NOOP("Kind", "Traffic violation"), QStringLiteral("vehicle_id"),
        { reference("vehicle_id", QT_TRANSLATE_NOOP("Field", "Vehicle"), true, "plate", "vehicles"),
            typed(FieldType::DateTime, "time", QT_TRANSLATE_NOOP("Field", "Time"), true, "time"),
            text("code", QT_TRANSLATE_NOOP("Field", "Violation code"), false, "code"),
            text("description", QT_TRANSLATE_NOOP("Field", "Description"), false, "description"),
            reference("driver_id", QT_TRANSLATE_NOOP("Field", "Driver"), false, "driver_code", "drivers") },
        { QStringLiteral("time") } });
    kinds.append({ QStringLiteral("maintenance"), QT_TRANSLATE_NOOP("Kind", "Maintenance"),
        QT_TRANSLATE_NOOP("Kind", "Maintenance entry"), QStringLiteral("vehicle_id"),
        { reference("vehicle_id", QT_TRANSLATE_NOOP("Field", "Vehicle"), true, "plate", "vehicles"),
            typed(FieldType::Date, "date", QT_TRANSLATE_NOOP("Field", "Date"), true, "date"),
            text("shop", QT_TRANSLATE_NOOP("Field", "Repair shop"), true, "shop"),
            text("items", QT_TRANSLATE_NOOP("Field", "Work done"), true, "items"),
            ranged(FieldType::Real, "cost_yuan", QT_TRANSLATE_NOOP("Field", "Cost (yuan)"), true, "cost_yuan",
                0, 1000000),
            ranged(FieldType::Real, "odometer_km", QT_TRANSLATE_NOOP("Field", "Odometer km"), false,
                "odometer_km", 0, 2000000) },
        { QStringLiteral("date"), QStringLiteral("shop") } });
    const QList<Choice> requestStates
        = { { QStringLiteral("submitted"), QT_TRANSLATE_NOOP("Choice", "Submitted") },
              { QStringLiteral("approved"), QT_TRANSLATE_NOOP("Choice", "Approved") },
              { QStringLiteral("rejected"), QT_TRANSLATE_NOOP("Choice", "Rejected") },
              { QStringLiteral("dispatched"), QT_TRANSLATE_NOOP("Choice", "Dispatched") },
              { QStringLiteral("referred"), QT_TRANSLATE_NOOP("Choice", "Referred") },
              { QStringLiteral("departed"), QT_TRANSLATE_NOOP("Choice", "Departed") },
              { QStringLiteral("returned"), QT_TRANSLATE_NOOP("Choice", "Returned") },
              { QStringLiteral("settled"), QT_TRANSLATE_NOOP("Choice", "Settled") },
              { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Choice", "Cancelled") } };
    const QList<Choice> navSources = { { QStringLiteral("typed"), QT_TRANSLATE_NOOP("Choice", "Typed in") },
        { QStringLiteral("osrm"), QT_TRANSLATE_NOOP("Choice", "Routing service") } };
    kinds.append({ QStringLiteral("requests"), QT_TRANSLATE_NOOP("Kind", "Trip requests"),
        QT_TRANSLATE_NOOP("Kind", "Trip request"), QStringLiteral("code"),
        { text("code", QT_TRANSLATE_NOOP("Field", "Request number"), true, "request_code"),
            reference("unit_id", QT_TRANSLATE_NOOP("Field", "Agency"), true, "unit_code", "units"),
            text("contact", QT_TRANSLATE_NOOP("Field", "Contact"), false, "contact"),
            text("phone", QT_TRANSLATE_NOOP("Field", "Phone"), false, "phone"),
            ranged(FieldType::Integer, "passengers", QT_TRANSLATE_NOOP("Field", "Passengers"), true,
                "passengers", 1, 60),
            typed(FieldType::DateTime, "start_at", QT_TRANSLATE_NOOP("Field", "Booked from"), true, "start"),
            typed(FieldType::DateTime, "end_at", QT_TRANSLATE_NOOP("Field", "Booked until"), true, "end"),
            text("origin_name", QT_TRANSLATE_NOOP("Field", "Origin"), false, "origin_name"),
            ranged(FieldType::Real, "origin_lat", QT_TRANSLATE_NOOP("Field", "Origin latitude"), false,
                "origin_lat", -90, 90),
            ranged(FieldType::Real, "origin_lon", QT_TRANSLATE_NOOP("Field", "Origin longitude"), false,
                "origin_lon", -180, 180),
            text("dest_name", QT_TRANSLATE_NOOP("Field", "Destination"), false, "dest_name"),
            ranged(FieldType::Real, "dest_lat", QT_TRANSLATE_NOOP("Field", "Destination latitude"), true,
                "dest_lat", -90, 90),
            ranged(FieldType::Real, "dest_lon", QT_TRANSLATE_NOOP("Field", "Destination longitude"), true,
                "dest_lon", -180, 180),
            text("purpose", QT_TRANSLATE_NOOP("Field", "Purpose"), false, "purpose"),
            choice(
                "trip_type", QT_TRANSLATE_NOOP("Field", "Trip type"), false, "trip_type", tripTypes, "city"),
            ranged(FieldType::Real, "nav_km", QT_TRANSLATE_NOOP("Field", "Navigation km"), false, "nav_km", 0,
                5000),
            choice("nav_source", QT_TRANSLATE_NOOP("Field", "Navigation km from"), false, "nav_source",
                navSources, "typed"),
            choice(
                "status", QT_TRANSLATE_NOOP("Field", "Status"), true, "status", requestStates, "submitted"),
            text("status_reason", QT_TRANSLATE_NOOP("Field", "Reason"), false, "status_reason"),
            reference("task_id", QT_TRANSLATE_NOOP("Field", "Dispatch order"), false, "task_code", "tasks"),
            // Referral (报备) to a social platform; kept when the request is later settled or cancelled.
            text("referral_provider", QT_TRANSLATE_NOOP("Field", "Referred to"), false, "referral_provider"),
            text("referral_reason", QT_TRANSLATE_NOOP("Field", "Referral reason"), false, "referral_reason"),
            typed(FieldType::DateTime, "referred_at", QT_TRANSLATE_NOOP("Field", "Referred at"), false,
                "referred_at"),
            text("referred_by", QT_TRANSLATE_NOOP("Field", "Referred by"), false, "referred_by") } });
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
