#include "ui/settlementpage.h"

#include "base/appsettings.h"
#include "base/timeparse.h"
#include "interchange/exporttarget.h"
#include "interchange/paymentfile.h"
#include "interchange/statementwriter.h"
#include "interchange/tablefile.h"
#include "models/changehistorymodel.h"
#include "models/settlementmodel.h"
#include "models/texttablemodel.h"
#include "printing/statementprinter.h"
#include "store/recordkinds.h"
#include "ui/adjustchargedialog.h"
#include "ui/financecomparisondialog.h"
#include "ui/importassistantdialog.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *tableView(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The month before this one (Beijing): the month usually settled.
QDate lastMonth()
{
    const QDate today = QDateTime::currentDateTimeUtc().addMSecs(TimeParse::kBeijingOffsetMs).date();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

} // namespace

SettlementPage::SettlementPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SettlementModel(this))
    , m_totals(new TextTableModel(this))
    , m_job(
          this, [this](const Loaded &result) { showLoaded(result); },
          BackgroundJob<Loaded>::OnDestroy::CancelAndWait)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("Month"));
    // The month last looked at, else last month (the one usually settled).
    const QDate remembered = QDate::fromString(
        m_context.settings->raw().value(QStringLiteral("window/settlement_month")).toString(),
        QStringLiteral("yyyy-MM"));
    m_month = new QDateEdit(remembered.isValid() ? remembered : lastMonth());
    m_month->setObjectName(QStringLiteral("settlementMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    monthLabel->setBuddy(m_month);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("settlementSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    auto *actions = new QHBoxLayout;
    m_settle = new QPushButton(tr("Settle month"));
    m_settle->setObjectName(QStringLiteral("settleMonth"));
    m_settle->setToolTip(tr("Store every trip's price on its dispatch order (adjustments are kept)"));
    m_adjust = new QPushButton(tr("Adjust charge…"));
    m_adjust->setObjectName(QStringLiteral("adjustCharge"));
    m_statement = new QPushButton(tr("Monthly statement…"));
    m_statement->setObjectName(QStringLiteral("monthlyStatement"));
    m_statement->setToolTip(
        tr("The selected agency's trips of the month with their amounts, as .xlsx or PDF"));
    m_compare = new QPushButton(tr("Compare with finance…"));
    m_compare->setObjectName(QStringLiteral("compareFinance"));
    m_compare->setToolTip(tr("Read the finance office's export (CSV or .xlsx) and list what does not match"));
    for (QPushButton *b : { m_settle, m_adjust, m_statement, m_compare })
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *split = new QSplitter(Qt::Vertical);
    m_trips = tableView(m_model, QStringLiteral("settlementTrips"));
    split->addWidget(m_trips);
    m_details = new QTabWidget;
    m_details->setDocumentMode(true);
    m_totalsView = tableView(m_totals, QStringLiteral("agencyTotals"));
    m_totalsView->horizontalHeader()->setStretchLastSection(false); // the billed sum beside the others
    m_details->addTab(m_totalsView, tr("Totals per agency"));
    m_historyView = tableView(nullptr, QStringLiteral("chargeHistory"));
    m_details->addTab(m_historyView, tr("History of the order"));
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_month, &QDateEdit::dateChanged, this, [this](const QDate &month) {
        m_context.settings->raw().setValue(
            QStringLiteral("window/settlement_month"), month.toString(QStringLiteral("yyyy-MM")));
        reload();
    });
    connect(m_settle, &QPushButton::clicked, this, &SettlementPage::settleMonth);
    connect(m_adjust, &QPushButton::clicked, this, &SettlementPage::askAdjustment);
    connect(m_statement, &QPushButton::clicked, this, &SettlementPage::askStatement);
    connect(m_compare, &QPushButton::clicked, this, &SettlementPage::askComparison);
    connect(m_trips, &QTableView::doubleClicked, this, &SettlementPage::askAdjustment);
    connect(m_trips->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showHistory();
        updateActions();
    });
    connect(m_totalsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SettlementPage::updateActions);
    // Orders changed elsewhere (a return, a sync, the command line) change the month's lines.
    connect(m_context.store, &RecordStore::recordsChanged, this, [this](const QString &kind) {
        if (m_announcing
            || (kind != Kind::Tasks && kind != Kind::Requests && kind != Kind::Units
                && kind != Kind::Vehicles))
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    updateActions();
}

SettlementPage::~SettlementPage() = default;

ImportAssistantDialog *SettlementPage::mappingDialog() const
{
    return m_mapping.data();
}

FinanceComparisonDialog *SettlementPage::comparisonDialog() const
{
    return m_comparison.data();
}

QTabWidget *SettlementPage::besideFigures(QWidget *figures)
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("reportTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(figures, tr("Figures"));
    tabs->addTab(this, tr("Settlement"));
    return tabs;
}

void SettlementPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void SettlementPage::setMonth(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    if (m_month->date() == first)
        reload();
    else
        m_month->setDate(first); // reloads
}

checks::YearMonth SettlementPage::month() const
{
    return { m_month->date().year(), m_month->date().month() };
}

bool SettlementPage::isBusy() const
{
    return m_pending;
}

void SettlementPage::waitUntilIdle()
{
    // done() comes through the event loop (and may start the reload asked meanwhile): wait for it to be
    // shown.
    while (m_pending) {
        m_job.wait();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void SettlementPage::reload()
{
    start(false);
}

void SettlementPage::settleMonth()
{
    if (!m_context.session.canEdit(Kind::Tasks))
        return;
    const int trips = int(m_model->lines().size());
    if (QMessageBox::question(this, tr("Settle month"),
            tr("Store the standard's price on the %1 trips returned in %2? Adjusted amounts are kept.")
                .arg(trips)
                .arg(month().toString()))
        != QMessageBox::Yes)
        return;
    start(true);
}

void SettlementPage::start(bool apply)
{
    m_stale = false;
    if (m_pending) {
        // One worker at a time: the month is read again once it is done (settling wins over reading).
        m_again = true;
        m_applying = m_applying || apply;
        return;
    }
    m_again = false;
    m_applying = apply;
    m_pending = true;
    m_summary->setText(
        apply ? tr("Settling %1…").arg(month().toString()) : tr("Pricing %1…").arg(month().toString()));
    updateActions();
    const ChargingStandard standard = ChargingStandard::fromSettings(*m_context.settings);
    const checks::YearMonth m = month();
    const QString user = m_context.session.user();
    // Pricing measures every trip's track, and settling writes every order: both on a worker with its own
    // connection (models/backgroundjob.h), through the same Settlement calls as `settle`.
    m_job.start(
        m_context.databasePath, QStringLiteral("settlement"),
        [standard, m, user, apply](BackgroundJob<Loaded>::Worker &worker) {
            Settlement settlement(worker.store, standard);
            Loaded result;
            result.lines = settlement.lines(m);
            if (apply) {
                if (!settlement.apply(result.lines, user, &result.changed, &result.error))
                    return result;
                result.lines = settlement.lines(m);
            }
            return result;
        },
        [](const QString &error) {
            Loaded failed;
            failed.error = error;
            return failed;
        });
}

void SettlementPage::showLoaded(const Loaded &result)
{
    const bool applied = m_applying;
    m_applying = false;
    m_pending = false;
    const QString selected = selectedTrip();
    if (!result.error.isEmpty()) {
        m_summary->setText(applied ? tr("The month was not settled: %1").arg(result.error)
                                   : tr("The month could not be read: %1").arg(result.error));
        emit message(m_summary->text());
    } else {
        m_model->setLines(result.lines);
        m_totals->setTable(Settlement::agencyTotals(result.lines));
        m_trips->resizeColumnsToContents();
        m_totalsView->resizeColumnsToContents();
        int stored = 0;
        for (const SettlementLine &l : result.lines)
            stored += l.storedYuan ? 1 : 0;
        m_summary->setText(
            tr("%1 trips returned in %2, %3 yuan billed; %4 of them settled.")
                .arg(result.lines.size())
                .arg(month().toString(), QString::number(Settlement::totalBilled(result.lines), 'f', 2))
                .arg(stored));
        if (applied) {
            emit message(tr("%1 settled: %2 trips priced and stored (%3 changed).")
                             .arg(month().toString())
                             .arg(result.lines.size())
                             .arg(result.changed));
            m_announcing = true; // for the other pages: this one shows the month as stored already
            m_context.store->announceChange(Kind::Tasks); // written on the worker's connection
            m_announcing = false;
        }
        selectTrip(selected);
    }
    if (m_again) {
        const bool apply = m_applying;
        m_again = false;
        start(apply);
        return;
    }
    updateActions();
    emit loaded();
}

void SettlementPage::updateActions()
{
    const bool busy = m_pending;
    const bool edits = m_context.session.canEdit(Kind::Tasks);
    m_settle->setEnabled(edits && !busy && m_model->rowCount() > 0);
    m_adjust->setEnabled(edits && !busy && !selectedTrip().isEmpty());
    m_statement->setEnabled(!busy && m_model->rowCount() > 0);
    m_compare->setEnabled(!busy);
    if (!edits) {
        const QString why = tr("Dispatchers and administrators settle and adjust charges");
        m_settle->setToolTip(why);
        m_adjust->setToolTip(why);
    }
}

void SettlementPage::selectTrip(const QString &taskCode)
{
    const int row = m_model->rowOf(taskCode);
    if (row < 0) {
        m_trips->clearSelection();
        return;
    }
    m_trips->selectRow(row);
    m_trips->scrollTo(m_model->index(row, 0));
}

QString SettlementPage::selectedTrip() const
{
    const QModelIndexList rows = m_trips->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SettlementModel::TaskCodeRole).toString();
}

void SettlementPage::showHistory()
{
    const QString code = selectedTrip();
    const int row = m_model->rowOf(code);
    ChangeHistoryModel *old = m_history;
    m_history = row < 0
        ? nullptr
        : new ChangeHistoryModel(*m_context.store, Kind::Tasks, m_model->lines().at(row).taskId, this);
    m_historyView->setModel(m_history);
    if (m_history)
        m_historyView->resizeColumnsToContents();
    delete old;
}

QString SettlementPage::adjustCharge(
    const QString &taskCode, std::optional<double> amountYuan, const QString &reason)
{
    Settlement settlement(*m_context.store, ChargingStandard::fromSettings(*m_context.settings));
    const SaveResult saved = settlement.adjust(taskCode, amountYuan, reason, m_context.session.user());
    if (!saved.ok)
        return saved.message();
    emit message(amountYuan ? tr("%1: %2 yuan billed (%3).")
                                  .arg(taskCode, QString::number(*amountYuan, 'f', 2), reason.trimmed())
                            : tr("%1: adjustment taken back (%2).").arg(taskCode, reason.trimmed()));
    // The store announced the change: shown, the page read the month again already; hidden, now.
    if (m_stale)
        reload();
    m_details->setCurrentIndex(1); // the history, with the new entry
    return {};
}

void SettlementPage::askAdjustment()
{
    const QString code = selectedTrip();
    const int row = m_model->rowOf(code);
    if (row < 0 || !m_context.session.canEdit(Kind::Tasks) || m_pending)
        return;
    const SettlementLine &l = m_model->lines().at(row);
    AdjustChargeDialog dialog(code, l.storedYuan.value_or(l.price.total), l.adjustedYuan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = adjustCharge(code, dialog.amount(), dialog.reason());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Adjust charge"), error);
}

QString SettlementPage::unitOfSelection() const
{
    const QModelIndexList totals = m_totalsView->selectionModel()->selectedRows();
    if (!totals.isEmpty() && totals.first().row() < m_totals->rowCount() - 1) // not the total row
        return m_totals->table().rows.value(totals.first().row()).value(0);
    const int row = m_model->rowOf(selectedTrip());
    return row < 0 ? QString() : m_model->lines().at(row).unitCode;
}

QString SettlementPage::writeStatement(const QString &unitCode, const QString &path) const
{
    const QString refusal = ExportTarget::refusal(path, m_context.databasePath);
    if (!refusal.isEmpty())
        return refusal;
    const AgencyStatement statement
        = Settlement(*m_context.store, ChargingStandard::fromSettings(*m_context.settings))
              .statement(unitCode, month());
    if (statement.unitName.isEmpty())
        return tr("there is no agency %1").arg(unitCode);
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        StatementPrinter printer(m_context.settings->centerName());
        return printer.writePdf(statement, path) ? QString() : printer.errorString();
    }
    StatementWriter writer;
    return writer.writeXlsx(statement, path) ? QString() : writer.errorString();
}

void SettlementPage::askStatement()
{
    QString unit = unitOfSelection();
    if (unit.isEmpty()) {
        QStringList units;
        for (const SettlementLine &l : m_model->lines()) {
            const QString item = QStringLiteral("%1 %2").arg(l.unitCode, l.unitName);
            if (!units.contains(item))
                units << item;
        }
        units.sort();
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Monthly statement"),
            tr("The statement of which agency for %1?").arg(month().toString()), units, 0, false, &ok);
        if (!ok || chosen.isEmpty())
            return;
        unit = chosen.section(QLatin1Char(' '), 0, 0);
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Monthly statement"),
        QDir::home().filePath(QStringLiteral("%1-%2.xlsx").arg(unit, month().toString())),
        tr("Excel workbook (*.xlsx);;PDF (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (!target.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
        && !target.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        target += filter.contains(QStringLiteral("*.pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".xlsx");
    const QString error = writeStatement(unit, target);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Monthly statement"), error);
    else
        emit message(tr("The statement of %1 for %2 is in %3.").arg(unit, month().toString(), target));
}

void SettlementPage::askComparison()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The finance office's export"),
        QDir::homePath(), tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        compareWithFinance(path);
}

void SettlementPage::compareWithFinance(const QString &path)
{
    TableFile table;
    if (!table.read(path)) {
        QMessageBox::warning(this, tr("Compare with finance"), table.errorString());
        return;
    }
    PaymentFile file;
    if (PaymentFile::hasPaymentColumns(table.header())) {
        if (!file.read(path, table.headerLine(), table.header(), table.rows())) {
            QMessageBox::warning(this, tr("Compare with finance"), file.errorString());
            return;
        }
        compare(path, file.payments());
        return;
    }
    // The finance office's own titles: map them once (remembered per source), then compare.
    delete m_mapping;
    m_mapping = new ImportAssistantDialog(m_context, path, this);
    m_mapping->setAttribute(Qt::WA_DeleteOnClose);
    m_mapping->setWindowModality(Qt::WindowModal);
    if (!m_mapping->opened()) {
        QMessageBox::warning(this, tr("Compare with finance"), m_mapping->errorString());
        delete m_mapping;
        return;
    }
    m_mapping->setMappingOnly(Kind::Payments, tr("Compare"));
    const int headerLine = table.headerLine();
    connect(m_mapping, &QDialog::accepted, this, [this, path, headerLine] {
        QStringList header;
        const QList<TableFile::Row> rows = m_mapping->mappedTable(&header);
        PaymentFile mapped;
        if (!mapped.read(path, headerLine, header, rows)) {
            QMessageBox::warning(this, tr("Compare with finance"), mapped.errorString());
            return;
        }
        compare(path, mapped.payments());
    });
    m_mapping->show();
}

void SettlementPage::compare(const QString &path, const QList<FinancePayment> &payments)
{
    const Settlement settlement(*m_context.store, ChargingStandard::fromSettings(*m_context.settings));
    // The shown month's lines are the billed trips (every agency's); the comparison itself is the command's.
    const QList<FinanceMismatch> mismatches = FinanceComparison::compare(
        m_model->lines(), payments, settlement.returnMonthOfOrders(), month().toString());
    QHash<QString, QString> names;
    for (const Record &unit : m_context.store->records(Kind::Units))
        names.insert(unit.text(Field::Code), unit.text(Field::Name));
    delete m_comparison;
    m_comparison = new FinanceComparisonDialog(
        QFileInfo(path).fileName(), month().toString(), mismatches, names, m_context.databasePath, this);
    m_comparison->setAttribute(Qt::WA_DeleteOnClose);
    m_comparison->show();
    emit message(tr("%1 payments compared with %2 trips billed in %3: %4 mismatches.")
                     .arg(payments.size())
                     .arg(m_model->lines().size())
                     .arg(month().toString())
                     .arg(mismatches.size()));
}
