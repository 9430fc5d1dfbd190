#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"

RecordFilterModel::RecordFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true); // Chinese names sort by pinyin under a zh_CN locale
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void RecordFilterModel::setFieldFilter(int column, const QVariant &rawValue)
{
    m_filterColumn = column;
    m_filterValue = rawValue;
    invalidateFilter();
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_filterColumn >= 0 && m_filterValue.isValid() && !m_filterValue.toString().isEmpty()) {
        const QVariant raw
            = model->index(sourceRow, m_filterColumn, sourceParent).data(RecordTableModel::RawRole);
        if (raw.toString() != m_filterValue.toString())
            return false;
    }
    if (m_search.isEmpty())
        return true;
    // Plates are typed without the middle dot more often than with it.
    QString needle = m_search;
    needle.remove(QChar(0x00B7));
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        QString text = model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        text.remove(QChar(0x00B7));
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
