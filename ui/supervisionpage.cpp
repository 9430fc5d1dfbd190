#include "ui/supervisionpage.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "domain/complaintmatcher.h"
#include "domain/supervisionflow.h"
#include "domain/supervisionservice.h"
#include "interchange/recordexporter.h"
#include "models/recordtablemodel.h"
#include "models/scoretablemodel.h"
#include "models/supervisionordermodel.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "ui/reasondialog.h"
#include "ui/recordlistpane.h"

#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString beijing(const QString &utcIso)
{
    const std::optional<qint64> ms = TimeParse::parseMs(utcIso);
    return ms ? TimeParse::toBeijingIso(*ms).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) : QString();
}

// Overdue orders in red, those due within the reminder's working days in amber.
class OrderColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            if (index.data(SupervisionOrderModel::OverdueRole).toBool())
                return QBrush(QColor(0xfd, 0xe2, 0xe2));
            if (index.data(SupervisionOrderModel::DueSoonRole).toBool())
                return QBrush(QColor(0xff, 0xf1, 0xc9));
        }
        if (role == Qt::ForegroundRole && index.data(SupervisionOrderModel::OverdueRole).toBool())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return QIdentityProxyModel::data(index, role);
    }
};

QTableView *tableView(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

SupervisionPage::SupervisionPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_canAct(context.session.canSupervise())
    , m_service(
          std::make_unique<SupervisionService>(*context.store, SupervisionSettings::from(*context.settings)))
{
    m_orders = new SupervisionOrderModel(context.store, SupervisionSettings::from(*context.settings), this);
    m_scores = new ScoreTableModel(context.store, AssessmentRules::from(*context.settings), this);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(ordersTab(), tr("Supervision orders"));
    m_tabs->addTab(complaintsTab(), tr("Public complaints (12345)"));
    m_tabs->addTab(scoresTab(), tr("Assessment scores"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    showSelectedOrder();
    showSelectedScore();
    showSelectedComplaint();
    updateReminder();
}

SupervisionPage::~SupervisionPage() = default;

QWidget *SupervisionPage::ordersTab()
{
    auto *tab = new QWidget;
    auto *colours = new OrderColours(this);
    colours->setSourceModel(m_orders);
    m_orderView = tableView(colours);
    m_orderView->setObjectName(QStringLiteral("orderView"));
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("orderDetail"));
    m_issue = new QPushButton(tr("&Issue"));
    m_issue->setToolTip(tr("Send the order to the agency, with the settings' working days to answer."));
    m_reply = new QPushButton(tr("Record &reply…"));
    m_reply->setToolTip(tr("Enter the agency's written answer as received."));
    m_return = new QPushButton(tr("Re&turn…"));
    m_return->setToolTip(tr("Send the answer back for a better one, saying why."));
    m_accept = new QPushButton(tr("&Accept and close…"));
    m_accept->setToolTip(tr("Accept the answer and close the order with a conclusion; its findings follow."));
    m_exportOrders = new QPushButton(tr("Export .xlsx…"));
    m_exportOrders->setToolTip(tr("The orders the list shows, as an Excel workbook."));
    m_print = new QPushButton(tr("&Print…"));
    m_print->setObjectName(QStringLiteral("printOrder"));
    m_print->setToolTip(tr("Print the selected order in the standard layout (标准格式督办单)."));
    m_savePdf = new QPushButton(tr("Save as P&DF…"));
    m_savePdf->setObjectName(QStringLiteral("saveOrderPdf"));
    m_savePdf->setToolTip(tr("Save the selected order in the standard layout as a PDF file."));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_issue, m_reply, m_return, m_accept })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *documents = new QHBoxLayout;
    documents->addStretch(1);
    for (QPushButton *b : { m_print, m_savePdf, m_exportOrders })
        documents->addWidget(b);
    m_legend = new QLabel(tr("Red: overdue. Amber: due within the reminder's working days."));
    m_legend->setWordWrap(true);
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("orderFilter"));
    m_filter->addItem(tr("All orders"), int(SupervisionOrderModel::Filter::All));
    m_filter->addItem(tr("Due soon"), int(SupervisionOrderModel::Filter::DueSoon));
    m_filter->addItem(tr("Overdue"), int(SupervisionOrderModel::Filter::Overdue));
    m_filter->addItem(tr("Open"), int(SupervisionOrderModel::Filter::Open));
    m_filter->addItem(tr("Closed"), int(SupervisionOrderModel::Filter::Closed));
    m_reminder = new QLabel;
    m_reminder->setObjectName(QStringLiteral("orderReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setTextFormat(Qt::RichText);
    m_reminder->setStyleSheet(
        QStringLiteral("QLabel { background: #fff1c9; border: 1px solid #e0b84c; padding: 4px; }"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show")));
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addLayout(documents);
    auto *split = new QSplitter;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_orderView, 1);
    leftLayout->addWidget(m_legend);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({ 560, 440 });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_reminder);
    layout->addWidget(split, 1);
    connect(m_orderView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SupervisionPage::showSelectedOrder);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &SupervisionPage::showSelectedOrder);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &SupervisionPage::updateReminder);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString keep = selectedNumber();
        m_orders->setFilter(SupervisionOrderModel::Filter(m_filter->currentData().toInt()));
        if (!keep.isEmpty() && m_orders->rowOf(keep) >= 0)
            showOrder(keep);
    });
    connect(m_reminder, &QLabel::linkActivated, this, &SupervisionPage::showReminded);
    connect(m_print, &QPushButton::clicked, this, &SupervisionPage::askPrint);
    connect(m_savePdf, &QPushButton::clicked, this, &SupervisionPage::askSavePdf);
    connect(m_issue, &QPushButton::clicked, this, &SupervisionPage::issueSelected);
    connect(m_reply, &QPushButton::clicked, this, &SupervisionPage::askReply);
    connect(m_return, &QPushButton::clicked, this, &SupervisionPage::askReturn);
    connect(m_accept, &QPushButton::clicked, this, &SupervisionPage::askAccept);
    connect(m_exportOrders, &QPushButton::clicked, this, [this] { askExport(true); });
    return tab;
}

QWidget *SupervisionPage::complaintsTab()
{
    // The complaints are records: entered by hand in the kind's form, imported through the same path as on
    // the Records page (a file in DESIGN §6's columns at once, a statement in its own layout through the
    // import assistant), edited, removed and exported with the undo stack and the change log.
    auto *tab = new QWidget;
    m_complaintPane = new RecordListPane(m_context, Kind::Complaints);
    m_complaintPane->setObjectName(QStringLiteral("complaintPane"));
    m_complaintView = m_complaintPane->view();
    m_complaintView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_match = new QLabel;
    m_match->setWordWrap(true);
    m_match->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_match->setObjectName(QStringLiteral("complaintMatch"));
    m_startFromComplaint = new QPushButton(tr("&Start a supervision order"));
    m_startFromComplaint->setObjectName(QStringLiteral("superviseComplaint"));
    m_startFromComplaint->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_match, 1);
    bottom->addWidget(m_startFromComplaint, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_complaintPane, 1);
    layout->addLayout(bottom);
    connect(m_complaintPane, &RecordListPane::message, this, &SupervisionPage::message);
    connect(m_complaintView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SupervisionPage::showSelectedComplaint);
    connect(m_complaintView->model(), &QAbstractItemModel::modelReset, this,
        &SupervisionPage::showSelectedComplaint);
    connect(m_startFromComplaint, &QPushButton::clicked, this, &SupervisionPage::superviseSelectedComplaint);
    return tab;
}

QWidget *SupervisionPage::scoresTab()
{
    auto *tab = new QWidget;
    m_year = new QSpinBox;
    m_year->setRange(2000, 2099);
    m_year->setValue(m_scores->year());
    m_exportScores = new QPushButton(tr("Export .xlsx…"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year")));
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(m_exportScores);
    m_scoreView = tableView(m_scores);
    m_scoreView->setObjectName(QStringLiteral("scoreView"));
    m_scoreDetail = new QTextBrowser;
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto *split = new QSplitter(Qt::Vertical);
    auto *upper = new QSplitter;
    upper->addWidget(m_scoreView);
    upper->addWidget(m_scoreDetail);
    split->addWidget(upper);
    split->addWidget(m_chart);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_year, &QSpinBox::valueChanged, m_scores, &ScoreTableModel::setYear);
    connect(m_scores, &QAbstractItemModel::modelReset, this, &SupervisionPage::showSelectedScore);
    connect(m_scoreView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SupervisionPage::showSelectedScore);
    connect(m_exportScores, &QPushButton::clicked, this, [this] { askExport(false); });
    return tab;
}

QString SupervisionPage::selectedNumber() const
{
    const QModelIndexList rows = m_orderView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SupervisionOrderModel::NumberRole).toString();
}

void SupervisionPage::showOrder(const QString &number)
{
    m_tabs->setCurrentIndex(0);
    const int row = m_orders->rowOf(number);
    if (row >= 0)
        m_orderView->selectionModel()->setCurrentIndex(m_orderView->model()->index(row, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SupervisionPage::showSelectedOrder()
{
    const int row = m_orders->rowOf(selectedNumber());
    const bool any = row >= 0;
    const SupervisionOrder o = any ? m_orders->orderAt(row) : SupervisionOrder();
    auto allowed = [&](const QString &action) {
        return any && m_canAct && SupervisionFlow::refusal(o.state, action).isEmpty();
    };
    m_issue->setEnabled(allowed(OrderAction::Issue));
    m_reply->setEnabled(allowed(OrderAction::Reply));
    m_return->setEnabled(allowed(OrderAction::Return));
    m_accept->setEnabled(allowed(OrderAction::Accept));
    m_exportOrders->setEnabled(m_orders->rowCount() > 0);
    m_print->setEnabled(any);
    m_savePdf->setEnabled(any);
    if (!m_canAct) {
        for (QPushButton *b : { m_issue, m_reply, m_return, m_accept })
            b->setToolTip(tr("Read only: only auditors and administrators take the steps of an order."));
    }
    if (!any) {
        m_detail->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(m_orders->rowCount() ? tr("Select an order to see its evidence and steps.")
                                              : tr("No supervision orders here. Start one from findings "
                                                   "on the Review page, or from a public complaint."))));
        return;
    }
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(o.number));
    h += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
             .arg(esc(tr("Agency: %1").arg(o.unitName.isEmpty() ? o.unitCode : o.unitName)),
                 esc(tr("State: %1").arg(SupervisionFlow::stateLabel(o.state))
                     + (o.conclusion.isEmpty()
                             ? QString()
                             : QStringLiteral(" · ") + SupervisionFlow::conclusionLabel(o.conclusion))),
                 esc(o.deadline.isEmpty() ? tr("No deadline until issued")
                                          : tr("Answer by %1").arg(o.deadline)));
    if (m_orders->isOverdue(row))
        h += QStringLiteral("<p style=\"color:#b00020\"><b>%1</b></p>").arg(esc(tr("Overdue")));
    if (!o.subject.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(o.subject));
    h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Evidence")));
    for (const OrderFinding &f : o.findings) {
        AnomalyRecord r;
        r.rule = f.rule;
        r.plate = f.plate;
        r.taskCode = f.taskCode;
        r.startMs = f.startMs;
        r.endMs = f.endMs;
        r.evidence = f.evidence;
        h += QStringLiteral("<li><b>%1 %2</b> %3<br/>%4</li>")
                 .arg(esc(AnomalyText::ruleName(f.rule)), esc(f.plate),
                     esc(AnomalyText::beijingTime(f.startMs)),
                     esc(AnomalyText::evidence(r).join(QStringLiteral(" "))));
    }
    if (!o.complaintNo.isEmpty()) {
        if (const std::optional<Record> c = m_context.store->findByKey(Kind::Complaints, o.complaintNo)) {
            h += QStringLiteral("<li><b>%1</b> %2<br/>%3</li>")
                     .arg(esc(tr("Public complaint %1").arg(o.complaintNo)), esc(c->text(Field::Account)),
                         esc(ComplaintMatcher::summary(ComplaintMatcher(*m_context.store).match(*c))));
        }
    }
    h += QStringLiteral("</ul><h4>%1</h4><table cellpadding=\"3\">").arg(esc(tr("Steps")));
    for (const OrderStep &s : o.steps) {
        QStringList said;
        for (const QString &t : { s.text, s.reason })
            if (!t.isEmpty())
                said << esc(t);
        if (!s.conclusion.isEmpty())
            said << esc(SupervisionFlow::conclusionLabel(s.conclusion));
        if (!s.deadline.isEmpty())
            said << esc(tr("answer by %1").arg(s.deadline));
        h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(beijing(s.at)), esc(SupervisionFlow::actionLabel(s.action)), esc(s.user),
                     said.join(QStringLiteral("; ")));
    }
    h += QStringLiteral("</table>");
    m_detail->setHtml(h);
}

bool SupervisionPage::done(const QString &number, bool ok, const QString &error, const QString &what)
{
    if (!ok) {
        emit message(error);
        return false;
    }
    emit message(what);
    showOrder(number);
    return true;
}

bool SupervisionPage::issueSelected()
{
    const QString number = selectedNumber();
    if (!m_canAct || number.isEmpty())
        return false;
    const SupervisionResult r = m_service->issue(number, m_context.session.user());
    return done(number, r.ok, r.error, tr("Supervision order %1 issued.").arg(number));
}

bool SupervisionPage::replySelected(const QString &text)
{
    const QString number = selectedNumber();
    if (!m_canAct || number.isEmpty())
        return false;
    const SupervisionResult r = m_service->reply(number, text, m_context.session.user());
    return done(number, r.ok, r.error, tr("Reply to %1 recorded.").arg(number));
}

bool SupervisionPage::returnSelected(const QString &reason)
{
    const QString number = selectedNumber();
    if (!m_canAct || number.isEmpty())
        return false;
    const SupervisionResult r = m_service->returnOrder(number, reason, m_context.session.user());
    return done(number, r.ok, r.error, tr("The reply to %1 was returned.").arg(number));
}

bool SupervisionPage::acceptSelected(const QString &conclusion, const QString &text)
{
    const QString number = selectedNumber();
    if (!m_canAct || number.isEmpty())
        return false;
    const SupervisionResult r = m_service->accept(number, conclusion, text, m_context.session.user());
    return done(number, r.ok, r.error, tr("Supervision order %1 closed.").arg(number));
}

void SupervisionPage::askReply()
{
    ReasonDialog dialog(tr("Record the agency's reply"), tr("The agency's written answer, as received:"),
        tr("Record reply"), this);
    if (dialog.exec() == QDialog::Accepted)
        replySelected(dialog.reason());
}

void SupervisionPage::askReturn()
{
    ReasonDialog dialog(tr("Return the reply"), tr("Why is the answer not enough? The agency is told so."),
        tr("Return"), this);
    if (dialog.exec() == QDialog::Accepted)
        returnSelected(dialog.reason());
}

void SupervisionPage::askAccept()
{
    QStringList labels;
    for (const QString &c : SupervisionFlow::conclusions())
        labels << SupervisionFlow::conclusionLabel(c);
    bool ok = false;
    const QString label = QInputDialog::getItem(this, tr("Accept and close"),
        tr("Conclusion (the order's findings follow it):"), labels, 0, false, &ok);
    if (!ok)
        return;
    acceptSelected(SupervisionFlow::conclusions().value(int(labels.indexOf(label))), QString());
}

void SupervisionPage::showSelectedComplaint()
{
    const QString id = m_complaintPane->selectedId();
    const std::optional<Record> complaint
        = id.isEmpty() ? std::nullopt : m_context.store->record(Kind::Complaints, id);
    m_startFromComplaint->setEnabled(complaint.has_value() && m_canAct);
    m_match->setText(complaint
            ? ComplaintMatcher::summary(ComplaintMatcher(*m_context.store).match(*complaint))
            : tr("Select a complaint to see what the records say about it."));
}

bool SupervisionPage::superviseSelectedComplaint()
{
    const QString id = m_complaintPane->selectedId();
    if (!m_canAct || id.isEmpty())
        return false;
    const std::optional<Record> complaint = m_context.store->record(Kind::Complaints, id);
    if (!complaint)
        return false;
    SupervisionResult r
        = m_service->draftFromComplaint(complaint->text(Field::Code), m_context.session.user());
    if (!r.ok && r.error.contains(QLatin1String("agency"))) {
        // The plate is no official car: the auditor names the agency that answers.
        QStringList codes;
        for (const Record &u : m_context.store->records(Kind::Units))
            codes << u.text(Field::Code);
        bool ok = false;
        const QString unit = QInputDialog::getItem(
            this, tr("Agency"), tr("%1\nWhich agency answers?").arg(r.error), codes, 0, false, &ok);
        if (!ok)
            return false;
        r = m_service->draftFromComplaint(complaint->text(Field::Code), m_context.session.user(), unit);
    }
    return done(r.number, r.ok, r.error, tr("Supervision order %1 drafted.").arg(r.number));
}

void SupervisionPage::showSelectedScore()
{
    const QModelIndexList rows = m_scoreView->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    auto *chart = new QChart;
    chart->setTitle(tr("Score at the end of each month, %1").arg(m_scores->year()));
    auto *axisX = new QValueAxis;
    axisX->setRange(1, 12);
    axisX->setTickCount(12);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(tr("Month"));
    auto *axisY = new QValueAxis;
    axisY->setTitleText(tr("Score"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double low = 100, high = 0;
    // The selected agency, or every agency when none is selected.
    for (int i = 0; i < m_scores->rowCount(); ++i) {
        if (row >= 0 && i != row)
            continue;
        const UnitScore s = m_scores->scoreAt(i);
        auto *series = new QLineSeries;
        series->setName(s.unitName.isEmpty() ? s.unitCode : s.unitName);
        for (int m = 0; m < s.monthly.size(); ++m) {
            series->append(m + 1, s.monthly[m]);
            low = std::min(low, s.monthly[m]);
            high = std::max(high, s.monthly[m]);
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    axisY->setRange(std::floor(std::min(low, high) - 2), std::ceil(std::max(low, high) + 2));
    chart->legend()->setVisible(row < 0 && m_scores->rowCount() <= 12);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_exportScores->setEnabled(m_scores->rowCount() > 0);
    if (row < 0) {
        m_scoreDetail->setHtml(
            QStringLiteral("<p>%1</p>").arg(esc(tr("Select an agency to see every change."))));
        return;
    }
    const UnitScore s = m_scores->scoreAt(row);
    QString h = QStringLiteral("<h3>%1</h3><p>%2</p><table cellpadding=\"3\">")
                    .arg(esc(s.unitName), esc(tr("Score %1, rank %2").arg(s.score).arg(s.rank)));
    for (const ScoreChange &c : s.changes) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(TimeParse::toBeijingDay(c.atMs)), esc(QString::number(c.delta, 'f', 2)),
                     esc(c.order), esc(c.reason));
    }
    h += QStringLiteral("</table>");
    m_scoreDetail->setHtml(h);
}

bool SupervisionPage::exportOrders(const QString &path)
{
    RecordExporter exporter(*m_context.store);
    const bool ok = exporter.writeWorkbook(path, tr("Supervision orders"), m_orders->table(), {});
    emit message(ok ? tr("Wrote %1.").arg(path) : exporter.errorString());
    return ok;
}

bool SupervisionPage::exportScores(const QString &path)
{
    RecordExporter exporter(*m_context.store);
    const bool ok = exporter.writeWorkbook(path, tr("Assessment %1").arg(m_scores->year()), m_scores->table(),
        { true, false, false, true, true });
    emit message(ok ? tr("Wrote %1.").arg(path) : exporter.errorString());
    return ok;
}

void SupervisionPage::askExport(bool orders)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to Excel"),
        orders ? tr("supervision-orders.xlsx") : tr("assessment-%1.xlsx").arg(m_scores->year()),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (orders)
        exportOrders(path);
    else
        exportScores(path);
}
