#include "models/anomalytablemodel.h"
#include "domain/anomalytext.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

AnomalyTableModel::AnomalyTableModel(RecordStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &RecordStore::recordsChanged, this, &AnomalyTableModel::onRecordsChanged);
    reload();
}

void AnomalyTableModel::onRecordsChanged(const QString &kind)
{
    static const QStringList shown { Kind::Anomalies, Kind::Vehicles, Kind::Units, Kind::Drivers };
    if (shown.contains(kind))
        reload();
}

void AnomalyTableModel::reload()
{
    beginResetModel();
    m_rows = AnomalyStore(m_store->database()).list();
    // Names by key, tombstones included: a finding may name a vehicle or driver removed since.
    m_unitIdOfPlate.clear();
    m_unitNames.clear();
    m_driverNames.clear();
    for (const Record &r : m_store->records(Kind::Vehicles, true))
        m_unitIdOfPlate.insert(r.text(Field::Plate), r.text(Field::UnitId));
    for (const Record &r : m_store->records(Kind::Units, true))
        m_unitNames.insert(r.id, r.text(Field::Name));
    for (const Record &r : m_store->records(Kind::Drivers, true)) {
        m_driverNames.insert(
            r.text(Field::Code), tr("%1 (%2)").arg(r.text(Field::Name), r.text(Field::Code)));
    }
    endResetModel();
}

int AnomalyTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString AnomalyTableModel::unitIdOf(const QString &plate) const
{
    return m_unitIdOfPlate.value(plate);
}

QString AnomalyTableModel::unitName(const QString &plate) const
{
    return m_unitNames.value(unitIdOf(plate));
}

QString AnomalyTableModel::driverName(const QString &driverCode) const
{
    return driverCode.isEmpty() ? QString() : m_driverNames.value(driverCode, driverCode);
}

QString AnomalyTableModel::setStatus(
    const QString &id, const QString &status, const QString &reason, const QString &user)
{
    AnomalyStore anomalies(m_store->database());
    const QString refused = anomalies.setStatus(id, status, reason, user);
    if (!refused.isEmpty())
        return refused;
    const int row = rowOf(id);
    if (const std::optional<AnomalyRecord> updated = anomalies.find(id); updated && row >= 0) {
        m_rows[row] = *updated;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return {};
}

int AnomalyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnomalyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnomalyRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == RawRole) {
        switch (index.column()) {
        case StatusColumn:
            return r.status;
        case RuleColumn:
            return r.rule;
        case PlateColumn:
            return r.plate;
        case UnitColumn:
            return unitIdOf(r.plate);
        case DriverColumn:
            return r.driverCode;
        case TimeColumn:
            return AnomalyText::beijingMonth(r.startMs);
        default:
            return {};
        }
    }
    if (role == SortRole && index.column() == TimeColumn)
        return r.startMs;
    if (role == SortRole && index.column() == StatusColumn)
        return int(AnomalyStore::statuses().indexOf(r.status));
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case StatusColumn:
            return AnomalyStore::statusLabel(r.status);
        case RuleColumn:
            return AnomalyText::ruleName(r.rule);
        case PlateColumn:
            return r.plate;
        case UnitColumn:
            return unitName(r.plate);
        case DriverColumn:
            return driverName(r.driverCode);
        case TimeColumn:
            return AnomalyText::beijingTime(r.startMs);
        case SummaryColumn:
            return AnomalyText::summary(r);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RuleColumn)
        return AnomalyText::ruleDescription(r.rule);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !r.reason.isEmpty())
        return r.reason;
    return {};
}

QVariant AnomalyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case RuleColumn:
        return tr("Anomaly");
    case PlateColumn:
        return tr("Vehicle");
    case UnitColumn:
        return tr("Agency");
    case DriverColumn:
        return tr("Driver");
    case TimeColumn:
        return tr("Time");
    case SummaryColumn:
        return tr("Figures");
    default:
        return {};
    }
}
