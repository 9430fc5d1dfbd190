#include "domain/dispatchorder.h"
#include "base/timeparse.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

namespace {

std::optional<double> realOf(const Record &r, const QString &field)
{
    const QVariant v = r.value(field);
    bool ok = false;
    const double d = v.toDouble(&ok);
    return !v.isNull() && v.isValid() && ok && !v.toString().isEmpty() ? std::optional<double>(d)
                                                                       : std::nullopt;
}

std::optional<qint64> timeOf(const Record &r, const QString &field)
{
    return TimeParse::parseMs(r.text(field));
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
    const std::optional<Record> task = store.findByKey(Kind::Tasks, taskCode);
    if (!task || task->deleted) {
        o.error = tr("dispatch order %1 does not exist").arg(taskCode);
        return o;
    }
    const RecordKind &tasks = *RecordSchema::kind(Kind::Tasks);
    o.taskCode = task->text(Field::Code);
    o.startMs = timeOf(*task, Field::StartAt).value_or(0);
    o.endMs = timeOf(*task, Field::EndAt).value_or(0);
    o.destName = task->text(Field::DestName);
    o.purpose = task->text(Field::Purpose);
    o.tripType = task->text(Field::TripType);
    o.navKm = realOf(*task, Field::NavKm);
    o.departedMs = timeOf(*task, Field::DepartedAt);
    o.odometerOut = realOf(*task, Field::OdometerOut);
    o.returnedMs = timeOf(*task, Field::ReturnedAt);
    o.odometerIn = realOf(*task, Field::OdometerIn);

    QString unitId = task->text(Field::UnitId);
    const QList<Record> requests = store.recordsWhere(Kind::Requests, Field::TaskId, task->id);
    if (!requests.isEmpty()) {
        // The request says more than the order: who asked, how many, from where, and where nav_km came from.
        const Record &r = requests.first();
        o.requestCode = r.text(Field::Code);
        o.contact = r.text(Field::Contact);
        o.phone = r.text(Field::Phone);
        o.passengers = r.value(Field::Passengers).toInt();
        o.originName = r.text(Field::OriginName);
        o.navSource = r.text(Field::NavSource);
        if (o.purpose.isEmpty())
            o.purpose = r.text(Field::Purpose);
        if (o.tripType.isEmpty())
            o.tripType = r.text(Field::TripType);
        if (o.destName.isEmpty())
            o.destName = r.text(Field::DestName);
        if (unitId.isEmpty())
            unitId = r.text(Field::UnitId);
    }
    o.tripTypeLabel
        = o.tripType.isEmpty() ? QString() : tasks.field(Field::TripType)->choiceLabel(o.tripType);
    if (const std::optional<Record> unit = store.record(Kind::Units, unitId)) {
        o.unitCode = unit->text(Field::Code);
        o.unitName = unit->text(Field::Name);
    }
    if (const std::optional<Record> vehicle = store.record(Kind::Vehicles, task->text(Field::VehicleId))) {
        o.plate = vehicle->text(Field::Plate);
        o.vehicleModel = vehicle->text(Field::Model);
        o.seats = vehicle->value(Field::Seats).toInt();
    }
    if (const std::optional<Record> driver = store.record(Kind::Drivers, task->text(Field::DriverId))) {
        o.driverName = driver->text(Field::Name);
        o.driverCode = driver->text(Field::Code);
        o.driverPhone = driver->text(Field::Phone);
        o.licenceClass = driver->text(Field::LicenseClass);
    }
    o.ok = true;
    return o;
}
