#include "models/taskfiltermodel.h"

#include "base/timeparse.h"
#include "models/recordtablemodel.h"
#include "store/recordkinds.h"

TaskFilterModel::TaskFilterModel(RecordTableModel *tasks, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_startColumn(tasks->columnOf(Field::StartAt))
    , m_vehicleColumn(tasks->columnOf(Field::VehicleId))
    , m_driverColumn(tasks->columnOf(Field::DriverId))
{
    setSourceModel(tasks);
}

void TaskFilterModel::setDay(const QDate &beijingDay)
{
    m_day = beijingDay.isValid() ? beijingDay.toString(Qt::ISODate) : QString();
    invalidateFilter();
}

void TaskFilterModel::setVehicleId(const QString &id)
{
    m_vehicleId = id;
    invalidateFilter();
}

void TaskFilterModel::setDriverId(const QString &id)
{
    m_driverId = id;
    invalidateFilter();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto raw = [&](int column) {
        return sourceModel()
            ->index(sourceRow, column, sourceParent)
            .data(RecordTableModel::RawRole)
            .toString();
    };
    if (!m_vehicleId.isEmpty() && raw(m_vehicleColumn) != m_vehicleId)
        return false;
    if (!m_driverId.isEmpty() && raw(m_driverColumn) != m_driverId)
        return false;
    if (!m_day.isEmpty()) {
        // The day the booked window begins, in Beijing time (stored times are UTC).
        const std::optional<qint64> start = TimeParse::parseMs(raw(m_startColumn));
        if (!start || TimeParse::toBeijingDay(*start) != m_day)
            return false;
    }
    return true;
}
