#pragma once
// One ledger (台账) as the administrator reads it: the period's rows filtered by vehicle, agency and driver,
// their sums in a footer, for refuels also the totals per vehicle, card or agency, and export of exactly what
// is shown to .xlsx and PDF. The period and the filters are kept in the settings (ledgers/<kind>/…), so the
// ledger opens as it was left. A second tab holds the kind's entries (RecordListPane: add, edit, import).
// The rows come from LedgerBook (domain/), which reads the store; this pane runs no SQL. The reading runs on
// a worker (LedgerJob, its own connection): the refuels' l/100 km measure the cars' tracks, seconds on a
// city's fleet. Meanwhile the rows read before stay (or "reading" is said), with a progress bar and Cancel;
// a newer period replaces a reading still running, whose rows are then never shown.
#include "domain/ledgerbook.h"
#include "ui/uicontext.h"

#include <QDate>
#include <QPair>
#include <QWidget>

class LedgerJob;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class LedgerTableModel;
class RecordListPane;
class TextTableModel;

class LedgerPane : public QWidget
{
    Q_OBJECT

public:
    LedgerPane(
        const UiContext &context, LedgerKind kind, const QString &recordKind, QWidget *parent = nullptr);

    LedgerKind kind() const { return m_kind; }
    QString recordKind() const { return m_recordKind; }
    RecordListPane *entries() const { return m_entries; }
    LedgerTableModel *model() const { return m_model; }
    TextTableModel *groupModel() const { return m_groupModel; }
    QString footerText() const;
    LedgerFilter filter() const;
    // A reading is running on the worker.
    bool isLoading() const { return m_job != nullptr; }
    // The period of the rows shown (`to` included); the chosen one until a reading has been shown.
    QPair<QDate, QDate> shownPeriod() const;
    QString statusText() const;
    // Blocks until the running reading is done and shown (tests).
    void waitUntilIdle();
    void showEntries();
    void showLedger();

    // Exactly what is shown (the filtered rows, their sums, for refuels the grouped totals). Empty on
    // success, else what went wrong and where.
    QString exportWorkbook(const QString &path) const;
    QString writePdf(const QString &path) const;

public slots:
    void reload(); // the period's rows from the store, on a worker
    void cancelLoad(); // the rows shown stay; the ledger is read again when next shown
    void saveWorkbook();
    void savePdf();

signals:
    void message(const QString &text);
    void loaded(); // a reading's rows (or its error) are shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(); // the rows already loaded, through the vehicle, agency and driver filters
    void fillChoices();
    void remember() const;
    QString settingsKey(const char *name) const;
    QString describeFilter() const;
    void finishLoad(LedgerJob *job);
    void showBusy(bool busy);

    UiContext m_context;
    LedgerKind m_kind;
    QString m_recordKind;
    LedgerBook m_book;
    bool m_read = false; // m_book holds a reading (its period is the one shown)
    LedgerJob *m_job = nullptr; // the reading whose rows will be shown; others are dropped
    bool m_stale = true; // the store changed since the rows were read
    QTabWidget *m_tabs;
    QDateEdit *m_from, *m_to;
    QComboBox *m_vehicle, *m_agency, *m_driver;
    QComboBox *m_group = nullptr;
    LedgerTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    TextTableModel *m_groupModel = nullptr;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QTableView *m_groupView = nullptr;
    QLabel *m_empty;
    QLabel *m_footer;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    RecordListPane *m_entries;
};
