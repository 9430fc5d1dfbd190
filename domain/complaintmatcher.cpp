#include "domain/complaintmatcher.h"
#include "base/timeparse.h"
#include "maps/geo/greatcircle.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <algorithm>

ComplaintMatcher::ComplaintMatcher(const RecordStore &store)
    : m_store(store)
{ }

ComplaintMatch ComplaintMatcher::match(const Record &complaint) const
{
    ComplaintMatch m;
    m.complaintNo = complaint.text(Field::Code);
    m.plate = complaint.text(Field::Plate);
    if (const std::optional<qint64> seen = TimeParse::parseMs(complaint.text(Field::SeenAt)))
        m.seenMs = *seen;
    if (m.plate.isEmpty())
        return m;
    const std::optional<Record> vehicle = m_store.findByKey(Kind::Vehicles, m.plate);
    if (!vehicle || vehicle->deleted)
        return m;
    m.vehicleFound = true;
    m.vehicleId = vehicle->id;
    auto unitOf = [&](const QString &unitId, QString *code, QString *name) {
        if (unitId.isEmpty())
            return;
        if (const std::optional<Record> unit = m_store.record(Kind::Units, unitId)) {
            *code = unit->text(Field::Code);
            if (name)
                *name = unit->text(Field::Name);
        }
    };
    m.unitId = vehicle->text(Field::UnitId);
    unitOf(m.unitId, &m.unitCode, &m.unitName);
    if (!m.seenMs)
        return m;
    for (const Record &t : m_store.recordsWhere(Kind::Tasks, Field::VehicleId, m.vehicleId)) {
        const std::optional<qint64> start = TimeParse::parseMs(t.text(Field::StartAt));
        const std::optional<qint64> end = TimeParse::parseMs(t.text(Field::EndAt));
        if (!start || !end || *end < m.seenMs - kTaskWindowMs || *start > m.seenMs + kTaskWindowMs)
            continue;
        ComplaintMatch::TaskNear near;
        near.code = t.text(Field::Code);
        near.destName = t.text(Field::DestName);
        near.purpose = t.text(Field::Purpose);
        near.startMs = *start;
        near.endMs = *end;
        near.covers = *start <= m.seenMs && m.seenMs <= *end;
        unitOf(t.text(Field::UnitId), &near.unitCode, nullptr);
        if (near.covers && !t.text(Field::UnitId).isEmpty()) {
            // The agency that had the car booked answers for what it did then.
            m.unitId = t.text(Field::UnitId);
            unitOf(m.unitId, &m.unitCode, &m.unitName);
        }
        m.tasks.append(near);
    }
    std::sort(m.tasks.begin(), m.tasks.end(),
        [](const auto &a, const auto &b) { return a.covers != b.covers ? a.covers : a.startMs < b.startMs; });
    const std::vector<PositionFix> fixes
        = PositionStore(m_store.database())
              .fixes(m.vehicleId, m.seenMs - kFixWindowMs, m.seenMs + kFixWindowMs + 1);
    for (const PositionFix &f : fixes) {
        if (!m.nearestFix || std::llabs(f.timeMs - m.seenMs) < std::llabs(m.nearestFix->timeMs - m.seenMs))
            m.nearestFix = f;
    }
    const QVariant lat = complaint.value(Field::Lat);
    const QVariant lon = complaint.value(Field::Lon);
    if (m.nearestFix && !lat.isNull() && !lon.isNull() && !lat.toString().isEmpty()
        && !lon.toString().isEmpty())
        m.distanceM
            = geo::distanceM({ lat.toDouble(), lon.toDouble() }, { m.nearestFix->lat, m.nearestFix->lon });
    return m;
}

QString ComplaintMatcher::summary(const ComplaintMatch &m)
{
    if (m.plate.isEmpty())
        return tr("No plate given: nothing to match.");
    if (!m.vehicleFound)
        return tr("%1 is not an official car of the registry.").arg(m.plate);
    if (!m.seenMs)
        return tr("%1 belongs to %2; no time given, so no trip to match.").arg(m.plate, m.unitName);
    QStringList parts;
    const QString when
        = TimeParse::toBeijingIso(m.seenMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    const auto covering
        = std::find_if(m.tasks.begin(), m.tasks.end(), [](const auto &t) { return t.covers; });
    if (covering != m.tasks.end()) {
        parts << tr("At %1 %2 was on dispatch order %3 for %4 (to %5, %6).")
                     .arg(when, m.plate, covering->code, covering->unitCode,
                         covering->destName.isEmpty() ? tr("no destination named") : covering->destName,
                         covering->purpose.isEmpty() ? tr("no purpose given") : covering->purpose);
    } else if (!m.tasks.isEmpty()) {
        parts << tr("At %1 %2 was on no dispatch order; the nearest is %3.")
                     .arg(when, m.plate, m.tasks.first().code);
    } else {
        parts << tr("At %1 %2 was on no dispatch order within two hours.").arg(when, m.plate);
    }
    if (m.nearestFix) {
        parts << tr("Its track has a fix at %1 (%2, %3).")
                     .arg(TimeParse::toBeijingIso(m.nearestFix->timeMs).mid(11, 8),
                         QString::number(m.nearestFix->lat, 'f', 5),
                         QString::number(m.nearestFix->lon, 'f', 5));
        if (m.distanceM)
            parts
                << tr("That is %1 km from the place the caller named.").arg(*m.distanceM / 1000.0, 0, 'f', 1);
    } else {
        parts << tr("Its track has no fix within 15 minutes of that time.");
    }
    return parts.join(QLatin1Char(' '));
}
