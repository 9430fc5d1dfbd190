#pragma once
// What the dispatcher's desk does, apart from its panels: each action of the dispatch page (approve, reject,
// refer, dispatch one or all, move an order, record departure and return, settle, cancel, print, history)
// asks what it needs in a dialog over the page, goes through DispatchService, and says how it went through
// feedback(). The page only finds what is selected and hands it over, so its panels and these steps can be
// read, and changed, one without the other.
#include "domain/bookingsnapshot.h"
#include "domain/dispatchorder.h"
#include "ui/uicontext.h"

#include <QDate>
#include <QObject>
#include <memory>
#include <optional>

class DispatchService;
class QWidget;

class DispatchActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `page`; the actions live as long as it.
    DispatchActions(const UiContext &context, QWidget *page);
    ~DispatchActions() override;

    bool canDispatch() const { return m_canDispatch; }
    // Why the car may not take the request (ids), one reason a line (empty when it may). Judged from the
    // request's snapshot (snapshotFor), so passing over every row of the board reads the store once.
    QString vehicleRefusal(const QString &requestId, const QString &vehicleId);

    // A drop on the board: refused with the reason, or the dispatcher picks the driver.
    void dispatchRequest(const QString &requestId, const QString &vehicleId);
    // The dispatch dialog, with the car proposed (empty: the free cars ranked), then the dispatch.
    void chooseAndDispatch(const QString &requestId, const QString &vehicleId);
    // What the hover verdict, the drop and the dialog judge by: the request, every car and driver and their
    // bookings around its window, read once and kept until the store changes or another request is asked
    // about. The dialog's costs need the bookings of the trip's month too (`withCosts`): those are added to
    // the same snapshot on the drop, so the hover reads a small window. DispatchService::dispatch reads
    // again under the write lock.
    const BookingSnapshot &snapshotFor(const QString &requestId, bool withCosts = false);
    void newRequest(const QDate &day, qint64 nowMs); // proposed on `day`, at the next hour when it is today
    void dispatchAll(const QDate &day);
    void refer(const QString &requestCode, const QString &suggestion);
    void approve(const QString &requestCode);
    void reject(const QString &requestCode);
    void cancelRequest(const QString &requestCode);
    // By ids; the order's code and the car's plate only word the feedback.
    void moveOrder(const QString &taskId, const QString &vehicleId, qint64 startMs, qint64 endMs,
        const QString &taskCode, const QString &plate);
    void printOrder(const QString &taskCode); // to a printer, through the print dialog
    void saveOrder(const QString &taskCode); // to a PDF file
    void showRequestHistory(const QString &requestCode);
    void recordDeparture(const QString &requestCode, qint64 nowMs);
    void recordReturn(const QString &requestCode, const QString &taskId, qint64 nowMs);
    void settle(const QString &requestCode);
    void cancelOrder(const QString &requestCode);

signals:
    void feedback(const QString &text, bool ok);
    void dispatched(const QString &taskId); // after feedback(): the new order, to select on the board

private:
    std::optional<DispatchOrder> loadOrder(const QString &taskCode); // or nothing (said why)
    QString user() const { return m_context.session.user(); }

    UiContext m_context;
    QWidget *m_page;
    std::unique_ptr<DispatchService> m_service;
    bool m_canDispatch = false;
    std::optional<BookingSnapshot> m_snapshot; // snapshotFor's, of m_snapshotRequest
    QString m_snapshotRequest;
};
