#pragma once
// The dispatcher's desk: the queues of requests (waiting for approval, waiting for a car) beside the board.
// The page holds the panels and finds what is selected; what a button does is DispatchActions', through
// DispatchService, so the board refuses exactly what the command line and the form refuse; a refusal is
// shown in words above the board and nothing is saved.
#include "ui/uicontext.h"

#include <QDate>
#include <QWidget>

class DispatchActions;
class DispatchBoard;
class QComboBox;
class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;
class RecordTableModel;
class RequestQueueModel;

class DispatchPage : public QWidget
{
    Q_OBJECT

public:
    explicit DispatchPage(const UiContext &context, QWidget *parent = nullptr);
    ~DispatchPage() override;

    DispatchBoard *board() const { return m_board; }
    QTableView *pendingView() const { return m_pendingView; }
    QTableView *approvedView() const { return m_approvedView; }
    RequestQueueModel *pendingQueue() const { return m_pending; }
    RequestQueueModel *approvedQueue() const { return m_approved; }
    QLabel *feedback() const { return m_feedback; }

    QDate day() const { return m_day; }
    bool isWeekView() const { return m_week; }
    void showDay(const QDate &day, bool week);
    void setNow(qint64 ms); // the board's clock; tests fix it
    // The day's working hours (or the hours around now) across the board's width.
    void showWorkingHours();

public slots:
    void reload();
    // What a drop on the board does: refuse with the reason, or let the dispatcher pick the driver.
    void dispatchRequest(const QString &requestId, const QString &vehicleId);
    void dispatchSelectedRequest(); // keyboard: choose the car in the dialog

signals:
    void message(const QString &text);

private:
    QWidget *buildQueues();
    QWidget *buildOrderBar();
    void showFeedback(const QString &text, bool ok);
    void referSelected();
    void moveBar(const QString &taskId, const QString &vehicleId, qint64 startMs, qint64 endMs);
    void showBarMenu(const QString &taskId, const QPoint &globalPos);
    void openVehicleFile(const QString &vehicleId);
    void updateOrderBar();
    QString selectedRequestOf(QTableView *view, RequestQueueModel *queue) const;
    QString requestOfSelectedBar() const;
    QString orderOfSelectedBar() const;
    QString plateOf(const QString &vehicleId) const;

    UiContext m_context;
    DispatchActions *m_actions; // what the buttons, menus and drops do
    RecordTableModel *m_requests;
    RequestQueueModel *m_pending;
    RequestQueueModel *m_approved;
    QTableView *m_pendingView;
    QTableView *m_approvedView;
    DispatchBoard *m_board;
    QLabel *m_feedback;
    QLabel *m_orderLabel;
    QPushButton *m_departButton, *m_returnButton, *m_settleButton, *m_cancelOrderButton, *m_printButton,
        *m_historyButton;
    QAction *m_printAction, *m_saveAction;
    QDateEdit *m_dateEdit;
    QToolButton *m_dayButton, *m_weekButton;
    QLineEdit *m_filter;
    QComboBox *m_category;
    QTimer *m_reloadTimer;
    QDate m_day;
    bool m_week = false;
    bool m_canDispatch = false;
    bool m_followClock = true;
};
