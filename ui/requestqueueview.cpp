#include "ui/requestqueueview.h"
#include "models/requestqueuemodel.h"
#include "ui/listviews.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace {

// Draws a cell's own text with a second, quieter line under it, and tints the rows the local rules would
// refer to a social platform.
class TwoLineDelegate : public QStyledItemDelegate
{
public:
    explicit TwoLineDelegate(RequestQueueView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // As wide as paint() needs for either line, with its own padding (the style's is narrower).
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int widest = qMax(option.fontMetrics.horizontalAdvance(index.data().toString()),
            option.fontMetrics.horizontalAdvance(m_view->secondLine(index)));
        size.setWidth(qMax(size.width(), widest + 2 * kPadding + 2));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString first = opt.text;
        const QString second = m_view->secondLine(index);
        const Qt::Alignment alignment = opt.displayAlignment & Qt::AlignHorizontal_Mask;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QRect area = opt.rect.adjusted(kPadding, 2, -kPadding, -2);
        const int lineHeight = opt.fontMetrics.height();
        const int top = area.top() + (area.height() - (second.isEmpty() ? 1 : 2) * lineHeight) / 2;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(area.left(), top, area.width(), lineHeight), alignment | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(first, Qt::ElideRight, area.width()));
        if (!second.isEmpty()) {
            QColor quiet = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
            quiet.setAlphaF(0.65f);
            painter->setPen(quiet);
            painter->drawText(QRect(area.left(), top + lineHeight, area.width(), lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                opt.fontMetrics.elidedText(second, Qt::ElideRight, area.width()));
        }
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(RequestQueueModel::ReferralSuggestedRole).toBool())
            option->backgroundBrush = QColor(0xff, 0xee, 0xc2);
    }

private:
    static constexpr int kPadding = 4;
    RequestQueueView *m_view;
};

// shownColumns() order: number, time, agency, passengers, destination.
enum Shown { Number, Time, Agency, Passengers, Destination };

} // namespace

RequestQueueView::RequestQueueView(RequestQueueModel *queue, QWidget *parent)
    : QTableView(parent)
    , m_queue(queue)
{
    setItemDelegate(new TwoLineDelegate(this));
    setModel(queue);
    ListViews::setUp(this);
    verticalHeader()->setDefaultSectionSize(2 * fontMetrics().height() + 10);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);

    // The agency and the destination are drawn under the number and the time instead of in columns of
    // their own, which the queue's width could only show as "市…".
    const QList<int> shown = queue->shownColumns();
    for (int c = 0; c < queue->columnCount(); ++c)
        setColumnHidden(c, !(c == shown[Number] || c == shown[Time] || c == shown[Passengers]));
    QHeaderView *header = horizontalHeader();
    header->moveSection(header->visualIndex(shown[Number]), 0);
    header->moveSection(header->visualIndex(shown[Time]), 1);
    header->moveSection(header->visualIndex(shown[Passengers]), 2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(shown[Number], QHeaderView::ResizeToContents);
    header->setSectionResizeMode(shown[Time], QHeaderView::Stretch);
    header->setSectionResizeMode(shown[Passengers], QHeaderView::ResizeToContents);
    connect(queue, &QAbstractItemModel::modelReset, this, &RequestQueueView::fitColumns);
    connect(queue, &QAbstractItemModel::rowsInserted, this, &RequestQueueView::fitColumns);
    fitColumns();
}

QString RequestQueueView::secondLine(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const QList<int> shown = m_queue->shownColumns();
    if (index.column() == shown[Number])
        return index.siblingAtColumn(shown[Agency]).data().toString();
    if (index.column() == shown[Time])
        return index.siblingAtColumn(shown[Destination]).data().toString();
    return {};
}

void RequestQueueView::fitColumns()
{
    resizeColumnsToContents();
}
