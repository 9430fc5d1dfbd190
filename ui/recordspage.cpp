#include "ui/recordspage.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "ui/recordlistpane.h"
#include "ui/stationsmapdialog.h"

#include <QAction>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

RecordsPage::RecordsPage(const UiContext &context, QWidget *parent)
    // The order an administrator sets a fleet up in: who owns, what drives, who drives, how it refuels,
    // where.
    : RecordsPage(context,
        { Kind::Vehicles, Kind::Drivers, Kind::Units, Kind::Cards, Kind::Stations, Kind::Fences }, parent)
{ }

RecordsPage::RecordsPage(const UiContext &context, const QStringList &kinds, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    for (const QString &kind : kinds) {
        auto *pane = new RecordListPane(context, kind);
        connect(pane, &RecordListPane::message, this, &RecordsPage::message);
        m_panes << pane;
        if (kind == Kind::Stations) {
            // The stations on a map, with what each sold this month (the refuel ledger's map).
            pane->toolBar()->addSeparator();
            QAction *map = pane->toolBar()->addAction(
                style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Show on map"), this, [this, context] {
                    auto *dialog = new StationsMapDialog(context, this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->show();
                });
            map->setObjectName(QStringLiteral("showStationsOnMap"));
            map->setToolTip(tr("The refuel stations on a map, with this month's refuels and litres at each"));
        }
        m_tabs->addTab(pane, RecordSchema::kind(kind)->translatedTitle());
    }
    layout->addWidget(m_tabs);
}

RecordListPane *RecordsPage::pane(const QString &kind) const
{
    for (RecordListPane *p : m_panes) {
        if (p->kind() == kind)
            return p;
    }
    return nullptr;
}

void RecordsPage::showKind(const QString &kind)
{
    if (RecordListPane *p = pane(kind))
        m_tabs->setCurrentWidget(p);
}
