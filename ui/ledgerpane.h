#pragma once
// One ledger (台账) as the administrator reads it: the period's rows filtered by vehicle, agency and driver,
// their sums in a footer, for refuels also the totals per vehicle, card or agency, and export of exactly what
// is shown to .xlsx and PDF. The period and the filters are kept in the settings (ledgers/<kind>/…), so the
// ledger opens as it was left. A second tab holds the kind's entries (RecordListPane: add, edit, import).
// The rows come from LedgerBook (domain/), which reads the store; this pane runs no SQL.
#include "domain/ledgerbook.h"
#include "ui/uicontext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
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
    void showEntries();
    void showLedger();

    // Exactly what is shown (the filtered rows, their sums, for refuels the grouped totals). Empty on
    // success, else what went wrong and where.
    QString exportWorkbook(const QString &path) const;
    QString writePdf(const QString &path) const;

public slots:
    void reload(); // the period's rows from the store
    void saveWorkbook();
    void savePdf();

signals:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(); // the rows already loaded, through the vehicle, agency and driver filters
    void fillChoices();
    void remember() const;
    QString settingsKey(const char *name) const;
    QString describeFilter() const;

    UiContext m_context;
    LedgerKind m_kind;
    QString m_recordKind;
    LedgerBook m_book;
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
    RecordListPane *m_entries;
};
