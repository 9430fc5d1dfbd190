#include "models/anomalyfiltermodel.h"
#include "models/anomalytablemodel.h"

const QString AnomalyFilterModel::OpenStatus = QStringLiteral("open");

AnomalyFilterModel::AnomalyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnomalyTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AnomalyFilterModel::setColumnFilter(int column, const QString &rawValue)
{
    if (m_filters.value(column) == rawValue)
        return;
    if (rawValue.isEmpty())
        m_filters.remove(column);
    else
        m_filters.insert(column, rawValue);
    invalidateFilter();
}

bool AnomalyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QString raw = sourceModel()
                                ->index(sourceRow, it.key(), sourceParent)
                                .data(AnomalyTableModel::RawRole)
                                .toString();
        if (it.key() == AnomalyTableModel::StatusColumn && it.value() == OpenStatus) {
            if (raw == QStringLiteral("dismissed"))
                return false;
        } else if (raw != it.value()) {
            return false;
        }
    }
    return true;
}
