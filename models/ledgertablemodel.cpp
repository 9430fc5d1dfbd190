#include "models/ledgertablemodel.h"

LedgerTableModel::LedgerTableModel(LedgerKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_headers(LedgerBook::headers(kind))
    , m_numeric(LedgerBook::numeric(kind))
{ }

void LedgerTableModel::setRows(QList<LedgerRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_cells.clear();
    m_cells.reserve(m_rows.size());
    for (const LedgerRow &row : std::as_const(m_rows))
        m_cells.append(LedgerBook::cells(m_kind, row));
    endResetModel();
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString text = m_cells.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case SortRole:
        if (index.column() == 0)
            return m_rows.at(index.row()).timeMs;
        if (m_numeric.value(index.column()))
            return text.isEmpty() ? QVariant(-1.0) : QVariant(text.toDouble()); // blank readings sort first
        return text;
    case Qt::TextAlignmentRole:
        if (m_numeric.value(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}
