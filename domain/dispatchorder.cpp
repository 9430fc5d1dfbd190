#include "domain/dispatchorder.h"
#include "base/timeparse.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

namespace {

std::optional<double> realOf(const Record &r, const char *field)
{
    const QVariant v = r.value(QLatin1String(field));
    bool ok = false;
    const double d = v.toDouble(&ok);
    return !v.isNull() && v.isValid() && ok && !v.toString().isEmpty() ? std::optional<double>(d)
                                                                       : std::nullopt;
}

std::optional<qint64> timeOf(const Record &r, const char *field)
{
    return TimeParse::parseMs(r.text(QLatin1String(field)));
}

} // namespace

std::optional<double> DispatchOrder::kmDriven() const
{
    if (!odometerOut || !odometerIn)
        return std::nullopt;
    return *odometerIn - *odometerOut;
}

DispatchOrder DispatchOrder::load(const RecordStore &store, const QString &taskCode)
{
    DispatchOrder o;
    const std::optional<Record> task = store.findByKey(QStringLiteral("tasks"), taskCode);
    if (!task || task->deleted) {
        o.error = tr("dispatch order %1 does not exist").arg(taskCode);
        return o;
    }
    const RecordKind &tasks = *RecordSchema::kind(QStringLiteral("tasks"));
    o.taskCode = task->text(QStringLiteral("code"));
    o.startMs = timeOf(*task, "start_at").value_or(0);
    o.endMs = timeOf(*task, "end_at").value_or(0);
    o.destName = task->text(QStringLiteral("dest_name"));
    o.purpose = task->text(QStringLiteral("purpose"));
    o.tripType = task->text(QStringLiteral("trip_type"));
    o.navKm = realOf(*task, "nav_km");
    o.departedMs = timeOf(*task, "departed_at");
    o.odometerOut = realOf(*task, "odometer_out");
    o.returnedMs = timeOf(*task, "returned_at");
    o.odometerIn = realOf(*task, "odometer_in");

    QString unitId = task->text(QStringLiteral("unit_id"));
    const QList<Record> requests
        = store.recordsWhere(QStringLiteral("requests"), QStringLiteral("task_id"), task->id);
    if (!requests.isEmpty()) {
        // The request says more than the order: who asked, how many, from where, and where nav_km came from.
        const Record &r = requests.first();
        o.requestCode = r.text(QStringLiteral("code"));
        o.contact = r.text(QStringLiteral("contact"));
        o.phone = r.text(QStringLiteral("phone"));
        o.passengers = r.value(QStringLiteral("passengers")).toInt();
        o.originName = r.text(QStringLiteral("origin_name"));
        o.navSource = r.text(QStringLiteral("nav_source"));
        if (o.purpose.isEmpty())
            o.purpose = r.text(QStringLiteral("purpose"));
        if (o.tripType.isEmpty())
            o.tripType = r.text(QStringLiteral("trip_type"));
        if (o.destName.isEmpty())
            o.destName = r.text(QStringLiteral("dest_name"));
        if (unitId.isEmpty())
            unitId = r.text(QStringLiteral("unit_id"));
    }
    o.tripTypeLabel = o.tripType.isEmpty()
        ? QString()
        : tasks.field(QStringLiteral("trip_type"))->choiceLabel(o.tripType);
    if (const std::optional<Record> unit = store.record(QStringLiteral("units"), unitId)) {
        o.unitCode = unit->text(QStringLiteral("code"));
        o.unitName = unit->text(QStringLiteral("name"));
    }
    if (const std::optional<Record> vehicle
        = store.record(QStringLiteral("vehicles"), task->text(QStringLiteral("vehicle_id")))) {
        o.plate = vehicle->text(QStringLiteral("plate"));
        o.vehicleModel = vehicle->text(QStringLiteral("model"));
        o.seats = vehicle->value(QStringLiteral("seats")).toInt();
    }
    if (const std::optional<Record> driver
        = store.record(QStringLiteral("drivers"), task->text(QStringLiteral("driver_id")))) {
        o.driverName = driver->text(QStringLiteral("name"));
        o.driverCode = driver->text(QStringLiteral("code"));
        o.driverPhone = driver->text(QStringLiteral("phone"));
        o.licenceClass = driver->text(QStringLiteral("license_class"));
    }
    o.ok = true;
    return o;
}
