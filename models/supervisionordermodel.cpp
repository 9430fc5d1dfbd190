#include "models/supervisionordermodel.h"
#include "domain/supervisionflow.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

SupervisionOrderModel::SupervisionOrderModel(
    RecordStore *store, SupervisionSettings settings, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_service(*store, settings)
    , m_remindDays(settings.remindDays)
{
    connect(m_store, &RecordStore::recordsChanged, this, [this](const QString &kind) {
        if (kind == Kind::Orders || kind == Kind::Units || kind == Kind::Complaints)
            reload();
    });
    reload();
}

void SupervisionOrderModel::reload()
{
    beginResetModel();
    m_all = SupervisionStore(m_store->database()).orders();
    // Newest first: the work at hand is on top.
    std::reverse(m_all.begin(), m_all.end());
    m_reminder = {};
    m_orders.clear();
    for (const SupervisionOrder &o : std::as_const(m_all)) {
        const bool overdue = m_service.isOverdue(o);
        const bool dueSoon = !overdue && m_service.isDueSoon(o);
        const bool closed = o.state == OrderState::Closed;
        m_reminder.overdue += overdue;
        m_reminder.dueSoon += dueSoon;
        m_reminder.open += !closed;
        bool shown = true;
        switch (m_filter) {
        case Filter::All:
            break;
        case Filter::DueSoon:
            shown = dueSoon;
            break;
        case Filter::Overdue:
            shown = overdue;
            break;
        case Filter::Open:
            shown = !closed;
            break;
        case Filter::Closed:
            shown = closed;
            break;
        }
        if (shown)
            m_orders << o;
    }
    endResetModel();
}

void SupervisionOrderModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

int SupervisionOrderModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders[i].number == number)
            return i;
    }
    return -1;
}

bool SupervisionOrderModel::isOverdue(int row) const
{
    return row >= 0 && row < m_orders.size() && m_service.isOverdue(m_orders[row]);
}

bool SupervisionOrderModel::isDueSoon(int row) const
{
    return row >= 0 && row < m_orders.size() && m_service.isDueSoon(m_orders[row]);
}

int SupervisionOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int SupervisionOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupervisionOrderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const SupervisionOrder &o = m_orders[index.row()];
    if (role == NumberRole)
        return o.number;
    if (role == OverdueRole)
        return isOverdue(index.row());
    if (role == DueSoonRole)
        return isDueSoon(index.row());
    if (role == Qt::ToolTipRole && index.column() == DeadlineColumn) {
        if (isOverdue(index.row()))
            return tr("Overdue: the agency has not answered by %1").arg(o.deadline);
        if (isDueSoon(index.row()))
            return tr("Due soon: to be answered by %1").arg(o.deadline);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return o.number;
    case UnitColumn:
        return o.unitName.isEmpty() ? o.unitCode : o.unitName;
    case StateColumn:
        return isOverdue(index.row()) ? tr("%1, overdue").arg(SupervisionFlow::stateLabel(o.state))
                                      : SupervisionFlow::stateLabel(o.state);
    case DeadlineColumn:
        return o.deadline;
    case ConclusionColumn:
        return o.conclusion.isEmpty() ? QString() : SupervisionFlow::conclusionLabel(o.conclusion);
    case SourceColumn:
        return o.complaintNo.isEmpty() ? tr("%n finding(s)", nullptr, int(o.findings.size()))
                                       : tr("Complaint %1").arg(o.complaintNo);
    }
    return {};
}

QVariant SupervisionOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case UnitColumn:
        return tr("Agency");
    case StateColumn:
        return tr("State");
    case DeadlineColumn:
        return tr("Answer by");
    case ConclusionColumn:
        return tr("Conclusion");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QList<QStringList> SupervisionOrderModel::table() const
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    rows << header;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < ColumnCount; ++c)
            row << data(index(r, c)).toString();
        rows << row;
    }
    return rows;
}
