#pragma once
// Sorts and filters an AnomalyTableModel for the review page: an exact match per column on the stored value
// (rule, agency, vehicle, driver, month, status), all of them at once. "open" as a status matches every
// finding not dismissed: the auditor's work queue.
#include <QHash>
#include <QSortFilterProxyModel>

class AnomalyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static const QString OpenStatus; // "open"

    explicit AnomalyFilterModel(QObject *parent = nullptr);

    // An empty value clears that column's filter.
    void setColumnFilter(int column, const QString &rawValue);
    QString columnFilter(int column) const { return m_filters.value(column); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QString> m_filters;
};
