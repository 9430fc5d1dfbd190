#include "ui/anomaliespage.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "checks/checkrunner.h"
#include "domain/anomalytext.h"
#include "domain/supervisionservice.h"
#include "models/anomalyfiltermodel.h"
#include "models/anomalytablemodel.h"
#include "models/checkjob.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "ui/anomalydetailpane.h"
#include "ui/listviews.h"
#include "ui/reasondialog.h"
#include "ui/vehiclefiledialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

AnomaliesPage::AnomaliesPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_canAct(context.session.role() == Session::Role::Auditor
          || context.session.role() == Session::Role::Administrator)
    , m_model(new AnomalyTableModel(context.store, this))
    , m_proxy(new AnomalyFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);

    // The period to check: whole Beijing days, both included.
    auto *period = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"));
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setToolTip(tr("First day checked (Beijing time)"));
    m_to->setToolTip(tr("Last day checked, included (Beijing time)"));
    periodLabel->setBuddy(m_from);
    const QDate today = QDateTime::currentDateTimeUtc().addMSecs(TimeParse::kBeijingOffsetMs).date();
    const auto [first, last] = lastMonth(today);
    m_from->setDate(first);
    m_to->setDate(last);
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Run checks"));
    m_run->setObjectName(QStringLiteral("runCheck"));
    m_run->setToolTip(tr("Run the eight anomaly rules over the period and keep what they find. Findings "
                         "already known keep their status."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(60);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelCheck"));
    m_cancel->setToolTip(tr("Stop the check; nothing of it is stored (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    period->addWidget(periodLabel);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("–")));
    period->addWidget(m_to);
    period->addWidget(m_run);
    period->addWidget(m_progress, 1);
    period->addWidget(m_cancel);
    period->addStretch();
    layout->addLayout(period);
    for (QWidget *w : { static_cast<QWidget *>(periodLabel), static_cast<QWidget *>(m_from),
             static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_run) })
        w->setVisible(m_canAct); // a dispatcher reads the findings; running checks stores them
    m_progress->hide();
    m_cancel->hide();

    auto *filters = new QHBoxLayout;
    addFilter(QStringLiteral("rule"), AnomalyTableModel::RuleColumn, tr("Show one kind of anomaly"));
    addFilter(QStringLiteral("unit"), AnomalyTableModel::UnitColumn, tr("Show one agency's vehicles"));
    addFilter(QStringLiteral("plate"), AnomalyTableModel::PlateColumn, tr("Show one vehicle"));
    addFilter(QStringLiteral("driver"), AnomalyTableModel::DriverColumn, tr("Show one driver"));
    addFilter(QStringLiteral("month"), AnomalyTableModel::TimeColumn, tr("Show one month (Beijing time)"));
    addFilter(QStringLiteral("status"), AnomalyTableModel::StatusColumn, tr("Show one status"));
    for (const auto &[column, combo] : std::as_const(m_filters))
        filters->addWidget(combo, 1);
    layout->addLayout(filters);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("anomalies"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnomalyTableModel::TimeColumn, Qt::DescendingOrder);
    ListViews::setUp(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // several findings may go into one order
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty = ListViews::emptyState();
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_detail = new AnomalyDetailPane(m_model, m_canAct);
    m_detail->setMinimumWidth(220);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("split"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_stack);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("count"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bottom->addWidget(m_count);
    bottom->addWidget(m_result, 1);
    layout->addLayout(bottom);

    // The end is not bounded by the start while typing (a minimum refused the "1" of a typed "10" when the
    // month went back); once a date is entered, the other end follows so the period stays in order.
    connect(m_from, &QDateEdit::editingFinished, this, [this] {
        if (m_to->date() < m_from->date())
            m_to->setDate(m_from->date());
    });
    connect(m_to, &QDateEdit::editingFinished, this, [this] {
        if (m_from->date() > m_to->date())
            m_from->setDate(m_to->date());
    });
    connect(m_run, &QPushButton::clicked, this, &AnomaliesPage::runCheck);
    connect(m_cancel, &QPushButton::clicked, this, &AnomaliesPage::cancelCheck);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnomaliesPage::refillFilters);
    // Sized to the findings after every load: sized once on an empty list, the plate and time columns kept
    // their empty widths and read "苏F·…" and "2026-…" after a check.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnomaliesPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnomaliesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AnomaliesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AnomaliesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AnomaliesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AnomaliesPage::showSelected);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnomaliesPage::showSelected);
    connect(m_detail, &AnomalyDetailPane::reviewRequested, this, &AnomaliesPage::reviewSelected);
    connect(m_detail, &AnomalyDetailPane::dismissRequested, this, &AnomaliesPage::dismissSelected);
    connect(m_detail, &AnomalyDetailPane::superviseRequested, this, &AnomaliesPage::superviseSelected);
    connect(m_detail, &AnomalyDetailPane::replayRequested, this, &AnomaliesPage::replayTask);
    connect(m_detail, &AnomalyDetailPane::vehicleFileRequested, this,
        [this](const QString &plate) { VehicleFileDialog::openPlate(m_context, plate, this); });

    refillFilters();
    fitColumns();
    split->setSizes({ 640, 360 }); // the list keeps most of the width; the evidence wraps
    updateState();
    selectFirstIfNone();
}

void AnomaliesPage::fitColumns()
{
    // The last column stretches; the others take their content's width, but no one column the whole view.
    const int widest = qMax(160, m_view->viewport()->width() / 2);
    for (int c = 0; c < AnomalyTableModel::ColumnCount - 1; ++c) {
        m_view->resizeColumnToContents(c);
        if (m_view->columnWidth(c) > widest)
            m_view->setColumnWidth(c, widest);
    }
}

void AnomaliesPage::selectFirstIfNone()
{
    // The detail pane is the point of the page: open on a finding rather than on an empty pane.
    if (selectedId().isEmpty() && m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

AnomaliesPage::~AnomaliesPage()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->wait();
    }
}

QPair<QDate, QDate> AnomaliesPage::lastMonth(const QDate &beijingToday)
{
    const QDate first = QDate(beijingToday.year(), beijingToday.month(), 1).addMonths(-1);
    return { first, first.addMonths(1).addDays(-1) };
}

QComboBox *AnomaliesPage::addFilter(const QString &name, int column, const QString &tip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("filter_") + name);
    combo->setToolTip(tip);
    // Shrinks with the window rather than holding it open at the width of the longest agency name.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
        m_proxy->setColumnFilter(column, combo->currentData().toString());
        updateState();
    });
    m_filters.append({ column, combo });
    return combo;
}

void AnomaliesPage::refillFilters()
{
    // What each filter offers: the fixed lists (rules, statuses), or the values the findings hold now.
    for (const auto &[column, combo] : std::as_const(m_filters)) {
        std::map<QString, QString> items; // label -> raw, sorted by label
        QString all;
        QList<QPair<QString, QString>> fixed;
        switch (column) {
        case AnomalyTableModel::RuleColumn:
            all = tr("All anomalies");
            for (const QString &rule : checks::CheckRunner::ruleIds())
                fixed.append({ AnomalyText::ruleName(rule), rule });
            break;
        case AnomalyTableModel::StatusColumn:
            all = tr("Any status");
            fixed.append({ tr("Open (not dismissed)"), AnomalyFilterModel::OpenStatus });
            for (const QString &status : AnomalyStore::statuses())
                fixed.append({ AnomalyStore::statusLabel(status), status });
            break;
        default:
            all = column == AnomalyTableModel::UnitColumn   ? tr("All agencies")
                : column == AnomalyTableModel::PlateColumn  ? tr("All vehicles")
                : column == AnomalyTableModel::DriverColumn ? tr("All drivers")
                                                            : tr("All months");
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, column);
                const QString raw = index.data(AnomalyTableModel::RawRole).toString();
                if (raw.isEmpty())
                    continue;
                items.emplace(column == AnomalyTableModel::TimeColumn ? raw : index.data().toString(), raw);
            }
            for (const auto &[label, raw] : items)
                fixed.append({ label, raw });
            if (column == AnomalyTableModel::TimeColumn)
                std::reverse(fixed.begin(), fixed.end()); // the latest month first
            break;
        }
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[label, raw] : std::as_const(fixed))
            combo->addItem(label, raw);
        const int keep = combo->findData(current);
        combo->setCurrentIndex(qMax(0, keep));
        if (keep < 0)
            m_proxy->setColumnFilter(column, QString()); // the value filtered on is gone
    }
}

QString AnomaliesPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AnomalyTableModel::IdRole).toString();
}

void AnomaliesPage::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AnomaliesPage::showSelected()
{
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    m_detail->setRecord(row >= 0 ? std::optional<AnomalyRecord>(m_model->recordAt(row)) : std::nullopt);
}

void AnomaliesPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_empty->setText(m_canAct ? tr("No anomalies found yet.\nChoose a period above and press Run checks: "
                                       "the eight rules look at its dispatch orders, tracks, refuels and "
                                       "violations.")
                                  : tr("No anomalies found yet.\nAn auditor runs the checks; what they find "
                                       "appears here."));
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No anomalies match the filters.\nChoose \"All\" in a filter to see more."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_count->setText(shown == total ? tr("%n anomaly(-ies)", nullptr, total)
                                    : tr("%1 of %n anomaly(-ies) shown", nullptr, total).arg(shown));
    const bool running = m_job != nullptr;
    m_run->setEnabled(!running);
    m_from->setEnabled(!running);
    m_to->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    showSelected();
}

void AnomaliesPage::runCheck()
{
    if (!m_canAct || m_job)
        return;
    CheckRequest request;
    const QDate first = std::min(m_from->date(), m_to->date());
    const QDate last = std::max(m_from->date(), m_to->date());
    request.fromMs = TimeParse::parseDateMs(first.toString(Qt::ISODate)).value_or(0);
    request.toMs = TimeParse::parseDateMs(last.addDays(1).toString(Qt::ISODate)).value_or(0);
    request.thresholds = CheckService::thresholdsFrom(*m_context.settings);
    m_job = new CheckJob(m_context.databasePath, request, m_context.session.user(), this);
    m_progress->setRange(0, 0); // busy until the first vehicle is done: loading the records takes a moment
    m_progress->setFormat(tr("%p%"));
    connect(m_job, &CheckJob::progress, m_progress, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &CheckJob::finished, this, &AnomaliesPage::onCheckFinished);
    m_result->setText(tr("Checking %1 – %2…")
                          .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    m_job->start();
    updateState();
    m_cancel->setFocus(); // so Esc or Space stops it without hunting for the button
}

void AnomaliesPage::cancelCheck()
{
    if (m_job) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_result->setText(tr("Cancelling…"));
    }
}

void AnomaliesPage::onCheckFinished(const CheckOutcome &outcome)
{
    const QString period
        = tr("%1 – %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    m_job->deleteLater();
    m_job = nullptr;
    m_cancel->setEnabled(true);
    QString text;
    if (outcome.cancelled) {
        text = tr("Check of %1 cancelled; nothing was stored.").arg(period);
    } else if (!outcome.ok) {
        text = tr("The check of %1 failed: %2").arg(period, outcome.error);
        QMessageBox::warning(this, tr("Check failed"), text);
    } else {
        // The worker wrote through its own connection: tell this one's views.
        m_context.store->announceChange(Kind::Anomalies);
        const int found = int(outcome.anomalies.size());
        text = found == 0 ? tr("Checked %1: no anomalies.").arg(period)
                          : tr("Checked %1: %n anomaly(-ies) found.", nullptr, found).arg(period)
                + QLatin1Char(' ') + tr("%n of them new.", nullptr, outcome.added);
    }
    m_result->setText(text);
    emit message(text);
    updateState();
    selectFirstIfNone();
    m_run->setFocus();
    emit checkFinished();
}

void AnomaliesPage::changeStatus(const QString &status, const QString &reason)
{
    const QString id = selectedId();
    if (!m_canAct || id.isEmpty())
        return;
    const AnomalyRecord before = m_model->recordAt(m_model->rowOf(id));
    const QString refused = m_model->setStatus(id, status, reason, m_context.session.user());
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Not changed"), tr("The anomaly was not changed: %1.").arg(refused));
        return;
    }
    selectId(id);
    emit message(
        tr("%1 · %2: %3")
            .arg(AnomalyText::ruleName(before.rule), before.plate, AnomalyStore::statusLabel(status)));
}

void AnomaliesPage::reviewSelected()
{
    changeStatus(QStringLiteral("review"), QString());
}

QStringList AnomaliesPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(AnomalyTableModel::IdRole).toString();
    return ids;
}

// Drafts one supervision order about the selected findings (several of one agency may go together), which
// marks them supervised; the order then opens on the Supervision page to be issued.
void AnomaliesPage::superviseSelected()
{
    const QStringList ids = selectedIds();
    if (!m_canAct || ids.isEmpty())
        return;
    QStringList keys;
    for (const QString &id : ids)
        keys << m_model->recordAt(m_model->rowOf(id)).key;
    SupervisionService service(*m_context.store, SupervisionSettings::from(*m_context.settings));
    const SupervisionResult r = service.draftFromFindings(keys, m_context.session.user());
    if (!r.ok) {
        QMessageBox::warning(this, tr("No supervision order"), tr("No order was drafted: %1.").arg(r.error));
        return;
    }
    selectId(ids.first());
    emit message(
        tr("Supervision order %1 drafted from %n finding(s).", nullptr, int(keys.size())).arg(r.number));
    emit orderDrafted(r.number);
}

void AnomaliesPage::dismissSelected()
{
    if (!m_canAct || selectedId().isEmpty())
        return;
    ReasonDialog dialog(tr("Dismiss anomaly"),
        tr("Why is this finding not a problem? The reason is kept with the finding and in the "
           "change log."),
        tr("Dismiss"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changeStatus(QStringLiteral("dismissed"), dialog.reason());
}
