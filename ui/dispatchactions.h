#pragma once
// What the dispatcher's desk does, apart from its panels: each action of the dispatch page (approve, reject,
// refer, dispatch one or all, move an order, record departure and return, settle, cancel, print, history)
// asks what it needs in a dialog over the page, goes through DispatchService, and says how it went through
// feedback(). The page only finds what is selected and hands it over, so its panels and these steps can be
// read, and changed, one without the other.
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
    // Why the car with `plate` may not take the request, one reason a line (empty when it may).
    QString vehicleRefusal(const QString &requestCode, const QString &plate) const;

    // A drop on the board: refused with the reason, or the dispatcher picks the driver.
    void dispatchRequest(const QString &requestCode, const QString &plate);
    // The dispatch dialog, with `plate` proposed (empty: the free cars ranked), then the dispatch.
    void chooseAndDispatch(const QString &requestCode, const QString &plate);
    void newRequest(const QDate &day, qint64 nowMs); // proposed on `day`, at the next hour when it is today
    void dispatchAll(const QDate &day);
    void refer(const QString &requestCode, const QString &suggestion);
    void approve(const QString &requestCode);
    void reject(const QString &requestCode);
    void cancelRequest(const QString &requestCode);
    void moveOrder(const QString &taskCode, const QString &plate, qint64 startMs, qint64 endMs);
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
};
