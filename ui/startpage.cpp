#include "ui/startpage.h"
#include "store/recordstore.h"
#include "ui/dueplansmodel.h"
#include "ui/vehiclefiledialog.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

StartPage::StartPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_title(new QLabel)
    , m_plansHeading(new QLabel)
    , m_plansStack(new QStackedWidget)
    , m_view(new QTableView)
    , m_empty(new QLabel)
    , m_model(new DuePlansModel(this))
    , m_reloadSoon(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("startTitle"));
    layout->addWidget(m_title);

    // What waits elsewhere, two columns of links.
    auto *counts = new QGridLayout;
    counts->setHorizontalSpacing(32);
    m_dispatch = countLabel(QStringLiteral("requestsToDispatch"));
    m_approve = countLabel(QStringLiteral("requestsToApprove"));
    m_findings = countLabel(QStringLiteral("openFindings"));
    m_orders = countLabel(QStringLiteral("supervisionOrders"));
    m_shop = countLabel(QStringLiteral("carsInShop"));
    counts->addWidget(m_dispatch, 0, 0);
    counts->addWidget(m_approve, 1, 0);
    counts->addWidget(m_shop, 2, 0);
    counts->addWidget(m_findings, 0, 1);
    counts->addWidget(m_orders, 1, 1);
    counts->setColumnStretch(2, 1);
    layout->addLayout(counts);
    layout->addSpacing(8);

    auto *heading = new QHBoxLayout;
    QFont bold = m_plansHeading->font();
    bold.setBold(true);
    m_plansHeading->setFont(bold);
    heading->addWidget(m_plansHeading, 1);
    auto *all = new QPushButton(tr("All plans…"));
    all->setObjectName(QStringLiteral("allPlans"));
    connect(all, &QPushButton::clicked, this, &StartPage::openPlans);
    heading->addWidget(all);
    layout->addLayout(heading);

    m_view->setObjectName(QStringLiteral("duePlans"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setToolTip(tr("Double-click a plan to open the car's file."));
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { openPlanRow(i.row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { openPlanRow(i.row()); });
    m_empty->setObjectName(QStringLiteral("noPlansDue"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_plansStack->addWidget(m_view);
    m_plansStack->addWidget(m_empty);
    layout->addWidget(m_plansStack, 1);

    // Edits anywhere (a return's odometer, a repair, a new plan) show here without a restart; a burst of
    // changes (an import) reads once.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(200);
    connect(m_reloadSoon, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload(); // a hidden page reads again when shown
    });
    connect(m_context.store, &RecordStore::recordsChanged, m_reloadSoon, qOverload<>(&QTimer::start));
    reload();
}

QLabel *StartPage::countLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("dispatch"))
            emit openDispatch();
        else if (link == QLatin1String("review"))
            emit openReview();
        else if (link == QLatin1String("supervision"))
            emit openSupervision();
        else if (link == QLatin1String("board"))
            emit openBoard();
    });
    return label;
}

void StartPage::setCount(QLabel *label, int count, const QString &text, const QString &link)
{
    // Nothing waiting reads quietly; something waiting is a link to where it is done.
    label->setText(count > 0
            ? QStringLiteral("<a href=\"%1\">%2</a>").arg(link, text.toHtmlEscaped())
            : QStringLiteral("<span style=\"color: gray\">%1</span>").arg(text.toHtmlEscaped()));
}

void StartPage::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    reload();
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The day moves on while the window stays open: judge again when the page comes into view.
    reload();
}

void StartPage::reload()
{
    m_overview = StartOverview::load(*m_context.store, *m_context.settings, m_clock());
    const StartOverview &o = m_overview;
    m_title->setText(tr("Today, %1").arg(QLocale().toString(o.today, QLocale::LongFormat)));
    setCount(m_dispatch, o.requestsToDispatch,
        tr("%n request(s) approved and waiting for a car", nullptr, o.requestsToDispatch),
        QStringLiteral("dispatch"));
    setCount(m_approve, o.requestsToApprove,
        tr("%n request(s) waiting for approval", nullptr, o.requestsToApprove), QStringLiteral("dispatch"));
    setCount(m_findings, o.openFindings, tr("%n finding(s) not yet dealt with", nullptr, o.openFindings),
        QStringLiteral("review"));
    setCount(m_orders, o.ordersOverdue + o.ordersDueSoon,
        tr("Supervision orders: %1 overdue, %2 due soon").arg(o.ordersOverdue).arg(o.ordersDueSoon),
        QStringLiteral("supervision"));
    QString shop = tr("%n car(s) in the shop today", nullptr, int(o.inShopToday.size()));
    if (!o.shopPlates.isEmpty()) {
        QStringList plates = o.shopPlates;
        plates.removeDuplicates();
        shop += QStringLiteral(": ") + plates.join(QStringLiteral(", "));
    }
    setCount(m_shop, int(o.inShopToday.size()), shop, QStringLiteral("board"));

    int overdue = 0;
    for (const PlanStatus &s : o.plans)
        overdue += s.state == PlanStatus::Overdue ? 1 : 0;
    m_plansHeading->setText(o.plans.isEmpty()
            ? tr("Maintenance plans")
            : tr("Maintenance plans: %1 overdue, %2 due soon").arg(overdue).arg(o.plans.size() - overdue));
    m_model->setPlans(o.plans);
    m_empty->setText(
        tr("No maintenance is due: no plan falls due in the next %n day(s) or %1 km.", nullptr, o.lead.days)
            .arg(QLocale().toString(o.lead.km, 'f', 0)));
    m_plansStack->setCurrentWidget(o.plans.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    m_view->resizeColumnsToContents();
}

void StartPage::openPlanRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    VehicleFileDialog::openPlate(m_context, m_model->plans().at(row).plan.plate, this);
}
