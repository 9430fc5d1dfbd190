#include "ledgerspage.h"
#include "recordlistpane.h"
#include "recordschema.h"

#include <QTabWidget>
#include <QVBoxLayout>

LedgersPage::LedgersPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("ledgerTabs"));
    m_tabs->setDocumentMode(true);
    // Refuels first: they are entered weekly and feed two of the fuel rules.
    for (const QString &kind :
        { QStringLiteral("refuels"), QStringLiteral("violations"), QStringLiteral("maintenance") }) {
        auto *pane = new RecordListPane(context, kind);
        connect(pane, &RecordListPane::message, this, &LedgersPage::message);
        m_panes << pane;
        m_tabs->addTab(pane, RecordSchema::kind(kind)->translatedTitle());
    }
    layout->addWidget(m_tabs);
}

RecordListPane *LedgersPage::pane(const QString &kind) const
{
    for (RecordListPane *p : m_panes) {
        if (p->kind() == kind)
            return p;
    }
    return nullptr;
}

void LedgersPage::showKind(const QString &kind)
{
    if (RecordListPane *p = pane(kind))
        m_tabs->setCurrentWidget(p);
}
