#include "ui/dueplansmodel.h"
#include "domain/startoverview.h"

#include <QColor>

DuePlansModel::DuePlansModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DuePlansModel::setPlans(QList<PlanStatus> plans)
{
    beginResetModel();
    m_plans = std::move(plans);
    endResetModel();
}

int DuePlansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int DuePlansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuePlansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanStatus &s = m_plans.at(index.row());
    const bool overdue = s.state == PlanStatus::Overdue;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Vehicle:
            return s.plan.plate;
        case Item:
            return StartOverview::itemLabel(s.plan.item);
        case State:
            return overdue ? tr("Overdue") : tr("Due soon");
        case DueAt:
            return StartOverview::dueText(s);
        case Distance:
            return StartOverview::distanceText(s);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return overdue ? QColor(0xa3, 0x15, 0x15) : QColor(0x7a, 0x4b, 0x00);
    case Qt::BackgroundRole:
        return overdue ? QColor(0xfd, 0xe2, 0xe2) : QColor(0xff, 0xf1, 0xcc);
    case PlateRole:
        return s.plan.plate;
    case StateRole:
        return s.stateName();
    default:
        return {};
    }
}

QVariant DuePlansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Vehicle:
        return tr("Vehicle");
    case Item:
        return tr("Item");
    case State:
        return tr("State");
    case DueAt:
        return tr("Due at");
    case Distance:
        return tr("How far");
    default:
        return {};
    }
}
