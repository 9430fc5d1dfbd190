#include "ui/mainwindow.h"
#include "base/appsettings.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "sync/backgroundsync.h"
#include "ui/anomaliespage.h"
#include "ui/dispatchpage.h"
#include "ui/ledgerspage.h"
#include "ui/placeholderpage.h"
#include "ui/recordcommands.h"
#include "ui/recordlistpane.h"
#include "ui/recordspage.h"
#include "ui/reportspage.h"
#include "ui/settingsdialog.h"
#include "ui/settlementpage.h"
#include "ui/signindialog.h"
#include "ui/startpage.h"
#include "ui/supervisionnotice.h"
#include "ui/supervisionpage.h"
#include "ui/taskspage.h"
#include "ui/tripreviewpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(UiContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
{
    m_context.undoStack = new QUndoStack(this);
    m_context.feedback = new CommandFeedback;
    m_context.feedback->setParent(this);
    setWindowTitle(tr("FleetDesk — official vehicle service platform"));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(132);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); }"
                                        "QListWidget::item { padding: 8px 6px; }"));
    m_pages = new QStackedWidget;
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    m_notice = new SupervisionNotice(m_pages);
    right->addWidget(m_notice);
    right->addWidget(m_pages, 1);
    layout->addWidget(m_nav);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_records = new RecordsPage(m_context);
    m_tasks = new TasksPage(m_context);
    m_dispatchBoard = new ::DispatchPage(m_context);
    m_dispatch = new QTabWidget;
    m_dispatch->setObjectName(QStringLiteral("dispatchTabs"));
    m_dispatch->setDocumentMode(true);
    m_dispatch->addTab(m_dispatchBoard, tr("Board"));
    m_dispatch->addTab(m_tasks, tr("Dispatch orders"));
    m_anomalies = new AnomaliesPage(m_context);
    m_ledgers = new ::LedgersPage(m_context);
    m_tripReview = new TripReviewPage(m_context);
    m_reports = new ::ReportsPage(m_context);
    m_review = new QTabWidget;
    m_review->setObjectName(QStringLiteral("reviewTabs"));
    m_review->setDocumentMode(true);
    m_review->addTab(m_anomalies, tr("Anomalies"));
    m_review->addTab(m_tripReview, tr("Trip review"));
    auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_records, &RecordsPage::message, this, showMessage);
    connect(m_tasks, &TasksPage::message, this, showMessage);
    connect(m_dispatchBoard, &::DispatchPage::message, this, showMessage);
    connect(m_anomalies, &AnomaliesPage::message, this, showMessage);
    connect(m_ledgers, &::LedgersPage::message, this, showMessage);
    connect(m_tripReview, &TripReviewPage::message, this, showMessage);
    m_supervision = new ::SupervisionPage(m_context);
    connect(m_supervision, &::SupervisionPage::message, this, showMessage);
    // Above the pages, from sign-in on: the orders due soon or overdue, for the roles that work with them.
    if (m_context.session.canSupervise() || m_context.session.readsOnly())
        m_notice->watch(m_supervision);
    connect(m_notice, &SupervisionNotice::showRequested, this, [this] {
        showPage(SupervisionPage);
        m_supervision->showReminded();
    });
    // An order drafted from findings on the Review page opens on the Supervision page.
    connect(m_anomalies, &AnomaliesPage::orderDrafted, this, [this](const QString &number) {
        showPage(SupervisionPage);
        m_supervision->showOrder(number);
    });
    connect(m_reports, &::ReportsPage::message, this, showMessage);
    m_settlement = new SettlementPage(m_context);
    connect(m_settlement, &SettlementPage::message, this, showMessage);
    m_reportTabs = m_settlement->besideFigures(m_reports);
    connect(m_anomalies, &AnomaliesPage::replayTask, this, [this](const QString &taskCode) {
        const std::optional<Record> task = m_context.store->findByKey(Kind::Tasks, taskCode);
        if (!task || task->deleted) {
            statusBar()->showMessage(tr("Dispatch order %1 no longer exists.").arg(taskCode), 8000);
            return;
        }
        m_review->setCurrentWidget(m_tripReview);
        m_tripReview->reviewTask(task->id);
    });
    // The start page: today's plans due and what waits, each a way to its page.
    m_start = new StartPage(m_context);
    connect(m_start, &StartPage::openDispatch, this, [this] {
        showPage(DispatchPage);
        m_dispatch->setCurrentWidget(m_dispatchBoard);
    });
    connect(m_start, &StartPage::openBoard, this, [this] {
        showPage(DispatchPage);
        m_dispatch->setCurrentWidget(m_dispatchBoard);
    });
    connect(m_start, &StartPage::openReview, this, [this] {
        showPage(ReviewPage);
        m_review->setCurrentWidget(m_anomalies);
    });
    connect(m_start, &StartPage::openSupervision, this, [this] { showPage(SupervisionPage); });
    connect(m_start, &StartPage::openPlans, this, [this] {
        showPage(LedgersPage);
        m_ledgers->showKind(Kind::Plans);
    });
    struct PageInfo
    {
        Page page;
        QString title;
        QStyle::StandardPixmap icon;
        QWidget *widget;
    };
    // In the navigation's order; the stack holds them by their number (Page), which --page and the saved
    // last page use, so the start page, listed first, came last and numbered nothing else anew.
    const QList<PageInfo> pages = {
        { StartPageIndex, tr("Today"), QStyle::SP_DirHomeIcon, m_start },
        { RecordsPageIndex, tr("Records"), QStyle::SP_FileDialogDetailedView, m_records },
        { DispatchPage, tr("Dispatch"), QStyle::SP_BrowserReload, m_dispatch },
        { ReviewPage, tr("Review"), QStyle::SP_FileDialogContentsView, m_review },
        { LedgersPage, tr("Ledgers"), QStyle::SP_FileDialogListView, m_ledgers },
        { SupervisionPage, tr("Supervision"), QStyle::SP_MessageBoxWarning, m_supervision },
        { ReportsPage, tr("Reports"), QStyle::SP_DriveHDIcon, m_reportTabs },
    };
    QList<QWidget *> byNumber(PageCount, nullptr);
    for (const PageInfo &page : pages) {
        auto *item = new QListWidgetItem(style()->standardIcon(page.icon), page.title, m_nav);
        item->setData(Qt::UserRole, int(page.page));
        item->setSizeHint(QSize(120, 44));
        byNumber[page.page] = page.widget;
    }
    for (QWidget *widget : byNumber)
        m_pages->addWidget(widget);
    connect(m_nav, &QListWidget::currentRowChanged, this,
        [this](int row) { m_pages->setCurrentIndex(pageAtRow(row)); });

    // The background sync: its own thread and connection; online, last sync and what waits in the status bar.
    m_sync = new BackgroundSync(m_context.databasePath, *m_context.store, this);
    m_sync->configure(m_context.settings->serverUrl(), m_context.settings->caFile());
    createMenus();
    createStatusBar();
    connect(m_context.feedback, &CommandFeedback::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not apply: %1").arg(message), 15000);
    });
    connect(m_context.store, &RecordStore::recordsChanged, this, &MainWindow::updateCounts);
    // What another desktop, the command line or a worker's import commits to the same file shows in every
    // page within seconds (the store announces the kinds its change log names).
    m_context.store->watchOtherWriters(3000);

    QSettings &s = m_context.settings->raw();
    // The first time, the window opens maximised: 1280×800 was taller than the common 1366×768 office
    // screen, and the status bar (who, which file) was below its edge. Later it opens as it was left.
    m_firstRun = !restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (m_firstRun)
        resize(fitting(QSize(1280, 800), availableArea(), QSize(0, 0)));
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    // Each role starts on its own page (the administrator and the dispatcher on Today, the start page with
    // what is due and what waits; an auditor on the review), then where that role last left the window.
    showPage(s.value(pageKey(), defaultPage(m_context.session.role())).toInt());
    m_review->setCurrentIndex(s.value(QStringLiteral("window/review_tab"), 0).toInt());
}

QRect MainWindow::availableArea() const
{
    const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
    return on ? on->availableGeometry() : QRect(0, 0, 1280, 800);
}

QSize MainWindow::fitting(QSize wanted, const QRect &available, QSize frame)
{
    return wanted.boundedTo(available.size() - frame).expandedTo(QSize(320, 240));
}

void MainWindow::showOnScreen(QSize wanted)
{
    if (wanted.isValid()) {
        // A size asked for (--size) wins over the state restored from the settings: a window left
        // maximised would otherwise stay so and ignore it.
        setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen | Qt::WindowMinimized));
        resize(fitting(wanted, availableArea(), QSize(0, 0)));
        show();
    } else if (m_firstRun) {
        showMaximized();
    } else {
        show();
    }
    // The window manager's frame (title bar, borders) is known only once shown: if frame and window
    // together still overflow the available area, shrink by the overflow and move into view.
    QTimer::singleShot(0, this, &MainWindow::keepInsideScreen);
}

void MainWindow::keepInsideScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = availableArea();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize size = fitting(this->size(), available, frame);
    if (size != this->size())
        resize(size);
    QRect outer = frameGeometry();
    outer.setSize(size + frame);
    if (!available.contains(outer)) {
        outer.moveLeft(qBound(available.left(), outer.left(), available.right() - outer.width() + 1));
        outer.moveTop(qBound(available.top(), outer.top(), available.bottom() - outer.height() + 1));
        move(outer.topLeft());
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    // QKeySequence::Preferences is empty outside macOS and KDE: Ctrl+, everywhere else.
    settings->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
        + QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *switchUser = file->addAction(tr("Switch &user…"), this, &MainWindow::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUser"));
    file->addSeparator();
    QAction *signIn = file->addAction(tr("Sign &in to the server…"), this, &MainWindow::signInToServer);
    signIn->setObjectName(QStringLiteral("serverSignIn"));
    QAction *signOut = file->addAction(tr("Sign &out of the server"), this, [this]() { m_sync->signOut(); });
    signOut->setObjectName(QStringLiteral("serverSignOut"));
    QAction *syncNow = file->addAction(tr("S&ync now"), this, [this]() { m_sync->syncNow(); });
    syncNow->setObjectName(QStringLiteral("syncNow"));
    QAction *conflicts = file->addAction(tr("Sync &conflicts…"), this, &MainWindow::showConflicts);
    conflicts->setObjectName(QStringLiteral("syncConflicts"));
    auto enable = [this, signIn, signOut, syncNow, conflicts]() {
        const SyncStatus st = m_sync->status();
        signIn->setEnabled(st.configured && !st.signedIn);
        signOut->setEnabled(st.signedIn);
        syncNow->setEnabled(st.signedIn && !st.syncing);
        conflicts->setEnabled(st.openConflicts > 0);
    };
    connect(m_sync, &BackgroundSync::statusChanged, this, enable);
    enable();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo say in the status bar what they did ("Undone: edit vehicle 苏F·A9999"); an undo
    // that said nothing left the user guessing whether anything happened.
    QUndoStack *stack = m_context.undoStack;
    QAction *undo = edit->addAction(tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    auto update = [this, stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, update);
    connect(stack, &QUndoStack::cleanChanged, this, update);
    update();
    connect(undo, &QAction::triggered, this, [this, stack] {
        if (!stack->canUndo())
            return;
        const QString text = stack->undoText();
        stack->undo();
        statusBar()->showMessage(tr("Undone: %1").arg(text), 8000);
    });
    connect(redo, &QAction::triggered, this, [this, stack] {
        if (!stack->canRedo())
            return;
        const QString text = stack->redoText();
        stack->redo();
        statusBar()->showMessage(tr("Redone: %1").arg(text), 8000);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_nav->count(); ++row) {
        const int page = pageAtRow(row);
        QAction *go = view->addAction(m_nav->item(row)->text(), this, [this, page] { showPage(page); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FleetDesk"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    auto *who = new QLabel(
        tr("%1 · %2").arg(m_context.session.user(), Session::roleName(m_context.session.role())));
    who->setObjectName(QStringLiteral("who"));
    auto *file = new QLabel(QFileInfo(m_context.databasePath).fileName());
    file->setToolTip(m_context.databasePath);
    m_syncStatus = new QToolButton;
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setAutoRaise(true);
    connect(m_syncStatus, &QToolButton::clicked, this, [this]() {
        const SyncStatus st = m_sync->status();
        if (st.openConflicts > 0)
            showConflicts();
        else if (st.configured && !st.signedIn)
            signInToServer();
        else if (st.signedIn)
            m_sync->syncNow();
    });
    connect(m_sync, &BackgroundSync::statusChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &BackgroundSync::signInFailed, this, [this](const QString &error) {
        QMessageBox::warning(this, tr("Sign-in to the server failed"), error);
    });
    connect(m_sync, &BackgroundSync::signedIn, this, [this](const QString &user, const QString &roleId) {
        // The role comes from the server; kept for the next start without a network.
        m_context.settings->setServerUser(user);
        m_context.settings->setServerRole(roleId);
        m_context.settings->sync();
        statusBar()->showMessage(tr("Signed in to the server as %1").arg(user), 8000);
        const Session::Role role = Session::roleFromId(roleId, Session::Role::Auditor);
        if (role == m_context.session.role() && user == m_context.session.user())
            return;
        const auto answer = QMessageBox::question(this, tr("Another role on the server"),
            tr("The server knows %1 as %2. Restart FleetDesk as %1 (%2)?")
                .arg(user, Session::roleName(role)));
        if (answer == QMessageBox::Yes)
            restartAs(user, role);
    });
    connect(m_context.store, &RecordStore::recordsChanged, m_sync, &BackgroundSync::syncSoon);
    m_counts = new QLabel;
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(file);
    statusBar()->addPermanentWidget(m_syncStatus);
    updateSyncStatus();
    statusBar()->addPermanentWidget(who);
    updateCounts();
    // Said on the records page only, and gone from the others.
    const QString readOnly
        = tr("Records are read-only for the %1 role.").arg(Session::roleName(m_context.session.role()));
    connect(m_nav, &QListWidget::currentRowChanged, this, [this, readOnly](int row) {
        if (pageAtRow(row) == RecordsPageIndex && !m_context.session.canEditRecords())
            statusBar()->showMessage(readOnly, 8000);
        else if (statusBar()->currentMessage() == readOnly)
            statusBar()->clearMessage();
    });
}

int MainWindow::defaultPage(Session::Role role)
{
    switch (role) {
    case Session::Role::Dispatcher:
        return StartPageIndex;
    case Session::Role::Auditor:
        return ReviewPage;
    case Session::Role::Inspector:
        return SupervisionPage;
    case Session::Role::Administrator:
        break;
    }
    return StartPageIndex;
}

QString MainWindow::pageKey() const
{
    return QStringLiteral("window/page_") + Session::roleId(m_context.session.role());
}

void MainWindow::updateCounts()
{
    m_counts->setText(tr("%1 vehicles · %2 drivers · %3 agencies")
                          .arg(m_context.store->count(Kind::Vehicles))
                          .arg(m_context.store->count(Kind::Drivers))
                          .arg(m_context.store->count(Kind::Units)));
}

void MainWindow::showPage(int page)
{
    page = qBound(0, page, PageCount - 1);
    for (int row = 0; row < m_nav->count(); ++row) {
        if (pageAtRow(row) == page)
            m_nav->setCurrentRow(row);
    }
}

int MainWindow::currentPage() const
{
    return pageAtRow(m_nav->currentRow());
}

int MainWindow::pageAtRow(int row) const
{
    const QListWidgetItem *item = m_nav->item(row);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

void MainWindow::switchUser()
{
    // Sign in again, then a new run as that user on the same database: every page is built for its role.
    SignInDialog signIn(m_context.session.user(), m_context.session.role(), this);
    signIn.setWindowTitle(tr("Switch user"));
    if (signIn.exec() != QDialog::Accepted)
        return;
    const Session next = signIn.session();
    m_context.settings->setLastUser(next.user());
    m_context.settings->setLastRole(Session::roleId(next.role()));
    m_context.settings->sync();
    QStringList arguments = withOptions(QApplication::arguments().mid(1),
        { { QStringLiteral("--db"), m_context.databasePath }, { QStringLiteral("--user"), next.user() },
            { QStringLiteral("--role"), Session::roleId(next.role()) },
            { QStringLiteral("--page"), QString() } });
    arguments.removeLast(); // no --page: the new role opens on its own page
    arguments.removeLast();
    if (close())
        QProcess::startDetached(QApplication::applicationFilePath(), arguments);
}

void MainWindow::restartAs(const QString &user, Session::Role role)
{
    m_context.settings->setLastUser(user);
    m_context.settings->setLastRole(Session::roleId(role));
    m_context.settings->sync();
    QStringList arguments = withOptions(QApplication::arguments().mid(1),
        { { QStringLiteral("--db"), m_context.databasePath }, { QStringLiteral("--user"), user },
            { QStringLiteral("--role"), Session::roleId(role) }, { QStringLiteral("--page"), QString() } });
    arguments.removeLast();
    arguments.removeLast();
    if (close())
        QProcess::startDetached(QApplication::applicationFilePath(), arguments);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(*m_context.settings, this, m_context.databasePath);
    // Until the server's accounts arrive, settings that belong to a role are that role's (and the
    // administrator's): a dispatcher could change the audit thresholds.
    const Session::Role role = m_context.session.role();
    dialog.setEditable(role == Session::Role::Administrator || role == Session::Role::Auditor,
        role == Session::Role::Administrator || role == Session::Role::Dispatcher);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sync->configure(m_context.settings->serverUrl(), m_context.settings->caFile());
    if (!dialog.needsRestart())
        return;
    const auto answer = QMessageBox::question(this, tr("Restart FleetDesk?"),
        tr("The new language or database file takes effect after a restart. "
           "Restart now?"));
    if (answer == QMessageBox::Yes) {
        const QStringList arguments = restartArguments(QApplication::arguments().mid(1),
            dialog.databaseToOpen(), dialog.languageChanged() ? m_context.settings->language() : QString());
        if (close())
            QProcess::startDetached(QApplication::applicationFilePath(), arguments);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About FleetDesk"),
        tr("<b>FleetDesk %1</b><br>The desktop of the official vehicle service platform: dispatch, "
           "records, trip review and supervision, working offline on its own database.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings &s = m_context.settings->raw();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(pageKey(), currentPage());
    s.setValue(QStringLiteral("window/review_tab"), m_review->currentIndex());
    m_context.settings->sync();
    event->accept();
}
