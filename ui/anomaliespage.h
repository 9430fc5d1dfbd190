#pragma once
// The review page's anomalies (异常): runs the eight rules over a period in the background (progress,
// Cancel), lists the stored findings with filters by rule, agency, vehicle, driver, month and status, says
// each one's evidence in words, and lets auditors and administrators review, dismiss (with a reason) or
// supervise them. Dispatchers read only.
#include "ui/uicontext.h"

#include <QWidget>

class AnomalyDetailPane;
class AnomalyFilterModel;
class AnomalyTableModel;
class CheckJob;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
struct CheckOutcome;

class AnomaliesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnomaliesPage(const UiContext &context, QWidget *parent = nullptr);
    ~AnomaliesPage() override;

    bool canAct() const { return m_canAct; }
    bool isChecking() const { return m_job != nullptr; }
    AnomalyTableModel *model() const { return m_model; }
    AnomalyFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    AnomalyDetailPane *detail() const { return m_detail; }
    QString selectedId() const;
    QStringList selectedIds() const; // every selected finding (several may go into one order)
    void selectId(const QString &id);
    // The default period: the last full calendar month, Beijing time.
    static QPair<QDate, QDate> lastMonth(const QDate &beijingToday);

public slots:
    void runCheck();
    void cancelCheck();
    void reviewSelected();
    void dismissSelected();
    void superviseSelected();

signals:
    void message(const QString &text);
    void replayTask(const QString &taskCode); // the auditor wants the finding's trip on the map
    void checkFinished();
    void orderDrafted(const QString &number); // a supervision order was drafted from the selected findings

private:
    void fitColumns();
    QComboBox *addFilter(const QString &name, int column, const QString &tip);
    void refillFilters();
    void updateState();
    void showSelected();
    void selectFirstIfNone();
    void onCheckFinished(const CheckOutcome &outcome);
    void changeStatus(const QString &status, const QString &reason);

    UiContext m_context;
    bool m_canAct;
    AnomalyTableModel *m_model;
    AnomalyFilterModel *m_proxy;
    CheckJob *m_job = nullptr;
    QDateEdit *m_from, *m_to;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QList<QPair<int, QComboBox *>> m_filters;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty, *m_count, *m_result;
    AnomalyDetailPane *m_detail;
};
