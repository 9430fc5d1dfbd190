#pragma once
// The Settlement tab (结算) of the Reports page: a chosen month's returned trips priced by the charging
// standard (domain/Settlement, as `settle --month`), per-agency totals, "Settle month" (stores the prices,
// as `settle --month --apply`, on a worker), "Adjust charge…" with a required reason (as `adjust-charge`)
// and the order's history beside it, "Monthly statement…" per agency to .xlsx or PDF (as `statement`), and
// "Compare with finance…" (as `compare-finance`; a file without §6's columns goes through the import
// assistant's column mapping first). The deciding is the domain's; this page shows it and asks.
#include "domain/financecomparison.h"
#include "models/backgroundjob.h"
#include "ui/uicontext.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class ChangeHistoryModel;
class FinanceComparisonDialog;
class ImportAssistantDialog;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class SettlementModel;
class TextTableModel;

class SettlementPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettlementPage(const UiContext &context, QWidget *parent = nullptr);
    ~SettlementPage() override;

    // The Reports page's tabs: the figures, and this beside them (object name "reportTabs").
    QTabWidget *besideFigures(QWidget *figures);

    void setMonth(const QDate &month); // any day of it; reloads
    checks::YearMonth month() const;
    SettlementModel *model() const { return m_model; }
    TextTableModel *totalsModel() const { return m_totals; }
    ChangeHistoryModel *historyModel() const { return m_history; }
    QTableView *tripsView() const { return m_trips; }
    bool isBusy() const;
    // Blocks until the running load or settlement is done and shown (tests).
    void waitUntilIdle();

    void selectTrip(const QString &taskCode);
    QString selectedTrip() const;
    // Adjusts a trip's charge through Settlement::adjust; empty on success, else why it was refused.
    QString adjustCharge(const QString &taskCode, std::optional<double> amountYuan, const QString &reason);
    // One agency's statement of the shown month to .xlsx or .pdf (by the name), as `statement` writes it.
    QString writeStatement(const QString &unitCode, const QString &path) const;
    // Reads the finance office's export and shows the comparison. A file in §6's `payments` columns is
    // compared at once; any other opens the import assistant to map its columns first (mappingDialog()).
    void compareWithFinance(const QString &path);
    ImportAssistantDialog *mappingDialog() const;
    FinanceComparisonDialog *comparisonDialog() const;

public slots:
    void reload();
    void settleMonth(); // asks first, then stores the prices on a worker

signals:
    void message(const QString &text);
    void loaded(); // the month's lines are shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Loaded
    {
        QList<SettlementLine> lines;
        int changed = -1; // trips whose stored price changed, when settling
        QString error;
    };
    void start(bool apply);
    void showLoaded(const Loaded &result);
    void updateActions();
    void showHistory();
    void askAdjustment();
    void askStatement();
    void askComparison();
    void compare(const QString &path, const QList<FinancePayment> &payments);
    QString unitOfSelection() const;

    UiContext m_context;
    QDateEdit *m_month;
    QLabel *m_summary;
    QPushButton *m_settle, *m_adjust, *m_statement, *m_compare;
    SettlementModel *m_model;
    QTableView *m_trips;
    TextTableModel *m_totals;
    QTableView *m_totalsView;
    QTabWidget *m_details;
    ChangeHistoryModel *m_history = nullptr;
    QTableView *m_historyView;
    QPointer<ImportAssistantDialog> m_mapping;
    QPointer<FinanceComparisonDialog> m_comparison;
    BackgroundJob<Loaded> m_job;
    bool m_stale = true;
    bool m_again = false; // a reload asked while the worker was busy
    bool m_applying = false;
    bool m_announcing = false;
    bool m_pending = false; // a worker started and its result not shown yet
};
