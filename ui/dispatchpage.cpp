#include "ui/dispatchpage.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "models/recordtablemodel.h"
#include "models/requestqueuemodel.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "ui/dispatchactions.h"
#include "ui/dispatchboard.h"
#include "ui/requestqueueview.h"
#include "ui/vehiclefiledialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

qint64 beijingMidnight(const QDate &day)
{
    return TimeParse::parseDateMs(day.toString(Qt::ISODate)).value_or(0);
}

} // namespace

DispatchPage::DispatchPage(const UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actions(new DispatchActions(context, this))
    , m_requests(new RecordTableModel(context.store, Kind::Requests, this))
    , m_pending(new RequestQueueModel(m_requests, { RequestState::Submitted }, this))
    , m_approved(new RequestQueueModel(m_requests, { RequestState::Approved }, this))
    , m_pendingView(new RequestQueueView(m_pending))
    , m_approvedView(new RequestQueueView(m_approved))
    , m_board(new DispatchBoard)
    , m_feedback(new QLabel)
    , m_reloadTimer(new QTimer(this))
    , m_canDispatch(context.session.canEdit(Kind::Tasks))
{
    m_pendingView->setObjectName(QStringLiteral("pendingRequests"));
    m_approvedView->setObjectName(QStringLiteral("approvedRequests"));
    m_approved->setReferralThreshold(context.settings->referralPassengers());
    m_approvedView->setDragEnabled(m_canDispatch);
    m_pendingView->setDragEnabled(false); // only an approved request goes onto a car
    m_board->setObjectName(QStringLiteral("dispatchBoard"));
    m_board->setToolTip(
        tr("Ctrl+wheel or +/− zooms; arrow keys move between cars and through time; Home goes to now."));

    // Tool row: which day or week, how close, which cars.
    auto *tools = new QHBoxLayout;
    auto *previous = new QToolButton;
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Earlier"));
    auto *today = new QToolButton; // a tool button: a push button's minimum width would not fit 900 pixels
    today->setText(tr("Today"));
    auto *next = new QToolButton;
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Later"));
    m_dateEdit = new QDateEdit;
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayButton = new QToolButton;
    m_dayButton->setText(tr("Day"));
    m_weekButton = new QToolButton;
    m_weekButton->setText(tr("Week"));
    for (QToolButton *b : { m_dayButton, m_weekButton })
        b->setCheckable(true);
    auto *span = new QButtonGroup(this);
    span->addButton(m_dayButton);
    span->addButton(m_weekButton);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Plate, model or agency…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(60);
    m_category = new QComboBox;
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(5);
    m_category->addItem(tr("All categories"), QString());
    for (const char *category : { "emergency", "enforcement", "general" })
        m_category->addItem(
            DispatchBoardData::categoryLabel(QLatin1String(category)), QLatin1String(category));
    // Zooming is Ctrl+wheel or +/− on the board (its tooltip says so): buttons for it would not fit a
    // 900-pixel window beside the queues.
    for (QWidget *w :
        std::initializer_list<QWidget *> { previous, today, next, m_dateEdit, m_dayButton, m_weekButton })
        tools->addWidget(w);
    tools->addSpacing(12);
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_category);

    m_feedback->setObjectName(QStringLiteral("dispatchFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_feedback);
    rightLayout->addWidget(m_board, 1);
    rightLayout->addWidget(buildOrderBar());

    auto *splitter = new QSplitter;
    splitter->addWidget(buildQueues());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 380, 900 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_board->setDropJudge([this](const QString &requestId, const QString &vehicleId) {
        return m_actions->vehicleRefusal(requestId, vehicleId);
    });
    connect(m_actions, &DispatchActions::feedback, this, &DispatchPage::showFeedback);
    connect(m_actions, &DispatchActions::dispatched, m_board, &DispatchBoard::selectTask);
    connect(m_board, &DispatchBoard::requestDropped, this, &DispatchPage::dispatchRequest);
    connect(m_board, &DispatchBoard::barMoveRequested, this, &DispatchPage::moveBar);
    connect(m_board, &DispatchBoard::barMenuRequested, this, &DispatchPage::showBarMenu);
    connect(m_board, &DispatchBoard::vehicleMenuRequested, this, [this](const QString &id, const QPoint &at) {
        QMenu menu(this);
        menu.addAction(tr("Vehicle file…"), this, [this, id] { openVehicleFile(id); });
        menu.exec(at);
    });
    connect(m_board, &DispatchBoard::vehicleActivated, this, &DispatchPage::openVehicleFile);
    connect(m_board, &DispatchBoard::barActivated, this, [this](const QString &) { updateOrderBar(); });
    connect(m_board, &DispatchBoard::taskSelected, this, &DispatchPage::updateOrderBar);
    connect(
        previous, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(m_week ? -7 : -1), m_week); });
    connect(next, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(m_week ? 7 : 1), m_week); });
    connect(today, &QToolButton::clicked, this, [this] {
        showDay(QDate::fromString(TimeParse::toBeijingDay(m_board->now()), Qt::ISODate), m_week);
        m_board->scrollToTime(m_board->now());
    });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) { showDay(d, m_week); });
    connect(m_dayButton, &QToolButton::clicked, this, [this] { showDay(m_day, false); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { showDay(m_day, true); });
    auto refilter
        = [this] { m_board->setFilter(m_filter->text().trimmed(), m_category->currentData().toString()); };
    connect(m_filter, &QLineEdit::textChanged, this, refilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, refilter);

    // Any change to what the board shows, by this window or another, redraws it once the edit is done.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DispatchPage::reload);
    connect(context.store, &RecordStore::recordsChanged, this, [this](const QString &kind) {
        static const QStringList shown
            = { Kind::Tasks, Kind::Requests, Kind::Vehicles, Kind::Drivers, Kind::Units, Kind::Maintenance };
        if (shown.contains(kind))
            m_reloadTimer->start();
    });

    // The board's "now" follows the clock (the line, Today, the times proposed for departure and return).
    auto *clock = new QTimer(this);
    clock->setInterval(30 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (m_followClock)
            m_board->setNow(QDateTime::currentMSecsSinceEpoch());
    });
    clock->start();

    // Day or week, and how close, as the dispatcher left them; the day itself is always today.
    QSettings &saved = m_context.settings->raw();
    showDay(QDate::fromString(TimeParse::toBeijingDay(m_board->now()), Qt::ISODate),
        saved.value(QStringLiteral("dispatch/week"), false).toBool());
    const double hourWidth = saved.value(QStringLiteral("dispatch/hourWidth"), 0.0).toDouble();
    if (hourWidth > 0 && saved.value(QStringLiteral("dispatch/week"), false).toBool())
        m_board->setHourWidth(hourWidth);
    // A day opens on the working day around now (07:00–20:00, or the thirteen hours from three before
    // now outside them), fitted to the board's width once it has one: scrolled while the page was still
    // hidden, the board stayed at 00:00–16:00 and the afternoon was off-screen.
    if (!m_week)
        showWorkingHours();
    else
        m_board->scrollToTime(m_board->now());
    updateOrderBar();
}

DispatchPage::~DispatchPage()
{
    QSettings &saved = m_context.settings->raw();
    saved.setValue(QStringLiteral("dispatch/week"), m_week);
    saved.setValue(QStringLiteral("dispatch/hourWidth"), m_board->hourWidth());
}

QWidget *DispatchPage::buildQueues()
{
    auto *queues = new QSplitter(Qt::Vertical);

    auto *pendingBox = new QGroupBox(tr("Waiting for approval"));
    auto *pendingLayout = new QVBoxLayout(pendingBox);
    auto *add = new QPushButton(tr("New request…"));
    add->setObjectName(QStringLiteral("newRequest"));
    // A request taken by phone starts here; on its own row so the queue column stays narrow.
    pendingLayout->addWidget(add, 0, Qt::AlignLeft);
    pendingLayout->addWidget(m_pendingView, 1);
    auto *pendingButtons = new QHBoxLayout;
    auto *approve = new QPushButton(tr("Approve"));
    auto *reject = new QPushButton(tr("Reject…"));
    approve->setObjectName(QStringLiteral("approveRequest"));
    reject->setObjectName(QStringLiteral("rejectRequest"));
    pendingButtons->addWidget(approve);
    pendingButtons->addWidget(reject);
    pendingButtons->addStretch(1);
    pendingLayout->addLayout(pendingButtons);
    queues->addWidget(pendingBox);

    auto *approvedBox = new QGroupBox(tr("Waiting for a car"));
    auto *approvedLayout = new QVBoxLayout(approvedBox);
    auto *hint = new QLabel(tr("Drag a request onto a car's row, or select it and press Enter."));
    hint->setWordWrap(true);
    approvedLayout->addWidget(hint);
    approvedLayout->addWidget(m_approvedView, 1);
    auto *approvedButtons = new QGridLayout;
    auto *dispatch = new QPushButton(tr("Dispatch…"));
    auto *cancel = new QPushButton(tr("Cancel request…"));
    auto *refer = new QPushButton(tr("Refer…"));
    dispatch->setObjectName(QStringLiteral("dispatchRequest"));
    cancel->setObjectName(QStringLiteral("cancelRequest"));
    refer->setObjectName(QStringLiteral("referRequest"));
    refer->setToolTip(
        tr("Refer the trip to a social platform (报备): tinted rows are those the local rules suggest"));
    approvedButtons->addWidget(dispatch, 0, 0);
    approvedButtons->addWidget(refer, 1, 0);
    approvedButtons->addWidget(cancel, 1, 1);
    auto *dispatchAll = new QPushButton(tr("Dispatch all…"));
    dispatchAll->setObjectName(QStringLiteral("dispatchAll"));
    dispatchAll->setToolTip(
        tr("Every approved request of the day shown, at once: the cheapest plan the rules allow"));
    approvedButtons->addWidget(dispatchAll, 0, 1);
    approvedButtons->setColumnStretch(2, 1);
    approvedLayout->addLayout(approvedButtons);
    queues->addWidget(approvedBox);

    // A button that acts on a request is enabled only while one is selected, so a click never does nothing.
    add->setEnabled(m_canDispatch);
    dispatchAll->setEnabled(m_canDispatch);
    auto follow = [this](QTableView *view, const QList<QPushButton *> &buttons) {
        auto update = [this, view, buttons] {
            for (QPushButton *b : buttons)
                b->setEnabled(m_canDispatch && view->selectionModel()->hasSelection());
        };
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
        connect(view->model(), &QAbstractItemModel::modelReset, this, update);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, update);
        update();
    };
    follow(m_pendingView, { approve, reject });
    follow(m_approvedView, { dispatch, cancel, refer });
    connect(dispatchAll, &QPushButton::clicked, this, [this] { m_actions->dispatchAll(m_day); });
    connect(refer, &QPushButton::clicked, this, &DispatchPage::referSelected);
    connect(add, &QPushButton::clicked, this, [this] { m_actions->newRequest(m_day, m_board->now()); });
    connect(approve, &QPushButton::clicked, this,
        [this] { m_actions->approve(selectedRequestOf(m_pendingView, m_pending)); });
    connect(reject, &QPushButton::clicked, this,
        [this] { m_actions->reject(selectedRequestOf(m_pendingView, m_pending)); });
    connect(dispatch, &QPushButton::clicked, this, &DispatchPage::dispatchSelectedRequest);
    connect(cancel, &QPushButton::clicked, this,
        [this] { m_actions->cancelRequest(selectedRequestOf(m_approvedView, m_approved)); });
    connect(m_approvedView, &QTableView::activated, this, &DispatchPage::dispatchSelectedRequest);
    // Each step of a request's life is in its change log: who approved, dispatched, referred, and when.
    for (auto [view, queue] :
        { std::pair { m_pendingView, m_pending }, std::pair { m_approvedView, m_approved } }) {
        auto *history = new QAction(tr("History…"), view);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(history);
        connect(history, &QAction::triggered, this, [this, view = view, queue = queue] {
            m_actions->showRequestHistory(selectedRequestOf(view, queue));
        });
    }
    connect(m_pendingView, &QTableView::activated, this,
        [this] { m_actions->approve(selectedRequestOf(m_pendingView, m_pending)); });

    // The counts in the titles say at a glance how much is waiting.
    auto count = [pendingBox, approvedBox, this] {
        pendingBox->setTitle(tr("Waiting for approval (%1)").arg(m_pending->rowCount()));
        approvedBox->setTitle(tr("Waiting for a car (%1)").arg(m_approved->rowCount()));
    };
    for (RequestQueueModel *q : { m_pending, m_approved }) {
        connect(q, &QAbstractItemModel::modelReset, this, count);
        connect(q, &QAbstractItemModel::rowsInserted, this, count);
        connect(q, &QAbstractItemModel::rowsRemoved, this, count);
        connect(q, &QAbstractItemModel::layoutChanged, this, count);
    }
    count();
    return queues;
}

QWidget *DispatchPage::buildOrderBar()
{
    // The selected order's line above its actions, so neither squeezes the other on a small screen.
    auto *bar = new QWidget;
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *layout = new QHBoxLayout;
    m_orderLabel = new QLabel;
    m_orderLabel->setObjectName(QStringLiteral("selectedOrder"));
    m_orderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_orderLabel->setWordWrap(true); // a long order line wraps rather than widening the window
    rows->addWidget(m_orderLabel);
    rows->addLayout(layout);
    layout->addStretch(1);
    m_departButton = new QPushButton(tr("Departed…"));
    m_returnButton = new QPushButton(tr("Returned…"));
    m_settleButton = new QPushButton(tr("Settle"));
    m_cancelOrderButton = new QPushButton(tr("Cancel…"));
    m_historyButton = new QPushButton(tr("History…"));
    m_historyButton->setObjectName(QStringLiteral("orderHistory"));
    m_historyButton->setToolTip(tr("Who took each step of this trip's request, and when"));
    // Printing and saving share one button (the bar must fit a 900-pixel window): its menu has both.
    m_printButton = new QPushButton(tr("Print order"));
    m_printButton->setObjectName(QStringLiteral("printOrder"));
    m_printButton->setToolTip(tr("The dispatch order (派车单): print it to sign, or save it as a PDF"));
    auto *printMenu = new QMenu(m_printButton);
    m_printAction
        = printMenu->addAction(tr("Print…"), this, [this] { m_actions->printOrder(orderOfSelectedBar()); });
    m_printAction->setObjectName(QStringLiteral("printOrderAction"));
    m_saveAction = printMenu->addAction(
        tr("Save as PDF…"), this, [this] { m_actions->saveOrder(orderOfSelectedBar()); });
    m_saveAction->setObjectName(QStringLiteral("saveOrderPdf"));
    m_printButton->setMenu(printMenu);
    for (QPushButton *b : { m_historyButton, m_printButton, m_departButton, m_returnButton, m_settleButton,
             m_cancelOrderButton }) {
        // As wide as its text when the window is narrow (a push button's own minimum is 80 pixels, six of
        // them would not fit beside the queues of a 900-pixel window), its usual width otherwise.
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(b->text()) + (b->menu() ? 36 : 20));
        layout->addWidget(b);
    }
    connect(m_historyButton, &QPushButton::clicked, this,
        [this] { m_actions->showRequestHistory(requestOfSelectedBar()); });
    connect(m_departButton, &QPushButton::clicked, this,
        [this] { m_actions->recordDeparture(requestOfSelectedBar(), m_board->now()); });
    connect(m_returnButton, &QPushButton::clicked, this, [this] {
        m_actions->recordReturn(requestOfSelectedBar(), m_board->selectedTaskId(), m_board->now());
    });
    connect(
        m_settleButton, &QPushButton::clicked, this, [this] { m_actions->settle(requestOfSelectedBar()); });
    connect(m_cancelOrderButton, &QPushButton::clicked, this,
        [this] { m_actions->cancelOrder(requestOfSelectedBar()); });
    return bar;
}

void DispatchPage::showDay(const QDate &day, bool week)
{
    if (!day.isValid())
        return;
    const bool changed = day != m_day || week != m_week;
    m_day = day;
    m_week = week;
    m_dayButton->setChecked(!week);
    m_weekButton->setChecked(week);
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(day);
    }
    if (changed) {
        reload();
        m_board->fitSpan();
        if (!week)
            showWorkingHours(); // a day is read hour by hour
    }
}

void DispatchPage::setNow(qint64 ms)
{
    m_followClock = false; // a fixed time (tests, a replayed day) stays fixed
    m_board->setNow(ms);
}

void DispatchPage::showWorkingHours()
{
    const qint64 hour = 3600 * 1000LL;
    const qint64 midnight = beijingMidnight(m_day);
    qint64 from = midnight + 7 * hour;
    qint64 to = midnight + 20 * hour;
    const qint64 now = m_board->now();
    if (now >= midnight && now < midnight + 24 * hour && (now < from || now > to - hour)) {
        from = std::max(midnight, now - 3 * hour);
        to = std::min(midnight + 24 * hour, from + 13 * hour);
        from = to - 13 * hour;
    }
    m_board->showSpan(from, to);
}

void DispatchPage::reload()
{
    // A week starts on Monday, as Chinese calendars and duty rosters do.
    const QDate first = m_week ? m_day.addDays(1 - m_day.dayOfWeek()) : m_day;
    const qint64 from = beijingMidnight(first);
    m_board->setData(DispatchBoardData::load(*m_context.store, from, from + (m_week ? 7 : 1) * kDayMs));
    updateOrderBar();
}

void DispatchPage::showFeedback(const QString &text, bool ok)
{
    if (ok) {
        // The board and the buttons follow at once; the store's notice of the same commit, already queued,
        // would only read it all again.
        reload();
        m_reloadTimer->stop();
    }
    m_feedback->setText(text);
    m_feedback->setProperty("ok", ok);
    m_feedback->setStyleSheet(ok
            ? QStringLiteral(
                "QLabel { background: #e3f4e8; color: #1d5e33; padding: 6px; border-radius: 4px; }")
            : QStringLiteral(
                "QLabel { background: #fbe4e4; color: #8a1c1c; padding: 6px; border-radius: 4px; }"));
    m_feedback->show();
    emit message(text.section(QLatin1Char('\n'), 0, 0));
}

QString DispatchPage::plateOf(const QString &vehicleId) const
{
    for (const BoardVehicle &v : m_board->data().vehicles) {
        if (v.id == vehicleId)
            return v.plate;
    }
    return {};
}

QString DispatchPage::selectedRequestOf(QTableView *view, RequestQueueModel *queue) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? queue->codeAt(current.row()) : QString();
}

void DispatchPage::dispatchRequest(const QString &requestId, const QString &vehicleId)
{
    m_actions->dispatchRequest(requestId, vehicleId);
}

void DispatchPage::dispatchSelectedRequest()
{
    const QModelIndex current = m_approvedView->currentIndex();
    if (!current.isValid() || !m_canDispatch)
        return;
    m_actions->chooseAndDispatch(m_approved->idAt(current.row()), QString());
}

void DispatchPage::referSelected()
{
    const QString code = selectedRequestOf(m_approvedView, m_approved);
    if (code.isEmpty() || !m_canDispatch)
        return;
    const int row = m_approved->rowOfCode(code);
    const QString suggested = m_approved->referralSuggestedAt(row)
        ? m_approved->data(m_approved->index(row, 0), Qt::ToolTipRole).toString()
        : QString();
    m_actions->refer(code, suggested);
}

void DispatchPage::moveBar(const QString &taskId, const QString &vehicleId, qint64 startMs, qint64 endMs)
{
    const BoardBar *bar = m_board->barOf(taskId);
    if (bar)
        m_actions->moveOrder(taskId, vehicleId, startMs, endMs, bar->taskCode, plateOf(vehicleId));
}

QString DispatchPage::requestOfSelectedBar() const
{
    const BoardBar *bar = m_board->barOf(m_board->selectedTaskId());
    return bar ? bar->requestCode : QString();
}

QString DispatchPage::orderOfSelectedBar() const
{
    const BoardBar *bar = m_board->barOf(m_board->selectedTaskId());
    return bar ? bar->taskCode : QString();
}

void DispatchPage::updateOrderBar()
{
    const BoardBar *selected = m_board->barOf(m_board->selectedTaskId());
    if (!selected) {
        m_orderLabel->setText(tr("Select a dispatch order on the board to record its departure and return."));
    } else {
        m_orderLabel->setText(tr("%1 · %2 · %3 · %4–%5 · %6")
                                  .arg(selected->taskCode, plateOf(selected->vehicleId), selected->driverName,
                                      TimeParse::toBeijingShort(selected->startMs),
                                      TimeParse::toBeijingIso(selected->endMs).mid(11, 5),
                                      DispatchBoardData::stateLabel(selected->state)));
    }
    const bool hasRequest = selected && !selected->requestCode.isEmpty() && m_canDispatch;
    const BoardBar::State state = selected ? selected->state : BoardBar::State::Order;
    m_departButton->setEnabled(hasRequest && state == BoardBar::State::Dispatched);
    m_returnButton->setEnabled(hasRequest && state == BoardBar::State::Departed);
    m_settleButton->setEnabled(hasRequest && state == BoardBar::State::Returned);
    m_cancelOrderButton->setEnabled(hasRequest && state == BoardBar::State::Dispatched);
    m_printButton->setEnabled(selected != nullptr);
    m_printAction->setEnabled(selected != nullptr);
    m_saveAction->setEnabled(selected != nullptr);
    m_historyButton->setEnabled(selected && !selected->requestCode.isEmpty());
}

void DispatchPage::showBarMenu(const QString &taskId, const QPoint &globalPos)
{
    updateOrderBar();
    QMenu menu(this);
    for (QPushButton *b :
        { m_historyButton, m_departButton, m_returnButton, m_settleButton, m_cancelOrderButton }) {
        QAction *action = menu.addAction(b->text(), b, &QPushButton::click);
        action->setEnabled(b->isEnabled());
        if (b == m_historyButton)
            menu.addActions({ m_printAction, m_saveAction });
    }
    const std::optional<Record> task = m_context.store->record(Kind::Tasks, taskId);
    const QString vehicleId = task ? task->text(Field::VehicleId) : QString();
    if (!vehicleId.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Vehicle file…"), this, [this, vehicleId] { openVehicleFile(vehicleId); });
    }
    menu.exec(globalPos);
}

void DispatchPage::openVehicleFile(const QString &vehicleId)
{
    if (!vehicleId.isEmpty())
        VehicleFileDialog::open(m_context, Kind::Vehicles, vehicleId, this);
}
