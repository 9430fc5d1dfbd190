#include "ui/dispatchalldialog.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DispatchAllDialog::DispatchAllDialog(
    const RecordStore &store, const QString &databasePath, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_day(day)
    , m_job(
          this,
          [this](const DispatchPlan &plan) {
              m_plan = plan;
              m_ready = true;
              showPlan();
              emit planReady();
          },
          BackgroundJob<DispatchPlan>::OnDestroy::Drop)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_view(new QTreeWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Dispatch all requests of %1").arg(day.toString(Qt::ISODate)));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Planning the day's approved requests…"));
    m_progress->setRange(0, 0); // how long a search takes is not known beforehand
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setHeaderLabels({ tr("Request"), tr("Booked"), tr("Vehicle"), tr("Driver"), tr("Cost") });
    m_view->header()->setStretchLastSection(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispatch"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A search may take seconds: on a worker, with its own connection to the file.
    m_job.start(
        databasePath, QStringLiteral("dispatch-plan"),
        [day](BackgroundJob<DispatchPlan>::Worker &w) { return DispatchPlanner(w.store).planDay(day); },
        [databasePath](const QString &error) {
            DispatchPlan failed;
            failed.error = tr("%1: %2").arg(databasePath, error);
            return failed;
        });
    resize(720, 480);
}

DispatchAllDialog::~DispatchAllDialog()
{
    // Not waited for (m_job drops it): the worker holds only the path and the day, and its plan is simply
    // dropped when the dispatcher closes the dialog before it is ready.
}

void DispatchAllDialog::showPlan()
{
    m_progress->hide();
    m_view->clear();
    auto window = [this](const QString &code) {
        const std::optional<Record> r = m_store.findByKey(Kind::Requests, code);
        if (!r)
            return QString();
        const auto start = TimeParse::parseMs(r->text(Field::StartAt));
        const auto end = TimeParse::parseMs(r->text(Field::EndAt));
        return start && end ? QStringLiteral("%1–%2").arg(
                   TimeParse::toBeijingIso(*start).mid(11, 5), TimeParse::toBeijingIso(*end).mid(11, 5))
                            : QString();
    };
    for (const PlannedDispatch &p : m_plan.assignments) {
        new QTreeWidgetItem(m_view,
            { p.requestCode, window(p.requestCode), p.plate, p.driverCode,
                AnomalyText::number(p.vehicleCost + p.driverCost, 1) });
    }
    for (const QString &code : m_plan.unassigned) {
        auto *item = new QTreeWidgetItem(m_view, { code, window(code), tr("none"), QString(), QString() });
        item->setToolTip(0, m_plan.whyUnassigned.value(code));
        item->setText(3, m_plan.whyUnassigned.value(code));
        for (int c = 0; c < 5; ++c)
            item->setForeground(c, QColor(0xb0, 0x24, 0x24));
    }
    for (int c = 0; c < 4; ++c)
        m_view->resizeColumnToContents(c);

    const int n = int(m_plan.assignments.size()), left = int(m_plan.unassigned.size());
    if (!m_plan.error.isEmpty()) {
        m_summary->setText(tr("No plan could be made: %1").arg(m_plan.error));
        return;
    }
    if (n + left == 0) {
        m_summary->setText(
            tr("No approved request is waiting for a car on %1.").arg(m_day.toString(Qt::ISODate)));
        return;
    }
    QString quality = m_plan.provenOptimal
        ? tr("This is the cheapest plan the booking rules allow (proven).")
        : (m_plan.optimalityGap >= 0
                ? tr("The search stopped at its limit: the best plan found, at most %1 above the cheapest.")
                      .arg(AnomalyText::number(m_plan.optimalityGap, 1))
                : tr("The search stopped at its limit: the best plan found."));
    m_summary->setText(tr("%1 of %n request(s) get a car and a driver, total cost %2. %3", nullptr, n + left)
                           .arg(n)
                           .arg(AnomalyText::number(m_plan.totalCost, 1), quality)
        + (left ? QLatin1Char(' ') + tr("The others stay in the queue; the red rows say why.") : QString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispatch %n request(s)", nullptr, n));
}
