#pragma once
// Narrows a RecordTableModel of kind "tasks" to one Beijing day, one vehicle and one driver, for the trip
// review's list. It sits between the table and the pane's RecordFilterModel (which adds free text, the agency
// and sorting), since that proxy holds one field filter only.
#include <QDate>
#include <QSortFilterProxyModel>

class RecordTableModel;

class TaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterModel(RecordTableModel *tasks, QObject *parent = nullptr);

    // A null date, or an empty id, matches every task.
    void setDay(const QDate &beijingDay);
    void setVehicleId(const QString &id);
    void setDriverId(const QString &id);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_startColumn, m_vehicleColumn, m_driverColumn;
    QString m_day; // YYYY-MM-DD, Beijing
    QString m_vehicleId, m_driverId;
};
