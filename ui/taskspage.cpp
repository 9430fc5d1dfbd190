#include "ui/taskspage.h"
#include "base/appsettings.h"
#include "domain/anomalytext.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/taskmileagemodel.h"
#include "store/recordkinds.h"
#include "ui/recordlistpane.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

TasksPage::TasksPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_pane(new RecordListPane(context, Kind::Tasks))
{
    const double ratio = context.settings->threshold(QStringLiteral("rules/mileage_ratio"));
    const double jump = context.settings->threshold(QStringLiteral("rules/jump_speed_kmh"));
    m_mileage = new TaskMileageModel(context.store, m_pane->model(), ratio, jump, this);
    // Columns are only appended, so the pane's filters keep addressing the same column numbers.
    m_pane->proxy()->setSourceModel(m_mileage);
    QHeaderView *header = m_pane->view()->horizontalHeader();
    for (int column : { m_mileage->trackedColumn(), m_mileage->ratioColumn() }) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_pane->view()->resizeColumnToContents(column);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane, 1);
    auto *note = new QLabel(tr("Tracked km: the vehicle's positions inside the booked window, without jumps "
                               "above %1 km/h — what the mileage rule compares with the navigation km "
                               "(reported at %2 × or more).")
                                .arg(AnomalyText::number(jump, 0), AnomalyText::number(ratio, 2)));
    note->setObjectName(QStringLiteral("mileageNote"));
    note->setWordWrap(true);
    note->setContentsMargins(9, 0, 9, 6);
    layout->addWidget(note);
    connect(m_pane, &RecordListPane::message, this, &TasksPage::message);
}
