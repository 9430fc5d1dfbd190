#include "domain/supervisionprintdata.h"
#include "base/timeparse.h"
#include "domain/complaintmatcher.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

std::optional<SupervisionPrintData> SupervisionPrintData::load(
    RecordStore &store, const QString &number, int deadlineDays, QString *error)
{
    const std::optional<SupervisionOrder> order = SupervisionStore(store.database()).find(number);
    if (!order) {
        if (error)
            *error = SupervisionPrintText::tr("no supervision order %1").arg(number);
        return std::nullopt;
    }
    SupervisionPrintData p;
    p.order = *order;
    p.deadlineDays = SupervisionPrintText::tr("%n working day(s)", nullptr, deadlineDays);

    QString vehicleId;
    qint64 fromMs = 0, toMs = 0;
    for (const OrderFinding &f : std::as_const(p.order.findings)) {
        const std::optional<Record> vehicle = store.findByKey(Kind::Vehicles, f.plate);
        if (!vehicle)
            continue;
        vehicleId = vehicle->id;
        fromMs = f.startMs;
        toMs = f.endMs;
        if (const std::optional<Record> task
            = f.taskCode.isEmpty() ? std::nullopt : store.findByKey(Kind::Tasks, f.taskCode)) {
            fromMs = TimeParse::parseMs(task->text(Field::StartAt)).value_or(fromMs);
            toMs = TimeParse::parseMs(task->text(Field::EndAt)).value_or(toMs);
            p.mark = Mark { task->value(Field::DestLat).toDouble(), task->value(Field::DestLon).toDouble(),
                task->text(Field::DestName).isEmpty() ? f.taskCode : task->text(Field::DestName), 2000.0,
                true };
        }
        break;
    }
    if (!p.order.complaintNo.isEmpty()) {
        if (const std::optional<Record> complaint = store.findByKey(Kind::Complaints, p.order.complaintNo)) {
            const ComplaintMatch m = ComplaintMatcher(store).match(*complaint);
            p.complaintAccount = complaint->text(Field::Account);
            p.complaintPlace = complaint->text(Field::Place);
            p.complaintSeen = m.seenMs
                ? TimeParse::toBeijingIso(m.seenMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' '))
                : QString();
            p.complaintMatch = ComplaintMatcher::summary(m);
            if (m.vehicleFound && m.seenMs) {
                vehicleId = m.vehicleId;
                fromMs = m.seenMs - 3600 * 1000;
                toMs = m.seenMs + 3600 * 1000;
                if (!complaint->text(Field::Lat).isEmpty() && !complaint->text(Field::Lon).isEmpty())
                    p.mark = Mark { complaint->value(Field::Lat).toDouble(),
                        complaint->value(Field::Lon).toDouble(), p.complaintPlace, 0.0, false };
            }
        }
    }
    if (!vehicleId.isEmpty())
        p.track = PositionStore(store.database()).fixes(vehicleId, fromMs, toMs + 1);
    return p;
}
