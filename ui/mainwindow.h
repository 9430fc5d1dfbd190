#pragma once
// The FleetDesk window: one page per job (today, records, dispatch, review, ledgers, supervision, reports)
// chosen on the left, undo/redo for every edit, a status bar saying which file, who, and whether we are
// online. Remembers its geometry, last page and the Review page's last tab.
#include "ui/uicontext.h"

#include <QMainWindow>
#include <utility>

class AnomaliesPage;
class BackgroundSync;
class QToolButton;
class LedgersPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;
class RecordsPage;
class TasksPage;
class DispatchPage;
class ReportsPage;
class TripReviewPage;
class SupervisionPage;
class StartPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        RecordsPageIndex,
        DispatchPage,
        ReviewPage,
        LedgersPage,
        SupervisionPage,
        ReportsPage,
        StartPageIndex, // listed first in the navigation, numbered last so --page N and saved pages keep
        PageCount
    };

    // context.store, .settings, .session and .databasePath must be set; the window adds the undo stack.
    explicit MainWindow(UiContext context, QWidget *parent = nullptr);

    // Shows the window within the screen's available area: maximised the first time, as it was left
    // afterwards, or at `wanted` (--size) when given, never larger than the screen.
    void showOnScreen(QSize wanted = QSize());
    // wanted, bounded by the available area less the window manager's frame.
    static QSize fitting(QSize wanted, const QRect &available, QSize frame);

    void showPage(int page);
    int currentPage() const;
    RecordsPage *recordsPage() const { return m_records; }
    TasksPage *tasksPage() const { return m_tasks; }
    ::DispatchPage *dispatchPage() const { return m_dispatchBoard; }
    QTabWidget *dispatchTabs() const { return m_dispatch; }
    AnomaliesPage *anomaliesPage() const { return m_anomalies; }
    TripReviewPage *tripReviewPage() const { return m_tripReview; }
    ::SupervisionPage *supervisionPage() const { return m_supervision; }
    QLabel *supervisionNotice() const { return m_notice; }
    ::ReportsPage *reportsPage() const { return m_reports; }
    StartPage *startPage() const { return m_start; }
    QTabWidget *reviewTabs() const { return m_review; }
    ::LedgersPage *ledgersPage() const { return m_ledgers; }
    QUndoStack *undoStack() const { return m_context.undoStack; }
    BackgroundSync *backgroundSync() const { return m_sync; }
    // Shows each open sync conflict in turn with both versions and the choice.
    void showConflicts();
    // The command line of the run that replaces this one after Settings: the same options, with the
    // database to open and (when it changed) the language replacing any --db and --lang.
    static QStringList restartArguments(
        const QStringList &arguments, const QString &database, const QString &language);
    // arguments with each option's occurrences (--opt value, --opt=value) replaced by the given value.
    static QStringList withOptions(
        const QStringList &arguments, const QList<std::pair<QString, QString>> &options);
    // The page a role starts on before it has left the window anywhere.
    static int defaultPage(Session::Role role);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void openSettings();
    void switchUser();
    void signInToServer();
    void updateSyncStatus();
    void restartAs(const QString &user, Session::Role role);
    QString pageKey() const; // where this role's last page is remembered
    int pageAtRow(int row) const; // the navigation's order is not the pages' numbering
    void showAbout();
    void updateCounts();
    QRect availableArea() const;
    void keepInsideScreen();

    UiContext m_context;
    BackgroundSync *m_sync = nullptr;
    QToolButton *m_syncStatus = nullptr;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    RecordsPage *m_records;
    TasksPage *m_tasks;
    ::DispatchPage *m_dispatchBoard;
    QTabWidget *m_dispatch;
    AnomaliesPage *m_anomalies;
    TripReviewPage *m_tripReview;
    ::SupervisionPage *m_supervision;
    ::ReportsPage *m_reports;
    StartPage *m_start;
    QTabWidget *m_review; // the Review page: anomalies and trip review
    ::LedgersPage *m_ledgers; // :: because Page::LedgersPage names the slot
    QLabel *m_counts;
    QLabel *m_notice;
    bool m_firstRun = false;
};
