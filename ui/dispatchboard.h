#pragma once
// The dispatch board: one row per car, grouped by category and agency, time running across, dispatch orders
// as bars coloured by their state, maintenance days and cars out of service shaded, and a red line at "now".
// A request dragged from the queue onto a row asks the page whether that car may take it (the answer shows
// on the row while hovering) and is handed to the page on drop; a bar not yet on the road can be dragged to
// another row or time. The board only draws and reports: deciding and saving is the page's business, through
// the dispatch service.
#include "domain/dispatchboarddata.h"
#include "ui/boardlayout.h"
#include "ui/boardpainter.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <functional>

class DispatchBoard : public QAbstractScrollArea
{
    Q_OBJECT

public:
    // Why this car may not take the request (empty when it may).
    using DropJudge = std::function<QString(const QString &requestId, const QString &vehicleId)>;

    explicit DispatchBoard(QWidget *parent = nullptr);

    void setData(DispatchBoardData data);
    const DispatchBoardData &data() const { return m_layout.data(); }
    // Cars whose plate, model or agency contains `text`, of `category` (empty = all).
    void setFilter(const QString &text, const QString &category);
    void setDropJudge(DropJudge judge) { m_judge = std::move(judge); }
    void setNow(qint64 ms); // the clock is read by the page; tests set it
    qint64 now() const { return m_nowMs; }

    double hourWidth() const { return m_layout.hourWidth(); }
    void setHourWidth(double pixels); // zoom, keeping the time under the centre in place
    void zoomBy(double factor, int anchorX);
    void fitSpan(); // the whole span across the visible width
    void scrollToTime(qint64 ms); // brings `ms` to about a quarter from the left
    // [fromMs, toMs] across the visible width, `fromMs` at the left edge; kept until the board has a width
    // when it has none yet (a page not yet shown).
    void showSpan(qint64 fromMs, qint64 toMs);

    QString currentVehicleId() const;
    void setCurrentVehicle(const QString &vehicleId);
    QString selectedTaskId() const { return m_selectedTask; }
    // The order's bar in the data shown, or null; valid until the next setData().
    const BoardBar *barOf(const QString &taskId) const { return m_layout.barOf(taskId); }
    void selectTask(const QString &taskId);

    // Where things are drawn, in viewport coordinates: for tests and for the page's pop-ups.
    QRect rowRect(const QString &vehicleId) const;
    // While a request is dragged over a car's row: why that car may not take it (empty when it may).
    QString hoverRefusal() const { return m_hover.refusal; }
    QRect barRect(const QString &taskId) const;
    int shownVehicleCount() const { return m_layout.shownVehicles(); }
    int lastPaintedBars() const { return m_lastPaintedBars; }

signals:
    void requestDropped(const QString &requestId, const QString &vehicleId);
    void barMoveRequested(const QString &taskId, const QString &vehicleId, qint64 startMs, qint64 endMs);
    void barActivated(const QString &taskId);
    void barMenuRequested(const QString &taskId, const QPoint &globalPos);
    void taskSelected(const QString &taskId);
    void currentVehicleChanged(const QString &vehicleId);
    void vehicleMenuRequested(const QString &vehicleId, const QPoint &globalPos); // a car's row, not a bar
    void vehicleActivated(const QString &vehicleId); // a double-click on a car's name

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    BoardLayout::View view() const;
    void updateScrollBars();
    void moveCurrentLine(int step);
    void stepSelection(int step); // the current car's next or previous order
    void ensureLineVisible(int line);
    QString barToolTip(const BoardBar &bar) const;

    BoardLayout m_layout; // the data shown, its lines, zoom and geometry
    DropJudge m_judge;
    QHash<QString, QString> m_judgements; // "request\nvehicle" → refusal, for one drag
    qint64 m_nowMs = 0;
    int m_currentLine = -1;
    QString m_selectedTask;
    BoardHover m_hover;
    BoardBarDrag m_barDrag;
    int m_lastPaintedBars = 0;
    qint64 m_spanFrom = 0, m_spanTo = 0; // the span showSpan() keeps across resizes, until the user moves
};
