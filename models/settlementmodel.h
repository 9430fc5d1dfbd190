#pragma once
// A month's priced trips (domain/Settlement) as a table for the Settlement tab: agency, request, order,
// vehicle, departure and return, km tracked and by odometer, the amount (the stored charge, else the
// standard's price now; its parts in the tooltip), the dispatcher's adjusted amount and why.
#include "domain/settlement.h"

#include <QAbstractTableModel>

class SettlementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AgencyColumn,
        RequestColumn,
        OrderColumn,
        VehicleColumn,
        DepartedColumn,
        ReturnedColumn,
        TrackedKmColumn,
        OdometerKmColumn,
        AmountColumn,
        AdjustedColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int TaskCodeRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setLines(QList<SettlementLine> lines);
    const QList<SettlementLine> &lines() const { return m_lines; }
    // The row of an order, or -1.
    int rowOf(const QString &taskCode) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The price's parts in words (km × rate, hours, minimum, surcharges), for the tooltip.
    static QString priceBreakdown(const SettlementLine &line);

private:
    QList<SettlementLine> m_lines;
};
