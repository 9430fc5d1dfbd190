#include "ui/ledgerpane.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/checkservice.h"
#include "interchange/exporttarget.h"
#include "interchange/workbookwriter.h"
#include "models/ledgerjob.h"
#include "models/ledgertablemodel.h"
#include "models/texttablemodel.h"
#include "printing/pdfpages.h"
#include "printing/vehiclefileprinter.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "ui/listviews.h"
#include "ui/recordlistpane.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QDate beijingToday()
{
    return QDateTime::currentDateTimeUtc().addMSecs(TimeParse::kBeijingOffsetMs).date();
}

QString dayText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

qint64 dayStartMs(const QDate &d)
{
    return TimeParse::parseDateMs(dayText(d)).value_or(0);
}

QComboBox *filterCombo(const QString &name)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    // Long agency names must not widen the window: the combo shows what fits and the list shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

// Fills `combo` with "all" and `choices`, keeping `current` selected (added when the registry no longer
// holds it, so a remembered filter is never silently widened).
void fill(
    QComboBox *combo, const QString &all, const QList<LedgerBook::Choice> &choices, const QString &current)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const LedgerBook::Choice &c : choices)
        combo->addItem(c.label, c.key);
    int at = combo->findData(current);
    if (at < 0) {
        combo->addItem(current, current);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(current.isEmpty() ? 0 : at);
}

// Columns as wide as their contents, but none wider than a long agency name needs to be recognised (its
// tooltip shows it whole).
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    const int most = view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
    for (int c = 0; c < header->count(); ++c) {
        if (header->sectionSize(c) > most)
            header->resizeSection(c, most);
    }
}

} // namespace

LedgerPane::LedgerPane(const UiContext &context, LedgerKind kind, const QString &recordKind, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_kind(kind)
    , m_recordKind(recordKind)
    , m_tabs(new QTabWidget)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_vehicle(filterCombo(QStringLiteral("vehicleFilter")))
    , m_agency(filterCombo(QStringLiteral("agencyFilter")))
    , m_driver(filterCombo(QStringLiteral("driverFilter")))
    , m_model(new LedgerTableModel(kind, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_empty(ListViews::emptyState())
    , m_footer(new QLabel)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_entries(new RecordListPane(context, recordKind))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("ledgerTabs"));
    m_tabs->setTabPosition(QTabWidget::South);
    m_tabs->setDocumentMode(true);
    outer->addWidget(m_tabs);

    auto *ledger = new QWidget;
    auto *layout = new QVBoxLayout(ledger);
    auto *bar = new QHBoxLayout;
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("ledgerFrom"));
    m_to->setObjectName(QStringLiteral("ledgerTo"));
    m_to->setToolTip(tr("The last day, included"));
    bar->addWidget(new QLabel(tr("From")));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    const bool byVehicle = LedgerBook::filtersByVehicle(kind);
    const bool byDriver = LedgerBook::filtersByDriver(kind);
    bar->addSpacing(8);
    if (byVehicle)
        bar->addWidget(m_vehicle, 1);
    bar->addWidget(m_agency, 1);
    if (byDriver)
        bar->addWidget(m_driver, 1);
    m_vehicle->setVisible(byVehicle);
    m_driver->setVisible(byDriver);
    m_vehicle->setToolTip(tr("Only this vehicle's rows"));
    m_agency->setToolTip(
        tr("Only this agency's rows (a refuel counts for its card's agency, else its car's)"));
    m_driver->setToolTip(
        tr("Only this driver's rows: the one recorded, else the one on a trip in the car then"));
    layout->addLayout(bar);
    // While the period is read (on a worker): what is being read, how far, and a way to stop it.
    auto *busy = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("ledgerStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("ledgerProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(240);
    m_cancel->setObjectName(QStringLiteral("cancelLedger"));
    m_cancel->setToolTip(tr("Stop reading; the rows shown stay as they are"));
    busy->addWidget(m_status, 1);
    busy->addWidget(m_progress);
    busy->addWidget(m_cancel);
    layout->addLayout(busy);
    m_status->hide();
    m_progress->hide();
    m_cancel->hide();

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(LedgerTableModel::SortRole);
    m_view->setModel(m_sorted);
    ListViews::setUp(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setObjectName(QStringLiteral("ledgerView"));
    // A violation's description, a repair's work and a payment's note take the room left; the refuels end
    // in a figure, which would not.
    m_view->horizontalHeader()->setStretchLastSection(kind != LedgerKind::Refuels);
    m_empty->setObjectName(QStringLiteral("ledgerEmpty")); // the entries' list has an "emptyState" of its own
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    if (kind == LedgerKind::Refuels) {
        // The totals per vehicle, card or agency under the rows (which need the window's width), over the
        // same filtered rows.
        auto *split = new QSplitter(Qt::Vertical);
        split->setChildrenCollapsible(false);
        split->addWidget(m_stack);
        auto *side = new QWidget;
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        auto *groupRow = new QHBoxLayout;
        groupRow->addWidget(new QLabel(tr("Totals by")));
        m_group = new QComboBox;
        m_group->setObjectName(QStringLiteral("groupBy"));
        for (const LedgerBook::Group g :
            { LedgerBook::Group::Vehicle, LedgerBook::Group::Card, LedgerBook::Group::Agency })
            m_group->addItem(LedgerBook::groupName(g), int(g));
        groupRow->addWidget(m_group);
        groupRow->addStretch(1);
        sideLayout->addLayout(groupRow);
        m_groupModel = new TextTableModel(this);
        auto *groups = new QTableView;
        groups->setObjectName(QStringLiteral("groupView"));
        groups->setModel(m_groupModel);
        ListViews::setUp(groups);
        sideLayout->addWidget(groups, 1);
        m_groupView = groups;
        split->addWidget(side);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 1);
        split->setSizes({ 600, 200 });
        layout->addWidget(split, 1);
    } else {
        layout->addWidget(m_stack, 1);
    }

    auto *foot = new QHBoxLayout;
    m_footer->setObjectName(QStringLiteral("ledgerFooter"));
    m_footer->setWordWrap(true);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    foot->addWidget(m_footer, 1);
    auto *xlsx = new QPushButton(tr("Export to Excel…"));
    xlsx->setObjectName(QStringLiteral("exportLedger"));
    xlsx->setToolTip(tr("The rows shown, with their sums, as an Excel workbook"));
    auto *pdf = new QPushButton(tr("Print to PDF…"));
    pdf->setObjectName(QStringLiteral("printLedger"));
    pdf->setToolTip(tr("The rows shown, with their sums, as a PDF"));
    foot->addWidget(xlsx);
    foot->addWidget(pdf);
    layout->addLayout(foot);

    m_tabs->addTab(ledger, tr("Ledger"));
    m_tabs->addTab(m_entries, tr("Entries"));
    connect(m_entries, &RecordListPane::message, this, &LedgerPane::message);

    // The period and filters as they were left; by default last month and this one so far.
    QSettings &saved = m_context.settings->raw();
    const QDate today = beijingToday();
    const QDate from = QDate::fromString(saved.value(settingsKey("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(saved.value(settingsKey("to")).toString(), Qt::ISODate);
    m_from->setDate(from.isValid() ? from : QDate(today.year(), today.month(), 1).addMonths(-1));
    m_to->setDate(to.isValid() ? to : today);
    if (m_group)
        m_group->setCurrentIndex(
            std::max(0, m_group->findData(saved.value(settingsKey("group"), 0).toInt())));
    fillChoices();

    auto periodChanged = [this] {
        remember();
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(m_from, &QDateEdit::dateChanged, this, periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, periodChanged);
    for (QComboBox *combo : { m_vehicle, m_agency, m_driver }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            remember();
            applyFilter();
        });
    }
    if (m_group) {
        connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
            remember();
            applyFilter();
        });
    }
    connect(context.store, &RecordStore::recordsChanged, this, [this](const QString &changed) {
        if (changed == Kind::Vehicles || changed == Kind::Units || changed == Kind::Drivers)
            fillChoices();
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(m_cancel, &QPushButton::clicked, this, &LedgerPane::cancelLoad);
    connect(xlsx, &QPushButton::clicked, this, &LedgerPane::saveWorkbook);
    connect(pdf, &QPushButton::clicked, this, &LedgerPane::savePdf);
}

void LedgerPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Rows are read when the ledger is looked at, not at start-up nor on every edit while it is hidden.
    if (m_stale)
        reload();
}

QString LedgerPane::settingsKey(const char *name) const
{
    return QStringLiteral("ledgers/%1/%2").arg(m_recordKind, QLatin1String(name));
}

void LedgerPane::remember() const
{
    QSettings &s = m_context.settings->raw();
    s.setValue(settingsKey("from"), dayText(m_from->date()));
    s.setValue(settingsKey("to"), dayText(m_to->date()));
    s.setValue(settingsKey("vehicle"), m_vehicle->currentData().toString());
    s.setValue(settingsKey("agency"), m_agency->currentData().toString());
    s.setValue(settingsKey("driver"), m_driver->currentData().toString());
    if (m_group)
        s.setValue(settingsKey("group"), m_group->currentData().toInt());
}

void LedgerPane::fillChoices()
{
    // What is selected now, else what was left last time.
    QSettings &saved = m_context.settings->raw();
    auto current = [&saved, this](QComboBox *combo, const char *name) {
        return combo->count() > 0 ? combo->currentData().toString()
                                  : saved.value(settingsKey(name)).toString();
    };
    const QString vehicle = current(m_vehicle, "vehicle");
    const QString agency = current(m_agency, "agency");
    const QString driver = current(m_driver, "driver");
    const LedgerBook::Choices choices = LedgerBook::choices(*m_context.store);
    fill(m_vehicle, tr("All vehicles"), choices.vehicles, vehicle);
    fill(m_agency, tr("All agencies"), choices.agencies, agency);
    fill(m_driver, tr("All drivers"), choices.drivers, driver);
}

LedgerFilter LedgerPane::filter() const
{
    LedgerFilter f;
    f.plate = m_vehicle->currentData().toString();
    f.unitCode = m_agency->currentData().toString();
    f.driverCode = m_driver->currentData().toString();
    return f;
}

void LedgerPane::reload()
{
    m_stale = false;
    QDate from = m_from->date(), to = m_to->date();
    if (to < from)
        std::swap(from, to);
    if (m_job) {
        // Superseded: stopped, and its rows dropped when it ends (finishLoad sees it is not m_job).
        m_job->cancel();
        m_job = nullptr;
    }
    // On a worker with its own connection (models/ledgerjob.h): the refuels' l/100 km read tracks.
    m_job = new LedgerJob(m_context.databasePath,
        { m_kind, dayStartMs(from), dayStartMs(to.addDays(1)),
            CheckService::thresholdsFrom(*m_context.settings) },
        this);
    LedgerJob *job = m_job;
    connect(job, &LedgerJob::progress, this, [this, job](int done, int total) {
        if (job != m_job)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(job, &LedgerJob::finished, this, [this, job] { finishLoad(job); });
    m_status->setText(tr("Reading %1 to %2…").arg(dayText(from), dayText(to)));
    showBusy(true);
    job->start();
}

void LedgerPane::finishLoad(LedgerJob *job)
{
    job->deleteLater();
    if (job != m_job)
        return; // superseded by a newer period, or cancelled: never shown over what is shown now
    m_job = nullptr;
    showBusy(false);
    const LedgerBook &book = job->book();
    if (book.cancelled) { // stopped on the worker's side (not through this page): as a cancel
        m_stale = true;
        applyFilter();
        return;
    }
    m_book = book;
    m_read = true;
    applyFilter();
    if (!m_book.error.isEmpty())
        emit message(m_book.error);
    emit loaded();
}

void LedgerPane::cancelLoad()
{
    if (!m_job)
        return;
    m_job->cancel(); // its rows are dropped when it ends
    m_job = nullptr;
    m_stale = true; // read again when the ledger is next shown
    showBusy(false);
    const auto [from, to] = shownPeriod();
    m_status->setText(m_read
            ? tr("Reading cancelled: the rows shown are those of %1 to %2.").arg(dayText(from), dayText(to))
            : tr("Reading cancelled: nothing is shown."));
    m_status->show();
    applyFilter();
}

void LedgerPane::showBusy(bool busy)
{
    m_progress->setRange(0, 0); // busy until the first vehicle is done: the records take a moment
    m_progress->setFormat(tr("%p%"));
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_status->setVisible(busy);
    if (busy && !m_read) {
        // Nothing read yet: say so rather than "nothing in this ledger".
        m_empty->setText(tr("Reading the ledger…"));
        m_stack->setCurrentWidget(m_empty);
    }
}

void LedgerPane::waitUntilIdle()
{
    // finished() comes through the event loop: wait until it is shown.
    while (LedgerJob *job = m_job) {
        job->wait();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

QPair<QDate, QDate> LedgerPane::shownPeriod() const
{
    if (!m_read) {
        const QDate from = m_from->date(), to = m_to->date();
        return to < from ? qMakePair(to, from) : qMakePair(from, to);
    }
    return { QDate::fromString(TimeParse::toBeijingDay(m_book.fromMs), Qt::ISODate),
        QDate::fromString(TimeParse::toBeijingDay(m_book.toMs - 1), Qt::ISODate) };
}

QString LedgerPane::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void LedgerPane::applyFilter()
{
    const QList<LedgerRow> rows = m_book.filtered(filter());
    m_model->setRows(rows);
    const auto [from, to] = shownPeriod();
    fitColumns(m_view);
    if (m_groupModel) {
        m_groupModel->setTable(
            LedgerBook::groupTable(rows, LedgerBook::Group(m_group->currentData().toInt())));
        fitColumns(m_groupView);
    }
    if (!m_book.error.isEmpty()) {
        m_empty->setText(m_book.error);
        m_stack->setCurrentWidget(m_empty);
    } else if (rows.isEmpty() && !m_read) {
        m_empty->setText(m_job ? tr("Reading the ledger…") : tr("Not read yet."));
        m_stack->setCurrentWidget(m_empty);
    } else if (rows.isEmpty()) {
        m_empty->setText(m_book.rows.isEmpty()
                ? tr("Nothing in this ledger from %1 to %2.\nChoose another period, or add entries in the "
                     "Entries tab.")
                      .arg(dayText(from), dayText(to))
                : tr("None of the period's %n row(s) match the filters.", nullptr, int(m_book.rows.size())));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_footer->setText(LedgerBook::footer(m_kind, LedgerBook::sums(rows)));
}

QString LedgerPane::footerText() const
{
    return m_footer->text();
}

void LedgerPane::showEntries()
{
    m_tabs->setCurrentWidget(m_entries);
}

void LedgerPane::showLedger()
{
    m_tabs->setCurrentIndex(0);
}

QString LedgerPane::describeFilter() const
{
    // The rows' period, which is the chosen one unless a newer reading is running or was cancelled.
    const auto [from, to] = shownPeriod();
    QStringList parts { tr("%1 to %2").arg(dayText(from), dayText(to)) };
    for (QComboBox *combo : { m_vehicle, m_agency, m_driver }) {
        if (!combo->isHidden() && !combo->currentData().toString().isEmpty())
            parts << combo->currentText();
    }
    return parts.join(tr(", "));
}

QString LedgerPane::exportWorkbook(const QString &path) const
{
    const QString refused = ExportTarget::refusal(path, m_context.databasePath);
    if (!refused.isEmpty())
        return refused;
    QList<TextTable> sheets { LedgerBook::table(m_kind, m_model->rows()) };
    if (m_groupModel)
        sheets << m_groupModel->table();
    return WorkbookWriter::write(path, sheets);
}

QString LedgerPane::writePdf(const QString &path) const
{
    const QString refused = ExportTarget::refusal(path, m_context.databasePath);
    if (!refused.isEmpty())
        return refused;
    QString html = QStringLiteral("<p>%1</p><h2>%2</h2><p>%3</p>")
                       .arg(m_context.settings->centerName().toHtmlEscaped(),
                           LedgerBook::title(m_kind).toHtmlEscaped(), describeFilter().toHtmlEscaped());
    TextTable rows = LedgerBook::table(m_kind, m_model->rows());
    rows.title.clear(); // the heading above names it
    html += VehicleFilePrinter::tableHtml(rows);
    html += QStringLiteral("<p><b>%1</b></p>").arg(footerText().toHtmlEscaped());
    if (m_groupModel)
        html += VehicleFilePrinter::tableHtml(m_groupModel->table());
    return PdfPages::write(html, path, LedgerBook::title(m_kind), QPageLayout::Landscape);
}

void LedgerPane::saveWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ledger"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + tr("%1-%2.xlsx").arg(LedgerBook::title(m_kind), dayText(shownPeriod().first)),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString error = exportWorkbook(path);
    error.isEmpty() ? emit message(tr("Ledger written to %1.").arg(path))
                    : (void)QMessageBox::warning(this, tr("Export ledger"), error);
}

void LedgerPane::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Print ledger to PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + tr("%1-%2.pdf").arg(LedgerBook::title(m_kind), dayText(shownPeriod().first)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = writePdf(path);
    error.isEmpty() ? emit message(tr("Ledger printed to %1.").arg(path))
                    : (void)QMessageBox::warning(this, tr("Print ledger to PDF"), error);
}
