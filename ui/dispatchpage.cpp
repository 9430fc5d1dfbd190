#include "ui/dispatchpage.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/dispatchorder.h"
#include "domain/dispatchservice.h"
#include "domain/requestnumbers.h"
#include "domain/savedplaces.h"
#include "models/recordtablemodel.h"
#include "models/requestqueuemodel.h"
#include "printing/dispatchorderprinter.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "ui/dispatchalldialog.h"
#include "ui/dispatchboard.h"
#include "ui/dispatchdialog.h"
#include "ui/historydialog.h"
#include "ui/placepickerdialog.h"
#include "ui/reasondialog.h"
#include "ui/recordformdialog.h"
#include "ui/referraldialog.h"
#include "ui/requestqueueview.h"
#include "ui/requestroutehelper.h"
#include "ui/triplogdialog.h"
#include "ui/vehiclefiledialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
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
    , m_service(std::make_unique<DispatchService>(*context.store))
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

    m_board->setDropJudge([this](const QString &requestCode, const QString &vehicleId) {
        QStringList reasons;
        for (const BookingConflict &c : m_service->vehicleConflicts(requestCode, plateOf(vehicleId)))
            reasons << c.message;
        return reasons.join(QLatin1Char('\n'));
    });
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
    connect(dispatchAll, &QPushButton::clicked, this, &DispatchPage::dispatchAll);
    connect(refer, &QPushButton::clicked, this, &DispatchPage::referSelected);
    connect(add, &QPushButton::clicked, this, &DispatchPage::newRequest);
    connect(approve, &QPushButton::clicked, this, &DispatchPage::approveSelected);
    connect(reject, &QPushButton::clicked, this, &DispatchPage::rejectSelected);
    connect(dispatch, &QPushButton::clicked, this, &DispatchPage::dispatchSelectedRequest);
    connect(cancel, &QPushButton::clicked, this, &DispatchPage::cancelSelectedRequest);
    connect(m_approvedView, &QTableView::activated, this, &DispatchPage::dispatchSelectedRequest);
    // Each step of a request's life is in its change log: who approved, dispatched, referred, and when.
    for (auto [view, queue] :
        { std::pair { m_pendingView, m_pending }, std::pair { m_approvedView, m_approved } }) {
        auto *history = new QAction(tr("History…"), view);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(history);
        connect(history, &QAction::triggered, this,
            [this, view = view, queue = queue] { showRequestHistory(selectedRequestOf(view, queue)); });
    }
    connect(m_pendingView, &QTableView::activated, this, &DispatchPage::approveSelected);

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
    m_printAction = printMenu->addAction(tr("Print…"), this, &DispatchPage::printSelectedOrder);
    m_printAction->setObjectName(QStringLiteral("printOrderAction"));
    m_saveAction = printMenu->addAction(tr("Save as PDF…"), this, &DispatchPage::saveSelectedOrder);
    m_saveAction->setObjectName(QStringLiteral("saveOrderPdf"));
    m_printButton->setMenu(printMenu);
    for (QPushButton *b : { m_historyButton, m_printButton, m_departButton, m_returnButton, m_settleButton,
             m_cancelOrderButton }) {
        // As wide as its text when the window is narrow (a push button's own minimum is 80 pixels, six of
        // them would not fit beside the queues of a 900-pixel window), its usual width otherwise.
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(b->text()) + (b->menu() ? 36 : 20));
        layout->addWidget(b);
    }
    connect(
        m_historyButton, &QPushButton::clicked, this, [this] { showRequestHistory(requestOfSelectedBar()); });
    connect(m_departButton, &QPushButton::clicked, this, &DispatchPage::recordDeparture);
    connect(m_returnButton, &QPushButton::clicked, this, &DispatchPage::recordReturn);
    connect(m_settleButton, &QPushButton::clicked, this, &DispatchPage::settleSelected);
    connect(m_cancelOrderButton, &QPushButton::clicked, this, &DispatchPage::cancelSelectedOrder);
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

void DispatchPage::dispatchRequest(const QString &requestCode, const QString &vehicleId)
{
    if (!m_canDispatch) {
        showFeedback(tr("Signed in as %1, you may look at the board but not dispatch.")
                         .arg(Session::roleName(m_context.session.role())),
            false);
        return;
    }
    const QString plate = plateOf(vehicleId);
    QStringList reasons;
    for (const BookingConflict &c : m_service->vehicleConflicts(requestCode, plate))
        reasons << c.message;
    if (!reasons.isEmpty()) {
        showFeedback(
            tr("%1 cannot take request %2:\n%3").arg(plate, requestCode, reasons.join(QLatin1Char('\n'))),
            false);
        return;
    }
    chooseAndDispatch(requestCode, plate);
}

void DispatchPage::chooseAndDispatch(const QString &requestCode, const QString &plate)
{
    DispatchDialog dialog(*m_context.store, requestCode, plate, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult result
        = m_service->dispatch(requestCode, dialog.plate(), dialog.driverCode(), user());
    if (!result.ok) {
        showFeedback(
            tr("Request %1 was not dispatched:\n%2").arg(requestCode, result.errors.join(QLatin1Char('\n'))),
            false);
        return;
    }
    showFeedback(
        tr("Request %1 dispatched: %2 with driver %3.").arg(requestCode, dialog.plate(), dialog.driverCode()),
        true);
    m_board->selectTask(result.id);
}

void DispatchPage::dispatchSelectedRequest()
{
    const QString code = selectedRequestOf(m_approvedView, m_approved);
    if (code.isEmpty() || !m_canDispatch)
        return;
    chooseAndDispatch(code, QString());
}

void DispatchPage::newRequest()
{
    if (!m_canDispatch)
        return;
    // Proposed: the next number of the day shown, the next full hour (or 09:00 on another day), two hours.
    const qint64 dayStart = beijingMidnight(m_day);
    qint64 start = dayStart + 9 * 3600 * 1000LL;
    if (m_board->now() >= dayStart && m_board->now() < dayStart + kDayMs)
        start = (m_board->now() / 3600000 + 1) * 3600000; // late in the evening that is tomorrow: so be it
    Record draft;
    draft.values = { { Field::Code, RequestNumbers::next(*m_context.store, m_day) }, { Field::Passengers, 1 },
        { Field::StartAt, TimeParse::toUtcIso(start) },
        { Field::EndAt, TimeParse::toUtcIso(start + 2 * 3600 * 1000LL) },
        { Field::TripType, QStringLiteral("city") }, { Field::Status, RequestState::Submitted } };
    RecordFormDialog form(*m_context.store, Kind::Requests, draft, this);
    form.setWindowTitle(tr("New trip request"));
    // What the request's life fills in later is not asked for now.
    for (const char *field : { "status", "status_reason", "task_id", "nav_source", "referral_provider",
             "referral_reason", "referred_at", "referred_by" })
        form.setFieldHidden(QLatin1String(field));
    RequestRouteHelper::attachTo(&form, m_context.settings);
    for (const char *end : { "origin", "dest" }) {
        const QString prefix = QLatin1String(end);
        auto *pick = new QPushButton(tr("Map…"));
        pick->setObjectName(prefix + QStringLiteral("_pick"));
        pick->setToolTip(tr("Pick from the agency's usual places, the county seats, or a click on the map"));
        form.addBesideEditor(prefix + QStringLiteral("_name"), pick);
        connect(pick, &QPushButton::clicked, &form, [this, &form, prefix] {
            const QString unit = form.fieldValue(Field::UnitId).toString();
            SavedPlace current { form.fieldValue(prefix + QStringLiteral("_name")).toString(),
                form.fieldValue(prefix + QStringLiteral("_lat")).toDouble(),
                form.fieldValue(prefix + QStringLiteral("_lon")).toDouble(), 0 };
            PlacePickerDialog picker(*m_context.settings,
                unit.isEmpty() ? QList<SavedPlace>() : SavedPlaces::forUnit(*m_context.store, unit), current,
                &form);
            if (picker.exec() != QDialog::Accepted)
                return;
            const SavedPlace chosen = picker.place();
            form.setFieldValue(prefix + QStringLiteral("_name"), chosen.name);
            form.setFieldValue(prefix + QStringLiteral("_lat"), chosen.lat);
            form.setFieldValue(prefix + QStringLiteral("_lon"), chosen.lon);
        });
    }
    if (form.exec() != QDialog::Accepted)
        return;
    // The proposed number is a preview: left as it was, the service takes the next free one of the booked day
    // under the write lock, so another desktop cannot have taken it meanwhile.
    Record entered = form.record();
    if (entered.text(Field::Code) == draft.text(Field::Code))
        entered.values.insert(Field::Code, QString());
    const DispatchResult r = m_service->submit(entered, user());
    const std::optional<Record> saved = r.ok ? m_context.store->record(Kind::Requests, r.id) : std::nullopt;
    r.ok ? showFeedback(tr("Request %1 submitted.").arg(saved ? saved->text(Field::Code) : QString()), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::dispatchAll()
{
    if (!m_canDispatch)
        return;
    DispatchAllDialog dialog(*m_context.store, m_context.databasePath, m_day, this);
    if (dialog.exec() != QDialog::Accepted || dialog.plan().assignments.isEmpty())
        return;
    const DispatchResult r = m_service->dispatchPlan(dialog.plan(), user());
    r.ok ? showFeedback(tr("%n request(s) dispatched.", nullptr, int(dialog.plan().assignments.size())), true)
         : showFeedback((r.conflicts.isEmpty()
                                ? tr("Nothing was dispatched:\n%1")
                                : tr("Nothing was dispatched: the day changed since the plan was made.\n%1"))
                            .arg(r.errors.join(QLatin1Char('\n'))),
             false);
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
    const QStringList providers = m_context.settings->referralProviders();
    if (providers.isEmpty()) {
        showFeedback(tr("No referral providers are set (Settings, Dispatch)."), false);
        return;
    }
    ReferralDialog dialog(code, providers, suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->refer(code, dialog.provider(), dialog.reason(), user());
    r.ok ? showFeedback(tr("Request %1 referred to %2.").arg(code, dialog.provider()), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

std::optional<DispatchOrder> DispatchPage::selectedOrder()
{
    const BoardBar *bar = m_board->barOf(m_board->selectedTaskId());
    const QString taskCode = bar ? bar->taskCode : QString();
    if (taskCode.isEmpty())
        return std::nullopt;
    DispatchOrder order = DispatchOrder::load(*m_context.store, taskCode);
    if (!order.ok) {
        showFeedback(order.error, false);
        return std::nullopt;
    }
    return order;
}

void DispatchPage::printSelectedOrder()
{
    const std::optional<DispatchOrder> order = selectedOrder();
    if (!order)
        return;
    QPrinter device(QPrinter::HighResolution);
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    device.setDocName(tr("Dispatch order %1").arg(order->taskCode));
    QPrintDialog dialog(&device, this);
    dialog.setWindowTitle(tr("Print dispatch order %1").arg(order->taskCode));
    if (dialog.exec() != QDialog::Accepted)
        return;
    DispatchOrderPrinter printer(m_context.settings->centerName());
    if (!printer.render(*order, &device)) {
        showFeedback(tr("The dispatch order was not printed: %1").arg(printer.errorString()), false);
        return;
    }
    showFeedback(tr("Dispatch order %1 sent to %2.").arg(order->taskCode, device.printerName()), true);
}

void DispatchPage::saveSelectedOrder()
{
    const std::optional<DispatchOrder> order = selectedOrder();
    if (!order)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // No space in the proposed name: it is typed into archive systems and command lines.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save dispatch order %1").arg(order->taskCode),
        QDir(folder).filePath(tr("dispatch-order-%1.pdf").arg(order->taskCode)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    DispatchOrderPrinter printer(m_context.settings->centerName());
    if (!printer.writePdf(*order, path)) {
        showFeedback(tr("The dispatch order was not written: %1").arg(printer.errorString()), false);
        return;
    }
    showFeedback(
        tr("Dispatch order %1 saved as %2.").arg(order->taskCode, QDir::toNativeSeparators(path)), true);
}

void DispatchPage::approveSelected()
{
    const QString code = selectedRequestOf(m_pendingView, m_pending);
    if (code.isEmpty() || !m_canDispatch)
        return;
    const DispatchResult r = m_service->approve(code, user());
    r.ok ? showFeedback(tr("Request %1 approved.").arg(code), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::rejectSelected()
{
    const QString code = selectedRequestOf(m_pendingView, m_pending);
    if (code.isEmpty() || !m_canDispatch)
        return;
    ReasonDialog dialog(tr("Reject request %1").arg(code),
        tr("Why is the request rejected? The applicant reads this."), tr("Reject"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->reject(code, dialog.reason(), user());
    r.ok ? showFeedback(tr("Request %1 rejected.").arg(code), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::cancelSelectedRequest()
{
    const QString code = selectedRequestOf(m_approvedView, m_approved);
    if (code.isEmpty() || !m_canDispatch)
        return;
    ReasonDialog dialog(
        tr("Cancel request %1").arg(code), tr("Why is the request cancelled?"), tr("Cancel request"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->cancel(code, dialog.reason(), user());
    r.ok ? showFeedback(tr("Request %1 cancelled.").arg(code), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::moveBar(const QString &taskId, const QString &vehicleId, qint64 startMs, qint64 endMs)
{
    const BoardBar *bar = m_board->barOf(taskId);
    const QString taskCode = bar ? bar->taskCode : QString();
    if (!m_canDispatch || taskCode.isEmpty())
        return;
    const QString plate = plateOf(vehicleId);
    const DispatchResult r = m_service->reassign(taskCode, plate, startMs, endMs, user());
    if (!r.ok) {
        showFeedback(
            tr("Dispatch order %1 was not moved:\n%2").arg(taskCode, r.errors.join(QLatin1Char('\n'))),
            false);
        return;
    }
    showFeedback(tr("Dispatch order %1 moved to %2, %3–%4.")
                     .arg(taskCode, plate, TimeParse::toBeijingShort(startMs),
                         TimeParse::toBeijingIso(endMs).mid(11, 5)),
        true);
}

QString DispatchPage::requestOfSelectedBar() const
{
    const BoardBar *bar = m_board->barOf(m_board->selectedTaskId());
    return bar ? bar->requestCode : QString();
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

void DispatchPage::showRequestHistory(const QString &requestCode)
{
    const std::optional<Record> request
        = requestCode.isEmpty() ? std::nullopt : m_context.store->findByKey(Kind::Requests, requestCode);
    if (!request)
        return;
    HistoryDialog dialog(*m_context.store, Kind::Requests, *request, this);
    dialog.exec();
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

void DispatchPage::recordDeparture()
{
    const QString code = requestOfSelectedBar();
    if (code.isEmpty())
        return;
    TripLogDialog dialog(tr("Departure of %1").arg(code), m_board->now(), 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->depart(code, dialog.timeMs(), dialog.odometerKm(), user());
    r.ok ? showFeedback(tr("Departure of %1 recorded.").arg(code), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::recordReturn()
{
    const QString code = requestOfSelectedBar();
    if (code.isEmpty())
        return;
    double out = 0;
    if (const std::optional<Record> task = m_context.store->record(Kind::Tasks, m_board->selectedTaskId()))
        out = task->value(Field::OdometerOut).toDouble();
    TripLogDialog dialog(tr("Return of %1").arg(code), m_board->now(), out, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->returned(code, dialog.timeMs(), dialog.odometerKm(), user());
    r.ok ? showFeedback(
        tr("Return of %1 recorded: %2 km driven.").arg(code).arg(dialog.odometerKm() - out, 0, 'f', 1), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::settleSelected()
{
    const QString code = requestOfSelectedBar();
    if (code.isEmpty())
        return;
    const DispatchResult r = m_service->settle(code, user());
    r.ok ? showFeedback(tr("Request %1 settled.").arg(code), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::cancelSelectedOrder()
{
    const QString code = requestOfSelectedBar();
    if (code.isEmpty())
        return;
    ReasonDialog dialog(tr("Cancel request %1").arg(code),
        tr("Why is the trip cancelled? The car and the driver become free again."), tr("Cancel trip"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DispatchResult r = m_service->cancel(code, dialog.reason(), user());
    r.ok ? showFeedback(tr("Request %1 cancelled; its order is withdrawn.").arg(code), true)
         : showFeedback(r.errors.join(QLatin1Char('\n')), false);
}

void DispatchPage::openVehicleFile(const QString &vehicleId)
{
    if (!vehicleId.isEmpty())
        VehicleFileDialog::open(m_context, Kind::Vehicles, vehicleId, this);
}
