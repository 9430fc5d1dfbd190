#pragma once
// Sorts and filters a RecordTableModel for a records page: free text over every column, plus an exact
// match on one field's stored value (a status, a category, an agency).
#include <QSortFilterProxyModel>

class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // column < 0 clears it; an empty value matches everything.
    void setFieldFilter(int column, const QVariant &rawValue);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    int m_filterColumn = -1;
    QVariant m_filterValue;
};
