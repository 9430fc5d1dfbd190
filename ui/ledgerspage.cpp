#include "ui/ledgerspage.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "ui/ledgerpane.h"
#include "ui/recordlistpane.h"

#include <QTabWidget>
#include <QVBoxLayout>

LedgersPage::LedgersPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    // Refuels first: they are entered weekly and feed two of the fuel rules.
    const QList<QPair<LedgerKind, QString>> ledgers
        = { { LedgerKind::Refuels, Kind::Refuels }, { LedgerKind::Violations, Kind::Violations },
              { LedgerKind::Maintenance, Kind::Maintenance }, { LedgerKind::Payments, Kind::Payments } };
    for (const auto &[ledgerKind, kind] : ledgers) {
        auto *pane = new LedgerPane(context, ledgerKind, kind);
        connect(pane, &LedgerPane::message, this, &LedgersPage::message);
        m_ledgers << pane;
        m_lists << pane->entries();
        m_tabs->addTab(pane, RecordSchema::kind(kind)->translatedTitle());
    }
    for (const QString &kind : { Kind::Plans, Kind::Shops }) {
        auto *pane = new RecordListPane(context, kind);
        connect(pane, &RecordListPane::message, this, &LedgersPage::message);
        m_lists << pane;
        m_tabs->addTab(pane, RecordSchema::kind(kind)->translatedTitle());
    }
    layout->addWidget(m_tabs);
}

RecordListPane *LedgersPage::pane(const QString &kind) const
{
    for (RecordListPane *p : m_lists) {
        if (p->kind() == kind)
            return p;
    }
    return nullptr;
}

LedgerPane *LedgersPage::ledger(const QString &kind) const
{
    for (LedgerPane *p : m_ledgers) {
        if (p->recordKind() == kind)
            return p;
    }
    return nullptr;
}

void LedgersPage::showKind(const QString &kind)
{
    if (LedgerPane *l = ledger(kind)) {
        m_tabs->setCurrentWidget(l);
        l->showLedger();
    } else if (RecordListPane *p = pane(kind)) {
        m_tabs->setCurrentWidget(p);
    }
}

void LedgersPage::showEntries(const QString &kind)
{
    if (LedgerPane *l = ledger(kind)) {
        m_tabs->setCurrentWidget(l);
        l->showEntries();
    } else {
        showKind(kind);
    }
}
