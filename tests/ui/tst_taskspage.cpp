#include "models/recordfiltermodel.h"
#include "models/taskmileagemodel.h"
#include "support/anomalysample.h"
#include "ui/ledgerspage.h"
#include "ui/mainwindow.h"
#include "ui/recordcommands.h"
#include "ui/recordlistpane.h"
#include "ui/taskspage.h"
#include "uitestsupport.h"

#include "models/recordtablemodel.h"
#include <QLabel>

#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

class TestTasksPage : public QObject
{
    Q_OBJECT

private slots:
    void tasksShowTrackedKmBesideNavigationKm()
    {
        UiFixture f(false);
        QCOMPARE(AnomalySample::fill(*f.store), QString());
        QUndoStack undo;
        CommandFeedback feedback;
        UiContext c = f.context(Session::Role::Dispatcher);
        c.undoStack = &undo;
        c.feedback = &feedback;
        TasksPage page(c);
        page.resize(760, 480);
        page.show();
        QAbstractItemModel *shown = page.pane()->view()->model();
        QCOMPARE(shown->rowCount(), 2);
        const int tracked = page.mileage()->trackedColumn();
        QCOMPARE(shown->headerData(tracked, Qt::Horizontal).toString(), QStringLiteral("Tracked km"));
        // Measured for what is on screen, without blocking: the figure arrives on a later turn.
        QTRY_COMPARE(shown->index(0, tracked).data().toString(), QStringLiteral("30.5"));
        QVERIFY(shown->index(0, page.mileage()->ratioColumn())
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("3.05")));
        // The pane's search still works across the appended columns.
        auto *search = page.pane()->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("T002"));
        QCOMPARE(shown->rowCount(), 1);
        search->clear();
        // Sorting by tracked km sorts numbers.
        page.pane()->view()->sortByColumn(tracked, Qt::DescendingOrder);
        QCOMPARE(shown->rowCount(), 2);
        // Selecting a task by id (as after an edit) finds its row through the added mileage model.
        const QString second = shown->index(1, 0).data(RecordTableModel::IdRole).toString();
        page.pane()->selectId(second);
        QCOMPARE(page.pane()->selectedId(), second);
    }

    void ledgersHaveRefuelsViolationsAndMaintenanceEditableByTheAdministratorOnly()
    {
        UiFixture f(false);
        QUndoStack undo;
        CommandFeedback feedback;
        for (const Session::Role role : { Session::Role::Administrator, Session::Role::Auditor }) {
            UiContext c = f.context(role);
            c.undoStack = &undo;
            c.feedback = &feedback;
            LedgersPage page(c);
            page.show();
            for (const char *kind : { "refuels", "violations", "maintenance" }) {
                RecordListPane *pane = page.pane(QLatin1String(kind));
                QVERIFY(pane);
                page.showEntries(QLatin1String(kind));
                auto *add = pane->findChild<QAction *>(QStringLiteral("add"));
                QCOMPARE(add->isVisible(), role == Session::Role::Administrator);
                QVERIFY(pane->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
            }
        }
    }

    void theWindowFitsIn900By560()
    {
        UiFixture f(false);
        QCOMPARE(AnomalySample::fill(*f.store), QString());
        MainWindow w(f.context(Session::Role::Auditor));
        w.resize(900, 560);
        w.show();
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            w.showPage(page);
            QCoreApplication::processEvents();
            QVERIFY2(w.minimumSizeHint().width() <= 900 && w.minimumSizeHint().height() <= 560,
                qPrintable(QStringLiteral("page %1: %2×%3")
                               .arg(page)
                               .arg(w.minimumSizeHint().width())
                               .arg(w.minimumSizeHint().height())));
            QCOMPARE(w.size(), QSize(900, 560));
        }
    }
};

QTEST_MAIN(TestTasksPage)
#include "tst_taskspage.moc"
