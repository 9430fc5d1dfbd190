#include "interchange/taskbookings.h"
#include "base/timeparse.h"
#include "domain/bookingrules.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QHash>
#include <QSet>

namespace {

qint64 msOf(const Record &r, const QString &field)
{
    return TimeParse::parseMs(r.text(field)).value_or(0);
}

// Bookings per car or driver id: the stored ones (index -1) and the file's (their index).
struct Held
{
    BookingWindow window;
    int index = -1;
};

} // namespace

QList<TaskBookings::Clash> TaskBookings::clashes(const RecordStore &store, const QList<Record> &tasks)
{
    QSet<QString> fileCodes;
    for (const Record &t : tasks)
        fileCodes.insert(t.text(Field::Code));
    QHash<QString, QList<Held>> byVehicle, byDriver;
    auto hold = [&](const Record &t, int index) {
        const Held h { { t.text(Field::Code), msOf(t, Field::StartAt), msOf(t, Field::EndAt) }, index };
        byVehicle[t.text(Field::VehicleId)] << h;
        if (!t.text(Field::DriverId).isEmpty())
            byDriver[t.text(Field::DriverId)] << h;
    };
    for (const Record &stored : store.records(Kind::Tasks)) {
        if (!fileCodes.contains(stored.text(Field::Code)))
            hold(stored, -1);
    }
    for (int i = 0; i < tasks.size(); ++i)
        hold(tasks.at(i), i);

    QHash<QString, QString> names; // id -> plate or driver code
    auto name = [&](const QString &kind, const QString &id, const QString &keyField) {
        auto it = names.constFind(id);
        if (it == names.constEnd()) {
            const std::optional<Record> r = store.record(kind, id);
            it = names.insert(id, r ? r->text(keyField) : id);
        }
        return *it;
    };
    // Earlier rows and stored orders only: a pair of rows is reported once, on the later one.
    auto before = [](const QList<Held> &all, int index) {
        QList<BookingWindow> out;
        for (const Held &h : all) {
            if (h.index < index)
                out << h.window;
        }
        return out;
    };
    QList<Clash> result;
    for (int i = 0; i < tasks.size(); ++i) {
        const Record &t = tasks.at(i);
        BookingFacts facts;
        facts.plate = name(Kind::Vehicles, t.text(Field::VehicleId), Field::Plate);
        facts.driverCode = name(Kind::Drivers, t.text(Field::DriverId), Field::Code);
        facts.vehicleBookings = before(byVehicle.value(t.text(Field::VehicleId)), i);
        if (!t.text(Field::DriverId).isEmpty())
            facts.driverBookings = before(byDriver.value(t.text(Field::DriverId)), i);
        const BookingRequest window { msOf(t, Field::StartAt), msOf(t, Field::EndAt), 0 };
        for (const BookingConflict &c : BookingRules::check(facts, window)) {
            if (c.kind != BookingConflict::Kind::VehicleBooked
                && c.kind != BookingConflict::Kind::DriverBooked)
                continue;
            result.append({ i, c.kind == BookingConflict::Kind::DriverBooked,
                tr("dispatch order %1: %2").arg(t.text(Field::Code), c.message) });
        }
    }
    return result;
}
