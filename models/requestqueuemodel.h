#pragma once
// The dispatcher's queue: trip requests in the given states (waiting for approval, waiting for a car), over
// the requests table model, earliest booked first. Rows can be dragged; the drag carries the request number
// under kMimeType, which is what the dispatch board accepts, and its id under kIdMimeType, which is what
// the board judges and dispatches by.
#include <QSortFilterProxyModel>
#include <QStringList>

class RecordTableModel;

class RequestQueueModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Roles { ReferralSuggestedRole = Qt::UserRole + 200 }; // bool: the view tints such rows

    static inline const QString kMimeType = QStringLiteral("application/x-fleetdesk-request");
    static inline const QString kIdMimeType = QStringLiteral("application/x-fleetdesk-request-id");
    // "startMs endMs" of the dragged request, so the board can show its window while it is dragged.
    static inline const QString kWindowMimeType = QStringLiteral("application/x-fleetdesk-request-window");

    RequestQueueModel(RecordTableModel *requests, const QStringList &states, QObject *parent = nullptr);

    QString codeAt(int row) const;
    QString idAt(int row) const;
    int rowOfCode(const QString &code) const;
    // Which columns of the requests table a queue shows, in order.
    QList<int> shownColumns() const;

    // Requests the local rules would refer to a social platform (long distance, a group larger than
    // `passengers`) answer ReferralSuggestedRole and say why in their tooltip; 0 turns the hint off.
    void setReferralThreshold(int passengers);
    bool referralSuggestedAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RecordTableModel *m_requests;
    QStringList m_states;
    int m_statusColumn, m_codeColumn, m_startColumn, m_endColumn;
    int m_referralThreshold = 0;
};
