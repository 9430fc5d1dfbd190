#pragma once
// The ledgers (台账): refuels, traffic violations, repairs and payments each as a LedgerPane (filtered rows,
// sums, export, and the kind's entries), then the maintenance plans and the designated repair shops as plain
// record lists. The administrator keeps them; other roles read them.
#include "ui/uicontext.h"

#include <QWidget>

class QTabWidget;
class LedgerPane;
class RecordListPane;

class LedgersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LedgersPage(const UiContext &context, QWidget *parent = nullptr);

    // The kind's record list (a ledger's Entries tab), or nullptr.
    RecordListPane *pane(const QString &kind) const;
    LedgerPane *ledger(const QString &kind) const; // nullptr for plans and shops
    void showKind(const QString &kind); // its tab; a ledger shows its rows
    void showEntries(const QString &kind); // its tab; a ledger shows its entries

signals:
    void message(const QString &text);

private:
    QTabWidget *m_tabs;
    QList<LedgerPane *> m_ledgers;
    QList<RecordListPane *> m_lists;
};
