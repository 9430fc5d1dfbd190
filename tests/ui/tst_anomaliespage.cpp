#include "models/anomalyfiltermodel.h"
#include "models/anomalytablemodel.h"
#include "support/anomalysample.h"
#include "ui/anomaliespage.h"
#include "ui/anomalydetailpane.h"
#include "ui/reasondialog.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

class TestAnomaliesPage : public QObject
{
    Q_OBJECT

    struct Page
    {
        UiFixture fixture { false };
        std::unique_ptr<AnomaliesPage> page;
        explicit Page(Session::Role role = Session::Role::Auditor)
        {
            const QString refused = AnomalySample::fill(*fixture.store);
            if (!refused.isEmpty())
                qFatal("sample refused: %s", qPrintable(refused));
            page = std::make_unique<AnomaliesPage>(fixture.context(role));
            page->resize(760, 480); // what is left of a 900×560 window beside the navigation
            page->show();
        }
        template<typename T>
        T *child(const char *name) const
        {
            return page->findChild<T *>(QLatin1String(name));
        }
        void setMarch() const
        {
            child<QDateEdit>("from")->setDate(QDate(2026, 3, 1));
            child<QDateEdit>("to")->setDate(QDate(2026, 3, 31));
        }
        QList<AnomalyRecord> stored() const { return AnomalyStore(fixture.store->database()).list(); }
        void choose(const char *filter, const QString &raw) const
        {
            auto *combo = child<QComboBox>(filter);
            QVERIFY(combo);
            const int index = combo->findData(raw);
            QVERIFY2(index >= 0, qPrintable(raw));
            combo->setCurrentIndex(index);
        }
    };

private slots:
    void emptyPageSaysWhatToDoAndDefaultsToLastMonth()
    {
        Page p;
        auto *empty = p.child<QLabel>("emptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Run checks")));
        const auto [first, last] = AnomaliesPage::lastMonth(QDate(2026, 1, 15));
        QCOMPARE(first, QDate(2025, 12, 1));
        QCOMPARE(last, QDate(2025, 12, 31));
        QCOMPARE(p.child<QDateEdit>("from")->date().day(), 1);
        QVERIFY(!p.child<QProgressBar>("progress")->isVisible());
    }

    void runFilterAndDismissThroughTheWidgets()
    {
        Page p;
        p.setMarch();
        QSignalSpy finished(p.page.get(), &AnomaliesPage::checkFinished);
        QTest::mouseClick(p.child<QPushButton>("runCheck"), Qt::LeftButton);
        QVERIFY(p.page->isChecking());
        QVERIFY(p.child<QProgressBar>("progress")->isVisible());
        QVERIFY(p.child<QPushButton>("cancelCheck")->isVisible());
        QVERIFY(!p.child<QPushButton>("runCheck")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!p.child<QProgressBar>("progress")->isVisible());
        QCOMPARE(p.page->proxy()->rowCount(), 2);
        QVERIFY(p.page->view()->isVisible());
        QVERIFY(p.child<QLabel>("result")->text().contains(QStringLiteral("2 of them new")));

        // Filters offer what the findings hold and narrow the list.
        p.choose(
            "filter_unit", p.fixture.store->findByKey(QStringLiteral("units"), QStringLiteral("NT002"))->id);
        QCOMPARE(p.page->proxy()->rowCount(), 1);
        QCOMPARE(p.page->proxy()->index(0, AnomalyTableModel::PlateColumn).data().toString(),
            QStringLiteral("苏F·A2002"));
        p.choose("filter_driver", QStringLiteral("D001"));
        QCOMPARE(p.page->proxy()->rowCount(), 0);
        QVERIFY(p.child<QLabel>("emptyState")->isVisible());
        QVERIFY(p.child<QLabel>("emptyState")->text().contains(QStringLiteral("match")));
        p.choose("filter_unit", QString());
        QCOMPARE(p.page->proxy()->rowCount(), 1);
        p.choose("filter_month", QStringLiteral("2026-03"));
        p.choose("filter_rule", QStringLiteral("mileage"));
        p.choose("filter_plate", QStringLiteral("苏F·A1001"));
        QCOMPARE(p.page->proxy()->rowCount(), 1);

        // The detail says the evidence in words.
        QTest::mouseClick(p.page->view()->viewport(), Qt::LeftButton, {},
            p.page->view()->visualRect(p.page->proxy()->index(0, 1)).center());
        QVERIFY(!p.page->selectedId().isEmpty());
        const QString detail = p.page->detail()->text();
        QVERIFY2(detail.contains(QStringLiteral("vs navigation 10 km, ratio 3.")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("王建国 (D001)")));
        QVERIFY(detail.contains(QStringLiteral("2026-03-10 09:00 – 2026-03-10 10:00")));

        // Dismiss: the reason is required.
        bool seen = false;
        bool confirmWasDisabled = false;
        whenDialogOpens<ReasonDialog>(
            [&](ReasonDialog *d) {
                confirmWasDisabled = !d->confirmButton()->isEnabled();
                d->editor()->setPlainText(QStringLiteral("绕行经市政府办公室批准（批文 2026-17）"));
                QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
            },
            &seen);
        QTest::mouseClick(p.page->detail()->dismissButton(), Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(confirmWasDisabled);
        const QString id = p.page->selectedId();
        const std::optional<AnomalyRecord> dismissed = AnomalyStore(p.fixture.store->database()).find(id);
        QVERIFY(dismissed);
        QCOMPARE(dismissed->status, QStringLiteral("dismissed"));
        QCOMPARE(dismissed->reason, QStringLiteral("绕行经市政府办公室批准（批文 2026-17）"));
        QCOMPARE(dismissed->updatedBy, QStringLiteral("测试员"));
        QVERIFY(p.page->detail()->text().contains(QStringLiteral("批文 2026-17")));
        QVERIFY(!p.page->detail()->dismissButton()->isEnabled());
        QSqlQuery log(p.fixture.store->database());
        QVERIFY(log.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE kind = 'anomalies'"))
            && log.next());
        QCOMPARE(log.value(0).toInt(), 1);

        // Cancelling the reason changes nothing.
        p.choose("filter_driver", QString());
        p.choose("filter_plate", QStringLiteral("苏F·A2002"));
        QCOMPARE(p.page->proxy()->rowCount(), 1);
        QTest::mouseClick(p.page->view()->viewport(), Qt::LeftButton, {},
            p.page->view()->visualRect(p.page->proxy()->index(0, 1)).center());
        whenDialogOpens<ReasonDialog>([&](ReasonDialog *d) { d->reject(); }, &seen);
        QTest::mouseClick(p.page->detail()->dismissButton(), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(AnomalyStore(p.fixture.store->database()).find(p.page->selectedId())->status,
            QStringLiteral("new"));

        // Review, then supervise, by keyboard-reachable buttons.
        QTest::mouseClick(p.page->detail()->reviewButton(), Qt::LeftButton);
        QCOMPARE(AnomalyStore(p.fixture.store->database()).find(p.page->selectedId())->status,
            QStringLiteral("review"));
        QVERIFY(!p.page->detail()->reviewButton()->isEnabled());
        QVERIFY(!p.page->detail()->superviseButton()->toolTip().isEmpty());
        QTest::mouseClick(p.page->detail()->superviseButton(), Qt::LeftButton);
        QCOMPARE(AnomalyStore(p.fixture.store->database()).find(p.page->selectedId())->status,
            QStringLiteral("supervised"));

        // The work queue: open findings only.
        p.choose("filter_plate", QString());
        p.choose("filter_status", AnomalyFilterModel::OpenStatus);
        QCOMPARE(p.page->proxy()->rowCount(), 1);

        // A second run keeps the auditors' decisions.
        QTest::mouseClick(p.child<QPushButton>("runCheck"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(AnomalyStore(p.fixture.store->database()).find(id)->status, QStringLiteral("dismissed"));
        QCOMPARE(p.page->model()->rowCount(), 2);
    }

    // Issue 10, 6: after a check on an empty list, the plate, time and type columns are as wide as what
    // they hold.
    void columnsFitTheFindingsAfterACheck()
    {
        Page p;
        p.setMarch();
        QSignalSpy finished(p.page.get(), &AnomaliesPage::checkFinished);
        QTest::mouseClick(p.child<QPushButton>("runCheck"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(p.page->proxy()->rowCount() > 0);
        QTableView *view = p.page->view();
        const QAbstractItemView *items = view; // sizeHintForColumn is public here
        for (int c : { int(AnomalyTableModel::PlateColumn), int(AnomalyTableModel::TimeColumn) }) {
            QVERIFY2(view->columnWidth(c) >= items->sizeHintForColumn(c),
                qPrintable(QStringLiteral("column %1: %2 < %3")
                               .arg(c)
                               .arg(view->columnWidth(c))
                               .arg(items->sizeHintForColumn(c))));
        }
    }

    void cancelLeavesNothingStored()
    {
        Page p;
        p.setMarch();
        QSignalSpy finished(p.page.get(), &AnomaliesPage::checkFinished);
        PoolGate busy; // the job waits for a thread, so the Cancel click surely comes first
        QTest::mouseClick(p.child<QPushButton>("runCheck"), Qt::LeftButton);
        QVERIFY(p.child<QProgressBar>("progress")->isVisible());
        QTest::mouseClick(p.child<QPushButton>("cancelCheck"), Qt::LeftButton);
        busy.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(p.stored().isEmpty());
        QCOMPARE(p.page->model()->rowCount(), 0);
        QVERIFY(p.child<QLabel>("result")->text().contains(QStringLiteral("nothing was stored")));
        QVERIFY(p.child<QPushButton>("runCheck")->isEnabled());
    }

    void dispatchersReadOnly()
    {
        Page auditor;
        auditor.setMarch();
        QSignalSpy finished(auditor.page.get(), &AnomaliesPage::checkFinished);
        auditor.page->runCheck();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

        auto dispatcher = std::make_unique<AnomaliesPage>(auditor.fixture.context(Session::Role::Dispatcher));
        dispatcher->show();
        QVERIFY(!dispatcher->canAct());
        QVERIFY(!dispatcher->findChild<QPushButton *>(QStringLiteral("runCheck"))->isVisible());
        QCOMPARE(dispatcher->proxy()->rowCount(), 2);
        dispatcher->selectId(dispatcher->proxy()->index(0, 0).data(AnomalyTableModel::IdRole).toString());
        QVERIFY(!dispatcher->detail()->dismissButton()->isVisible());
        dispatcher->reviewSelected(); // even called directly, nothing changes
        for (const AnomalyRecord &r : auditor.stored())
            QCOMPARE(r.status, QStringLiteral("new"));
        QVERIFY(dispatcher->detail()->text().contains(QStringLiteral("ratio")));
    }
};

QTEST_MAIN(TestAnomaliesPage)
#include "tst_anomaliespage.moc"
