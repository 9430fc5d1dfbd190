#include "domain/dispatchboarddata.h"
#include "base/timeparse.h"
#include "domain/shopstays.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QSqlQuery>
#include <algorithm>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

int categoryRank(const QString &category)
{
    static const QStringList order
        = { VehicleCategory::Emergency, VehicleCategory::Enforcement, VehicleCategory::General };
    const int i = order.indexOf(category);
    return i < 0 ? order.size() : i;
}

} // namespace

BoardBar::State DispatchBoardData::stateOf(const QString &requestStatus, bool departed, bool returned)
{
    if (requestStatus == RequestState::Settled)
        return BoardBar::State::Settled;
    if (returned || requestStatus == RequestState::Returned)
        return BoardBar::State::Returned;
    if (departed || requestStatus == RequestState::Departed)
        return BoardBar::State::Departed;
    if (requestStatus == RequestState::Dispatched)
        return BoardBar::State::Dispatched;
    return BoardBar::State::Order;
}

QString DispatchBoardData::stateLabel(BoardBar::State state)
{
    switch (state) {
    case BoardBar::State::Dispatched:
        return tr("Dispatched");
    case BoardBar::State::Departed:
        return tr("On the road");
    case BoardBar::State::Returned:
        return tr("Returned");
    case BoardBar::State::Settled:
        return tr("Settled");
    case BoardBar::State::Order:
        break;
    }
    return tr("Order without request");
}

QString DispatchBoardData::categoryLabel(const QString &category)
{
    const FieldSpec *field = RecordSchema::kind(Kind::Vehicles)->field(QStringLiteral("category"));
    for (const Choice &c : field->choices) {
        if (c.value == category)
            return QCoreApplication::translate("Choice", c.label);
    }
    return category;
}

DispatchBoardData DispatchBoardData::load(const RecordStore &store, qint64 fromMs, qint64 toMs)
{
    DispatchBoardData data;
    data.fromMs = fromMs;
    data.toMs = toMs;
    const QSqlDatabase db = store.database();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT v.id, v.plate, v.model, v.category, v.unit_id, u.name, v.status, v.seats "
                          "FROM vehicles v LEFT JOIN units u ON u.id = v.unit_id WHERE v.deleted = 0"));
    while (q.next()) {
        data.vehicles.append(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt() });
    }
    std::sort(data.vehicles.begin(), data.vehicles.end(), [](const BoardVehicle &a, const BoardVehicle &b) {
        const int ca = categoryRank(a.category), cb = categoryRank(b.category);
        if (ca != cb)
            return ca < cb;
        if (a.unitName != b.unitName)
            return a.unitName.localeAwareCompare(b.unitName) < 0;
        return a.plate < b.plate;
    });

    // Stored times are UTC ISO strings of one format, so they compare as text and the index on start_at
    // serves the range.
    const QString from = TimeParse::toUtcIso(fromMs), to = TimeParse::toUtcIso(toMs);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.code, r.code, t.vehicle_id, t.driver_id, d.name, t.dest_name, t.start_at, "
        "t.end_at, r.status, t.departed_at IS NOT NULL, t.returned_at IS NOT NULL "
        "FROM tasks t LEFT JOIN drivers d ON d.id = t.driver_id "
        "LEFT JOIN requests r ON r.task_id = t.id AND r.deleted = 0 "
        "WHERE t.deleted = 0 AND t.start_at < ? AND t.end_at > ?"));
    q.addBindValue(to);
    q.addBindValue(from);
    q.exec();
    while (q.next()) {
        BoardBar bar;
        bar.taskId = q.value(0).toString();
        bar.taskCode = q.value(1).toString();
        bar.requestCode = q.value(2).toString();
        bar.vehicleId = q.value(3).toString();
        bar.driverId = q.value(4).toString();
        bar.driverName = q.value(5).toString();
        bar.destName = q.value(6).toString();
        bar.startMs = TimeParse::parseMs(q.value(7).toString()).value_or(0);
        bar.endMs = TimeParse::parseMs(q.value(8).toString()).value_or(0);
        bar.state = stateOf(q.value(9).toString(), q.value(10).toBool(), q.value(11).toBool());
        data.bars.append(bar);
    }
    std::sort(data.bars.begin(), data.bars.end(), [](const BoardBar &a, const BoardBar &b) {
        return a.vehicleId != b.vehicleId ? a.vehicleId < b.vehicleId : a.startMs < b.startMs;
    });

    // A maintenance entry is dated, not timed: the car is taken as out for that Beijing day. One booked
    // into the shop (in_shop_until) is out from its date to that day inclusive, read as the booking rules
    // read it.
    const QString fromDay = TimeParse::toBeijingIso(fromMs).left(10);
    const QString toDay = TimeParse::toBeijingIso(toMs).left(10);
    q.prepare(
        QStringLiteral("SELECT vehicle_id, date, shop, items FROM maintenance "
                       "WHERE deleted = 0 AND IFNULL(in_shop_until, '') = '' AND date >= ? AND date <= ?"));
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    q.exec();
    while (q.next()) {
        const std::optional<qint64> midnight = TimeParse::parseDateMs(q.value(1).toString());
        if (!midnight)
            continue;
        data.shades.append({ q.value(0).toString(), *midnight, *midnight + kDayMs,
            QStringLiteral("%1 · %2").arg(q.value(2).toString(), q.value(3).toString()) });
    }
    for (const ShopStay &stay : ShopStays::load(store, fromMs, toMs))
        data.shades.append({ stay.vehicleId, stay.startMs, stay.endMs,
            QStringLiteral("%1 · %2").arg(stay.shop, stay.items), true });
    return data;
}
