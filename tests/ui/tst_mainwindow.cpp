#include "domain/checkservice.h"
#include "models/anomalyfiltermodel.h"
#include "models/anomalytablemodel.h"
#include "support/anomalysample.h"
#include "ui/anomaliespage.h"
#include "ui/dispatchboard.h"
#include "ui/dispatchpage.h"
#include "ui/ledgerspage.h"
#include "ui/mainwindow.h"
#include "ui/placeholderpage.h"
#include "ui/recordcommands.h"
#include "ui/recordspage.h"
#include "ui/reportspage.h"
#include "ui/settingsdialog.h"
#include "ui/settlementpage.h"
#include "ui/startpage.h"
#include "ui/supervisionpage.h"
#include "ui/taskspage.h"
#include "ui/tripreviewpage.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the application exists. The window is tried on the common office screen
    // (1366×768) instead of offscreen's default (800×800), which is narrower than the window's own minimum
    // width (its widest page): on that screen no window size could be "within the screen".
    static void initMain()
    {
        if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" FD_TEST_DATA_DIR "/screen-1366x768.json");
    }

private slots:
    void everyPageIsThereAndUnfinishedOnesSaySo()
    {
        UiFixture f;
        MainWindow w(f.context());
        w.show();
        auto *pages = w.findChild<QStackedWidget *>();
        QCOMPARE(pages->count(), int(MainWindow::PageCount));
        // Dispatch (the board and the orders list), Review (anomalies and trips) and Ledgers are real pages.
        w.showPage(MainWindow::DispatchPage);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(w.dispatchTabs()));
        QCOMPARE(w.dispatchTabs()->widget(0), static_cast<QWidget *>(w.dispatchPage()));
        QCOMPARE(w.dispatchTabs()->widget(1), static_cast<QWidget *>(w.tasksPage()));
        w.showPage(MainWindow::ReviewPage);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(w.reviewTabs()));
        QCOMPARE(w.reviewTabs()->widget(0), static_cast<QWidget *>(w.anomaliesPage()));
        QCOMPARE(w.reviewTabs()->widget(1), static_cast<QWidget *>(w.tripReviewPage()));
        w.showPage(MainWindow::LedgersPage);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(w.ledgersPage()));
        // Supervision (issue 13) and Reports (issue 14) are real pages now.
        w.showPage(MainWindow::SupervisionPage);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(w.supervisionPage()));
        // The Reports page holds the figures and, beside them, the settlement (issue 14).
        w.showPage(MainWindow::ReportsPage);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(w.reportTabs()));
        QCOMPARE(w.reportTabs()->widget(0), static_cast<QWidget *>(w.reportsPage()));
        QCOMPARE(w.reportTabs()->widget(1), static_cast<QWidget *>(w.settlementPage()));
        // Today (issue 14) is listed first but numbered last: --page 0..5 and saved pages mean what they did.
        w.showPage(MainWindow::StartPageIndex);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(w.startPage()));
        QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), 0);
        w.showPage(MainWindow::RecordsPageIndex);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(w.recordsPage()));
        QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), 1);
    }

    // From a finding to its trip on the map: the auditor's way through the review.
    void aFindingOpensItsTripInTheReview()
    {
        UiFixture f(false);
        QCOMPARE(AnomalySample::fill(*f.store), QString());
        CheckRequest request;
        request.fromMs = AnomalySample::ms("2026-03-01T00:00:00+08:00");
        request.toMs = AnomalySample::ms("2026-04-01T00:00:00+08:00");
        CheckService(*f.store, f.dir.filePath(QStringLiteral("fleet.sqlite")))
            .run(request, QStringLiteral("test"));
        MainWindow w(f.context(Session::Role::Auditor));
        w.show();
        w.showPage(MainWindow::ReviewPage);
        AnomaliesPage *anomalies = w.anomaliesPage();
        QCOMPARE(anomalies->proxy()->rowCount(), 2);
        anomalies->selectId(anomalies->proxy()->index(0, 0).data(AnomalyTableModel::IdRole).toString());
        auto *replay = anomalies->findChild<QPushButton *>(QStringLiteral("replayButton"));
        QVERIFY(replay->isEnabled());
        replay->click();
        QCOMPARE(w.reviewTabs()->currentWidget(), static_cast<QWidget *>(w.tripReviewPage()));
        const QString taskId = w.tripReviewPage()->taskId();
        QVERIFY(!taskId.isEmpty());
        const QString code = f.store->record(QStringLiteral("tasks"), taskId)->text(QStringLiteral("code"));
        QVERIFY(code == QStringLiteral("T001") || code == QStringLiteral("T002"));
        QVERIFY(w.tripReviewPage()->summary().trackedKm > 0);
    }

    void remembersGeometryAndLastPage()
    {
        UiFixture f;
        {
            MainWindow w(f.context());
            w.show();
            w.resize(900, 600);
            w.showPage(MainWindow::LedgersPage);
            w.close();
        }
        MainWindow again(f.context());
        QCOMPARE(again.currentPage(), int(MainWindow::LedgersPage));
        QCOMPARE(again.size(), QSize(900, 600));
    }

    void statusBarSaysWhoAndInWhichRole()
    {
        UiFixture f;
        MainWindow w(f.context(Session::Role::Dispatcher));
        auto *who = w.findChild<QLabel *>(QStringLiteral("who"));
        QVERIFY(who->text().contains(QStringLiteral("测试员")));
        QVERIFY(who->text().contains(Session::roleName(Session::Role::Dispatcher)));
    }

    void settingsDialogStoresThresholds()
    {
        UiFixture f;
        QCOMPARE(f.settings->threshold(QStringLiteral("rules/mileage_ratio")), 1.5);
        SettingsDialog d(*f.settings);
        d.findChild<QDoubleSpinBox *>(QStringLiteral("rules/mileage_ratio"))->setValue(1.8);
        d.accept();
        QCOMPARE(f.settings->threshold(QStringLiteral("rules/mileage_ratio")), 1.8);
        QVERIFY(!d.needsRestart());
    }

    void settingsDialogStoresTheChargingStandard()
    {
        UiFixture f;
        QCOMPARE(f.settings->threshold(QStringLiteral("charge/general_per_km")), 2.5);
        SettingsDialog d(*f.settings);
        d.findChild<QDoubleSpinBox *>(QStringLiteral("charge/general_per_km"))->setValue(3.2);
        d.findChild<QDoubleSpinBox *>(QStringLiteral("plans/lead_days"))->setValue(45);
        d.accept();
        QCOMPARE(f.settings->threshold(QStringLiteral("charge/general_per_km")), 3.2);
        QCOMPARE(f.settings->threshold(QStringLiteral("plans/lead_days")), 45.0);
    }

    void settingsDialogStoresDispatchSettings()
    {
        UiFixture f;
        QCOMPARE(f.settings->referralProviders(), AppSettings::defaultReferralProviders());
        QCOMPARE(f.settings->referralPassengers(), 7);
        QCOMPARE(f.settings->centerName(), AppSettings::defaultCenterName());
        SettingsDialog d(*f.settings);
        d.findChild<QLineEdit *>(QStringLiteral("centerName"))
            ->setText(QStringLiteral(" 某市公务用车服务中心 "));
        d.findChild<QPlainTextEdit *>(QStringLiteral("referralProviders"))
            ->setPlainText(QStringLiteral("甲公司\n\n 乙公司 \n"));
        d.findChild<QSpinBox *>(QStringLiteral("referralPassengers"))->setValue(10);
        d.accept();
        QCOMPARE(f.settings->centerName(), QStringLiteral("某市公务用车服务中心"));
        QCOMPARE(f.settings->referralProviders(),
            (QStringList { QStringLiteral("甲公司"), QStringLiteral("乙公司") }));
        QCOMPARE(f.settings->referralPassengers(), 10);
        // Emptied, the providers fall back to the defaults rather than to nobody.
        SettingsDialog again(*f.settings);
        again.findChild<QPlainTextEdit *>(QStringLiteral("referralProviders"))->clear();
        again.accept();
        QCOMPARE(f.settings->referralProviders(), AppSettings::defaultReferralProviders());
    }

    // Issue 10, 1: Settings → English → OK, and the next start (a new AppSettings on the same file) reads
    // English back, in the settings and in the dialog.
    void languageChoiceSurvivesARestart()
    {
        UiFixture f;
        const QString file = f.dir.filePath(QStringLiteral("settings.ini"));
        {
            SettingsDialog d(*f.settings);
            auto *language = d.findChild<QComboBox *>(QStringLiteral("language"));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            d.accept();
            QVERIFY(d.languageChanged());
        }
        f.settings.reset();
        // The next run reads the file afresh (within one process QSettings would answer from its cache).
        const QString copy = f.dir.filePath(QStringLiteral("next.ini"));
        QVERIFY(QFile::copy(file, copy));
        AppSettings next(copy);
        QCOMPARE(next.language(), QStringLiteral("en"));
        SettingsDialog again(next);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(),
            QStringLiteral("en"));
    }

    // Issue 10, 2: started on --db demo.db, Settings shows that file whole, and a restart for the language
    // opens it again instead of the default empty file.
    void restartKeepsTheDatabaseInUse()
    {
        UiFixture f;
        const QString demo = f.dir.filePath(QStringLiteral("demo.db"));
        const QString setting = f.settings->databasePath();
        SettingsDialog d(*f.settings, nullptr, demo);
        auto *inUse = d.findChild<QLabel *>(QStringLiteral("databaseInUse"));
        QVERIFY(inUse);
        QCOMPARE(inUse->text().remove(QChar(0x200B)), QDir::toNativeSeparators(demo));
        QVERIFY(inUse->wordWrap());
        QCOMPARE(
            d.findChild<QLineEdit *>(QStringLiteral("database"))->text(), QDir::toNativeSeparators(demo));
        auto *language = d.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        d.accept();
        QVERIFY(d.needsRestart());
        QVERIFY(!d.databaseChanged());
        QCOMPARE(d.databaseToOpen(), demo);
        QCOMPARE(f.settings->databasePath(), setting); // --db does not become the default
        const QStringList args = MainWindow::restartArguments(
            { QStringLiteral("--db"), QStringLiteral("demo.db"), QStringLiteral("--lang=zh_CN"),
                QStringLiteral("--user"), QStringLiteral("演示") },
            d.databaseToOpen(), f.settings->language());
        QCOMPARE(args,
            (QStringList { QStringLiteral("--user"), QStringLiteral("演示"), QStringLiteral("--db"), demo,
                QStringLiteral("--lang"), QStringLiteral("en") }));
        // Another file chosen: that one is opened, and remembered.
        const QString other = f.dir.filePath(QStringLiteral("other.sqlite"));
        SettingsDialog choose(*f.settings, nullptr, demo);
        choose.findChild<QLineEdit *>(QStringLiteral("database"))->setText(other);
        choose.accept();
        QVERIFY(choose.databaseChanged());
        QCOMPARE(choose.databaseToOpen(), other);
        QCOMPARE(f.settings->databasePath(), other);
    }

    // Issue 10, 3: the first start fits the screen (1280×800 was taller than a 768-pixel screen), and so
    // does a --size larger than the screen.
    void opensWithinTheScreen()
    {
        UiFixture f;
        MainWindow w(f.context());
        w.showOnScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(available.width() >= w.minimumWidth() && available.height() >= w.minimumHeight(),
            "the test screen cannot hold the window (initMain sets offscreen's screen to 1366×768)");
        QTRY_VERIFY2(available.contains(w.frameGeometry()), "the first window overflows the screen");
        w.close();
        MainWindow sized(f.context());
        sized.showOnScreen(available.size() + QSize(200, 200));
        QVERIFY(QTest::qWaitForWindowExposed(&sized));
        QTRY_VERIFY2(available.contains(sized.frameGeometry()), "--size larger than the screen overflows");
    }

    // --size (screenshots of small screens) is the size asked for even when the window was last left
    // maximised: the geometry restored from the settings kept it maximised, and `--size 900x560` gave a
    // screenshot of the whole screen.
    void sizeWinsOverAWindowLeftMaximised()
    {
        UiFixture f;
        QSize whole;
        {
            MainWindow left(f.context());
            left.showMaximized();
            QVERIFY(QTest::qWaitForWindowExposed(&left));
            QTRY_VERIFY(left.isMaximized());
            whole = left.size();
            left.close(); // saves the geometry, maximised
        }
        const QSize wanted(900, 560);
        QVERIFY(whole.width() > wanted.width() && whole.height() > wanted.height());
        MainWindow w(f.context());
        w.showOnScreen(wanted);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.isMaximized());
        QTRY_COMPARE(w.size(), wanted);
        QCOMPARE(w.grab().size(), wanted); // what --screenshot saves
    }

    // Issue 10: every page can be laid out in a 900×560 window (a small laptop, or a window beside another),
    // so no page forces the window wider or taller than that.
    void everyPageFitsASmallWindow()
    {
        UiFixture f;
        MainWindow w(f.context(Session::Role::Administrator));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *pages = w.findChild<QStackedWidget *>();
        QStringList tooBig;
        for (int i = 0; i < pages->count(); ++i) {
            const QSize minimum = pages->widget(i)->minimumSizeHint();
            if (minimum.width() > 900 - 140 || minimum.height() > 560 - 80)
                tooBig << QStringLiteral("page %1: %2×%3").arg(i).arg(minimum.width()).arg(minimum.height());
        }
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral(", "))));
        const QSize minimum = w.minimumSizeHint();
        QVERIFY2(minimum.width() <= 900 && minimum.height() <= 560,
            qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
    }

    // Issue 10, 5: an undo says what it undid.
    void undoSaysWhatItUndid()
    {
        UiFixture f;
        CommandFeedback feedback;
        MainWindow w(f.context());
        Record car = *f.store->findByKey(QStringLiteral("vehicles"), QStringLiteral("苏F·A1000"));
        const Record before = car;
        car.values.insert(QStringLiteral("seats"), 9);
        w.undoStack()->push(new SaveRecordCommand(
            f.store.get(), &feedback, QStringLiteral("vehicles"), before, car, QStringLiteral("测试员")));
        auto *undo = w.findChild<QAction *>(QStringLiteral("undo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("苏F·A1000")),
            qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!undo->isEnabled());
    }

    // Issue 10, 10: each role starts on its own page, with no stale message from another; the settings of
    // another role are read-only; File offers Switch user.
    void eachRoleStartsOnItsOwnPage()
    {
        UiFixture f;
        // The administrator and the dispatcher start on Today (issue 14: plans due, what waits).
        MainWindow dispatcher(f.context(Session::Role::Dispatcher));
        QCOMPARE(dispatcher.currentPage(), int(MainWindow::StartPageIndex));
        QVERIFY(dispatcher.statusBar()->currentMessage().isEmpty());
        dispatcher.showPage(MainWindow::RecordsPageIndex);
        QVERIFY(!dispatcher.statusBar()->currentMessage().isEmpty()); // read-only, said where it applies
        dispatcher.showPage(MainWindow::DispatchPage);
        QVERIFY(dispatcher.statusBar()->currentMessage().isEmpty());
        QVERIFY(dispatcher.findChild<QAction *>(QStringLiteral("switchUser")));
        MainWindow auditor(f.context(Session::Role::Auditor));
        QCOMPARE(auditor.currentPage(), int(MainWindow::ReviewPage));
        MainWindow administrator(f.context(Session::Role::Administrator));
        QCOMPARE(administrator.currentPage(), int(MainWindow::StartPageIndex));
    }

    void theDispatchersBoardOpensOnTheWorkingDay()
    {
        UiFixture f;
        MainWindow w(f.context(Session::Role::Dispatcher));
        w.showOnScreen(QSize(1366, 740));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(MainWindow::DispatchPage); // the dispatcher starts on Today, the board one click away
        QTest::qWait(50);
        DispatchBoard *board = w.dispatchPage()->board();
        const double hours = (board->viewport()->width() - 222) / board->hourWidth();
        QVERIFY2(hours > 11 && hours < 15,
            qPrintable(QStringLiteral("%1 hours across %2 px").arg(hours).arg(board->viewport()->width())));
    }

    void roleBoundSettingsAreReadOnlyForOtherRoles()
    {
        UiFixture f;
        SettingsDialog d(*f.settings);
        d.setEditable(false, true); // a dispatcher
        auto *ratio = d.findChild<QDoubleSpinBox *>(QStringLiteral("rules/mileage_ratio"));
        QVERIFY(ratio->isReadOnly());
        ratio->setValue(1.9); // even if set, not stored
        d.accept();
        QCOMPARE(f.settings->threshold(QStringLiteral("rules/mileage_ratio")), 1.5);
        QVERIFY(!d.findChild<QLineEdit *>(QStringLiteral("centerName"))->isReadOnly());
    }

    void switchUserKeepsTheDatabaseAndReplacesTheUser()
    {
        const QStringList args = MainWindow::withOptions(
            { QStringLiteral("--db=demo.db"), QStringLiteral("--user"), QStringLiteral("甲"),
                QStringLiteral("--page"), QStringLiteral("0") },
            { { QStringLiteral("--db"), QStringLiteral("/data/demo.db") },
                { QStringLiteral("--user"), QStringLiteral("乙") } });
        QCOMPARE(args,
            (QStringList { QStringLiteral("--page"), QStringLiteral("0"), QStringLiteral("--db"),
                QStringLiteral("/data/demo.db"), QStringLiteral("--user"), QStringLiteral("乙") }));
    }

    void settingsRefusePlainHttpForTheServer()
    {
        UiFixture f;
        SettingsDialog d(*f.settings);
        d.show();
        d.findChild<QLineEdit *>(QStringLiteral("serverUrl"))
            ->setText(QStringLiteral("http://fleet.example"));
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(f.settings->serverUrl().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
