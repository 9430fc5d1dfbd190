#include "models/requestqueuemodel.h"
#include "base/timeparse.h"
#include "domain/dispatchservice.h"
#include "models/recordtablemodel.h"
#include "store/recordkinds.h"

#include <QMimeData>

RequestQueueModel::RequestQueueModel(RecordTableModel *requests, const QStringList &states, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_requests(requests)
    , m_states(states)
    , m_statusColumn(requests->columnOf(Field::Status))
    , m_codeColumn(requests->columnOf(Field::Code))
    , m_startColumn(requests->columnOf(Field::StartAt))
    , m_endColumn(requests->columnOf(Field::EndAt))
{
    setSourceModel(requests);
    setSortRole(RecordTableModel::SortRole);
    // Stored times sort as text in time order, so the queue reads in the order the cars are needed.
    sort(requests->columnOf(Field::StartAt));
}

QString RequestQueueModel::codeAt(int row) const
{
    return index(row, m_codeColumn).data(RecordTableModel::RawRole).toString();
}

QString RequestQueueModel::idAt(int row) const
{
    return index(row, m_codeColumn).data(RecordTableModel::IdRole).toString();
}

int RequestQueueModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (codeAt(row) == code)
            return row;
    }
    return -1;
}

QList<int> RequestQueueModel::shownColumns() const
{
    QList<int> columns;
    // Narrow enough for the queue column of a 1366-pixel screen without scrolling sideways: the end time
    // is shown with the start ("11-28 09:30–12:00"), the trip type and the rest are in the row's tooltip.
    for (const QString &field :
        { Field::Code, Field::StartAt, Field::UnitId, Field::Passengers, Field::DestName })
        columns << m_requests->columnOf(field);
    return columns;
}

void RequestQueueModel::setReferralThreshold(int passengers)
{
    if (passengers == m_referralThreshold)
        return;
    m_referralThreshold = passengers;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
            { ReferralSuggestedRole, Qt::ToolTipRole });
}

bool RequestQueueModel::referralSuggestedAt(int row) const
{
    if (m_referralThreshold <= 0 || row < 0 || row >= rowCount())
        return false;
    return DispatchService::referralSuggested(
        m_requests->recordAt(mapToSource(index(row, 0)).row()), m_referralThreshold);
}

QVariant RequestQueueModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && (index.column() == m_startColumn || index.column() == m_endColumn)) {
        // A queue is read by day and hour: "11-28 09:30", not the full stored time with seconds; the start
        // carries the end too, the same day's as a bare time.
        const std::optional<qint64> ms
            = TimeParse::parseMs(QSortFilterProxyModel::data(index, RecordTableModel::RawRole).toString());
        if (ms && index.column() == m_startColumn) {
            const std::optional<qint64> end = TimeParse::parseMs(
                this->index(index.row(), m_endColumn).data(RecordTableModel::RawRole).toString());
            if (!end)
                return TimeParse::toBeijingShort(*ms);
            const bool sameDay = TimeParse::toBeijingDay(*end) == TimeParse::toBeijingDay(*ms);
            return TimeParse::toBeijingShort(*ms) + QStringLiteral("–")
                + (sameDay ? TimeParse::toBeijingShort(*end).right(5) : TimeParse::toBeijingShort(*end));
        }
        if (ms)
            return TimeParse::toBeijingShort(*ms);
    }
    if (role == ReferralSuggestedRole)
        return referralSuggestedAt(index.row());
    if (role == Qt::ToolTipRole) {
        // The whole request, since the narrow queue elides the agency and the destination.
        QStringList parts;
        for (const QString &field : { Field::Code, Field::StartAt, Field::UnitId, Field::Passengers,
                 Field::DestName, Field::TripType }) {
            const int column = m_requests->columnOf(field);
            const QString text = this->index(index.row(), column).data().toString();
            if (text.isEmpty())
                continue;
            parts << (field == Field::Passengers ? tr("%n passenger(s)", nullptr, text.toInt())
                    : field == Field::DestName   ? tr("to %1").arg(text)
                                                 : text);
        }
        QString tip = parts.join(QStringLiteral(" · "));
        if (referralSuggestedAt(index.row()))
            tip += QLatin1Char('\n')
                + tr("The local rules suggest referring this trip to a social platform (long distance, or "
                     "more than %n passenger(s)).",
                    nullptr, m_referralThreshold);
        return tip;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant RequestQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The queue is narrow: the passengers column is headed as briefly as its numbers are wide.
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole
        && section == m_requests->columnOf(Field::Passengers))
        return tr("Pax");
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags RequestQueueModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList RequestQueueModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData *RequestQueueModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    const QString code = codeAt(indexes.first().row());
    mime->setData(kMimeType, code.toUtf8());
    mime->setData(kIdMimeType, idAt(indexes.first().row()).toUtf8());
    mime->setText(code);
    const int row = mapToSource(indexes.first()).row();
    auto ms = [&](const char *field) {
        return TimeParse::parseMs(m_requests->index(row, m_requests->columnOf(QLatin1String(field)))
                                      .data(RecordTableModel::RawRole)
                                      .toString())
            .value_or(0);
    };
    mime->setData(
        kWindowMimeType, QByteArray::number(ms("start_at")) + ' ' + QByteArray::number(ms("end_at")));
    return mime;
}

bool RequestQueueModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_states.contains(
        m_requests->index(sourceRow, m_statusColumn).data(RecordTableModel::RawRole).toString());
}
