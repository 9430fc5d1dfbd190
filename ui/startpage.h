#pragma once
// The start page: the first page the administrator and the dispatcher see after signing in. Today's work
// at a glance: short counts of what waits (requests to approve and to dispatch, open findings, supervision
// orders past or near their deadline, cars in the shop today), each a link to its page, and the
// maintenance plans due and overdue (overdue red, due soon amber); a double-click opens the car's file.
// Data from domain/StartOverview; nothing here reads the database.
#include "domain/startoverview.h"
#include "ui/uicontext.h"

#include <QWidget>
#include <functional>

class DuePlansModel;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(const UiContext &context, QWidget *parent = nullptr);

    // The moment the page judges by (UTC ms); the wall clock unless a test sets one.
    void setClock(std::function<qint64()> clock);
    const StartOverview &overview() const { return m_overview; }
    DuePlansModel *plansModel() const { return m_model; }
    QTableView *plansView() const { return m_view; }
    // The row's car file (double-click); does nothing for a row out of range.
    void openPlanRow(int row);

public slots:
    void reload();

signals:
    void openDispatch(); // the requests waiting
    void openReview(); // the open findings
    void openSupervision(); // the orders near or past their deadline
    void openBoard(); // the cars in the shop
    void openPlans(); // every plan, in the ledgers

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *countLabel(const QString &name);
    void setCount(QLabel *label, int count, const QString &text, const QString &link);

    UiContext m_context;
    std::function<qint64()> m_clock;
    StartOverview m_overview;
    QLabel *m_title;
    QLabel *m_approve, *m_dispatch, *m_findings, *m_orders, *m_shop;
    QLabel *m_plansHeading;
    QStackedWidget *m_plansStack;
    QTableView *m_view;
    QLabel *m_empty;
    DuePlansModel *m_model;
    QTimer *m_reloadSoon;
};
