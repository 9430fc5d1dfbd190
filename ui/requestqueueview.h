#pragma once
// A dispatcher's queue of trip requests. Each request takes two lines, so that what a dispatcher decides by
// (the number and its agency, the time and the destination, the passengers) is all readable in the narrow
// column beside the board, at 1366 pixels and at 900, with no sideways scrolling and no "市…" cells.
#include <QTableView>

class RequestQueueModel;

class RequestQueueView : public QTableView
{
    Q_OBJECT

public:
    explicit RequestQueueView(RequestQueueModel *queue, QWidget *parent = nullptr);

    // The text a row shows under the given column's own (the agency under the number, the destination
    // under the time); empty for the other columns.
    QString secondLine(const QModelIndex &index) const;

private:
    void fitColumns();

    RequestQueueModel *m_queue;
};
