#pragma once
// One ledger's rows (LedgerBook, already filtered) as a read-only table in LedgerBook's wording: figures
// right-aligned and sorted as numbers (SortRole), times sorted as times.
#include "domain/ledgerbook.h"

#include <QAbstractTableModel>

class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit LedgerTableModel(LedgerKind kind, QObject *parent = nullptr);

    LedgerKind kind() const { return m_kind; }
    void setRows(QList<LedgerRow> rows);
    const QList<LedgerRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LedgerKind m_kind;
    QStringList m_headers;
    QList<bool> m_numeric;
    QList<LedgerRow> m_rows;
    QList<QStringList> m_cells; // LedgerBook::cells of each row, worded once
};
