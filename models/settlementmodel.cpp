#include "models/settlementmodel.h"

#include "base/timeparse.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace {

QString km(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

QString yuan(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

void SettlementModel::setLines(QList<SettlementLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int SettlementModel::rowOf(const QString &taskCode) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).taskCode == taskCode)
            return i;
    }
    return -1;
}

int SettlementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SettlementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SettlementModel::priceBreakdown(const SettlementLine &l)
{
    const TripPrice &p = l.price;
    QStringList parts;
    const QString source = p.kmSource == QLatin1String("odometer") ? tr("by odometer")
        : p.kmSource == QLatin1String("track")                     ? tr("tracked")
                                                                   : tr("no km recorded");
    parts << tr("%1 km (%2): %3 yuan").arg(QString::number(p.km, 'f', 1), source, yuan(p.kmCharge));
    parts << tr("%1 h: %2 yuan").arg(QString::number(p.hours, 'f', 1), yuan(p.timeCharge));
    if (p.minimumApplied)
        parts << tr("minimum charge: %1 yuan").arg(yuan(p.base));
    if (p.night)
        parts << tr("night surcharge: %1 yuan").arg(yuan(p.nightSurcharge));
    if (p.outOfCity)
        parts << tr("out-of-city surcharge: %1 yuan").arg(yuan(p.outOfCitySurcharge));
    if (p.waitCharge > 0)
        parts << tr("waiting %1 h: %2 yuan").arg(QString::number(p.waitHours, 'f', 1), yuan(p.waitCharge));
    parts << tr("standard's price: %1 yuan").arg(yuan(p.total));
    if (l.storedYuan)
        parts << tr("stored by settlement: %1 yuan").arg(yuan(*l.storedYuan));
    else
        parts << tr("not settled yet: the month's settlement stores the price");
    return parts.join(QLatin1Char('\n'));
}

QVariant SettlementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const SettlementLine &l = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AgencyColumn:
            return l.unitName.isEmpty() ? l.unitCode : l.unitName;
        case RequestColumn:
            return l.requestCode;
        case OrderColumn:
            return l.taskCode;
        case VehicleColumn:
            return l.plate;
        case DepartedColumn:
            return TimeParse::toBeijingShort(l.departedMs);
        case ReturnedColumn:
            return TimeParse::toBeijingShort(l.returnedMs);
        case TrackedKmColumn:
            return km(l.trackedKm);
        case OdometerKmColumn:
            return km(l.odometerKm);
        case AmountColumn:
            return yuan(l.storedYuan ? *l.storedYuan : l.price.total);
        case AdjustedColumn:
            return l.adjustedYuan ? yuan(*l.adjustedYuan) : QString();
        case ReasonColumn:
            return l.adjustedYuan ? l.adjustReason : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column >= TrackedKmColumn && column <= AdjustedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == AgencyColumn)
            return l.unitCode;
        if (column == AmountColumn)
            return priceBreakdown(l);
        if (column == ReasonColumn || column == AdjustedColumn)
            return l.adjustedYuan ? l.adjustReason : QVariant();
        return {};
    case Qt::ForegroundRole:
        // A price not yet stored by the month's settlement is grey: it may still change with the standard.
        if (column == AmountColumn && !l.storedYuan)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (column == AdjustedColumn && l.adjustedYuan) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case TaskCodeRole:
        return l.taskCode;
    default:
        return {};
    }
}

QVariant SettlementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgencyColumn:
        return tr("Agency");
    case RequestColumn:
        return tr("Request");
    case OrderColumn:
        return tr("Order");
    case VehicleColumn:
        return tr("Vehicle");
    case DepartedColumn:
        return tr("Departed");
    case ReturnedColumn:
        return tr("Returned");
    case TrackedKmColumn:
        return tr("km tracked");
    case OdometerKmColumn:
        return tr("km by odometer");
    case AmountColumn:
        return tr("Amount (yuan)");
    case AdjustedColumn:
        return tr("Adjusted (yuan)");
    case ReasonColumn:
        return tr("Adjustment reason");
    default:
        return {};
    }
}
