#include "domain/checkservice.h"
#include "models/anomalyfiltermodel.h"
#include "models/anomalytablemodel.h"
#include "support/anomalysample.h"
#include "ui/anomaliespage.h"
#include "ui/dispatchpage.h"
#include "ui/ledgerspage.h"
#include "ui/mainwindow.h"
#include "ui/placeholderpage.h"
#include "ui/settingsdialog.h"
#include "ui/taskspage.h"
#include "ui/tripreviewpage.h"
#include "uitestsupport.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

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
        for (int i : { MainWindow::SupervisionPage, MainWindow::ReportsPage }) {
            w.showPage(i);
            QVERIFY(qobject_cast<PlaceholderPage *>(pages->currentWidget()));
            QVERIFY(pages->currentWidget()->findChild<QLabel *>(QStringLiteral("notAvailable")));
        }
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
