#pragma once
// The start page's maintenance plans due and overdue: one row per plan (vehicle, item, due at, how far), an
// overdue row red, a due one amber. In ui/ rather than models/ because it hands out colours (Qt Gui).
#include "domain/maintenanceplans.h"

#include <QAbstractTableModel>

class DuePlansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Vehicle, Item, State, DueAt, Distance, ColumnCount };
    enum Roles { PlateRole = Qt::UserRole, StateRole };

    explicit DuePlansModel(QObject *parent = nullptr);

    void setPlans(QList<PlanStatus> plans);
    const QList<PlanStatus> &plans() const { return m_plans; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanStatus> m_plans;
};
