#pragma once
// The stored findings (AnomalyStore::list) as a table for the review page: status, rule, vehicle, agency,
// driver, time and the figures in a few words. Holds every row, so a sort/filter proxy sees all of them.
// Status changes go through here to AnomalyStore::setStatus (which writes the change log) and update the
// one row in place, so the selection stays where the auditor is working.
#include "store/anomalystore.h"

#include <QAbstractTableModel>
#include <QHash>

class RecordStore;

class AnomalyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        RuleColumn,
        PlateColumn,
        UnitColumn,
        DriverColumn,
        TimeColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole, // the finding's id
        SortRole, // times and numbers as numbers, everything else as shown
        RawRole, // what filters match: status and rule ids, plate, agency id, driver code, month (yyyy-MM)
    };

    // Reloads when the store announces a change to "anomalies" (a check ran) or to the names it shows.
    explicit AnomalyTableModel(RecordStore *store, QObject *parent = nullptr);

    AnomalyRecord recordAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;
    QString unitName(const QString &plate) const; // the agency a vehicle belongs to, or empty
    QString driverName(const QString &driverCode) const; // "王建国 (D001)", or the code when unknown

    // Moves the finding on through AnomalyStore::setStatus; returns why it was refused, or empty.
    QString setStatus(const QString &id, const QString &status, const QString &reason, const QString &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    void onRecordsChanged(const QString &kind);
    QString unitIdOf(const QString &plate) const;

    RecordStore *m_store;
    QList<AnomalyRecord> m_rows;
    QHash<QString, QString> m_unitIdOfPlate, m_unitNames, m_driverNames;
};
