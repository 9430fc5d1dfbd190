#include "domain/supervisionservice.h"
#include "models/scoretablemodel.h"
#include "models/supervisionordermodel.h"
#include "store/anomalystore.h"
#include "store/supervisionstore.h"
#include "support/anomalysample.h"
#include "ui/anomaliespage.h"
#include "ui/anomalydetailpane.h"
#include "ui/reasondialog.h"
#include "ui/supervisionpage.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QInputDialog>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

// The Supervision page, offscreen: an order driven from a finding on the Review page to its close by the
// page's own buttons, overdue orders highlighted, the inspector reading only, scores with their chart, and
// the .xlsx exports read back.
class TestSupervisionPage : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        UiFixture ui { false };
        QString key;
        Fixture()
        {
            if (!AnomalySample::fill(*ui.store).isEmpty())
                qFatal("sample refused");
            checks::Anomaly a;
            a.rule = QStringLiteral("mileage");
            a.plate = QStringLiteral("苏F·A1001");
            a.taskCode = QStringLiteral("T001");
            a.startMs = AnomalySample::ms("2026-03-10T09:00:00+08:00");
            a.endMs = a.startMs + 3600000;
            a.evidence = { { QStringLiteral("track_km"), 30.1 }, { QStringLiteral("nav_km"), 10.0 } };
            key = a.identityKey();
            if (!AnomalyStore(ui.store->database()).save({ a }, {}).ok)
                qFatal("finding refused");
        }
        SupervisionOrder order(const QString &number) const
        {
            return *SupervisionStore(ui.store->database()).find(number);
        }
    };

    static QString sheetStrings(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import "
                    "zipfile,sys;print(zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode())"),
                path });
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void orderFromFindingToClose()
    {
        Fixture f;
        const UiContext context = f.ui.context(Session::Role::Auditor);
        AnomaliesPage findings(context);
        SupervisionPage page(context);
        QAbstractItemModelTester tester(page.orders());
        QSignalSpy drafted(&findings, &AnomaliesPage::orderDrafted);
        findings.selectId(AnomalyStore(f.ui.store->database()).findByKey(f.key)->id);
        QTest::mouseClick(findings.detail()->superviseButton(), Qt::LeftButton);
        QCOMPARE(drafted.size(), 1);
        const QString number = drafted.first().first().toString();
        QVERIFY(number.startsWith(QStringLiteral("督办")));
        QCOMPARE(AnomalyStore(f.ui.store->database()).findByKey(f.key)->status, QStringLiteral("supervised"));

        // The page saw the new order (the store announced it) and shows it with its evidence.
        QCOMPARE(page.orders()->rowCount(), 1);
        page.showOrder(number);
        QCOMPARE(page.selectedNumber(), number);
        QVERIFY(page.detail()->toPlainText().contains(QStringLiteral("苏F·A1001")));
        QVERIFY(page.issueButton()->isEnabled());
        QVERIFY(!page.replyButton()->isEnabled());
        QVERIFY(!page.acceptButton()->isEnabled());

        QTest::mouseClick(page.issueButton(), Qt::LeftButton);
        QCOMPARE(f.order(number).state, QStringLiteral("issued"));
        QVERIFY(!f.order(number).deadline.isEmpty());
        QVERIFY(!page.issueButton()->isEnabled());
        QVERIFY(page.replyButton()->isEnabled());
        QVERIFY(!page.acceptButton()->isEnabled()); // no reply to accept yet

        bool seen = false;
        whenDialogOpens<ReasonDialog>(
            [](ReasonDialog *d) {
                d->editor()->setPlainText(QStringLiteral("因道路施工绕行"));
                QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
            },
            &seen);
        QTest::mouseClick(page.replyButton(), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(f.order(number).state, QStringLiteral("replied"));
        QVERIFY(page.acceptButton()->isEnabled());
        QVERIFY(page.returnButton()->isEnabled());

        whenDialogOpens<QInputDialog>(
            [](QInputDialog *d) {
                d->setTextValue(QStringLiteral("Violation confirmed"));
                d->accept();
            },
            &seen);
        QTest::mouseClick(page.acceptButton(), Qt::LeftButton);
        QVERIFY(seen);
        const SupervisionOrder closed = f.order(number);
        QCOMPARE(closed.state, QStringLiteral("closed"));
        QCOMPARE(closed.conclusion, QStringLiteral("confirmed"));
        QCOMPARE(closed.steps.size(), 4);
        QCOMPARE(closed.steps.last().user, QStringLiteral("测试员"));
        QCOMPARE(AnomalyStore(f.ui.store->database()).findByKey(f.key)->status, QStringLiteral("confirmed"));
        for (QPushButton *b :
            { page.issueButton(), page.replyButton(), page.returnButton(), page.acceptButton() })
            QVERIFY(!b->isEnabled());
        QVERIFY(page.detail()->toPlainText().contains(QStringLiteral("因道路施工绕行")));

        // The scores follow: NT001 −2 for the confirmed finding, +1 back (answered in time).
        page.scores()->setYear(QDate::currentDate().year());
        QCOMPARE(page.scores()->rowCount(), 2);
        QCOMPARE(page.scores()->scoreAt(1).unitCode, QStringLiteral("NT001"));
        QCOMPARE(page.scores()->scoreAt(1).score, 99.0);
        QVERIFY(page.chart()->chart()->series().size() == 2);

        // Both lists export to .xlsx and read back.
        const QString orders = f.ui.dir.filePath(QStringLiteral("orders.xlsx"));
        const QString scores = f.ui.dir.filePath(QStringLiteral("scores.xlsx"));
        QVERIFY(page.exportOrders(orders));
        QVERIFY(page.exportScores(scores));
        QVERIFY2(sheetStrings(orders).contains(number), qPrintable(sheetStrings(orders)));
        QVERIFY(sheetStrings(scores).contains(QStringLiteral("NT001")));
    }

    // An order past its deadline without an answer stands out.
    void overdueIsHighlighted()
    {
        Fixture f;
        SupervisionService past(*f.ui.store, SupervisionSettings(),
            [] { return AnomalySample::ms("2026-03-13T09:00:00+08:00"); });
        const QString number = past.draftFromFindings({ f.key }, QStringLiteral("甲")).number;
        QVERIFY(past.issue(number, QStringLiteral("甲")).ok); // due 2026-03-20, long past
        SupervisionPage page(f.ui.context(Session::Role::Auditor));
        const int row = page.orders()->rowOf(number);
        QVERIFY(row >= 0);
        QVERIFY(page.orders()->index(row, 0).data(SupervisionOrderModel::OverdueRole).toBool());
        QVERIFY(page.orderView()->model()->index(row, 0).data(Qt::BackgroundRole).isValid());
        page.showOrder(number);
        QVERIFY(page.detail()->toPlainText().contains(QStringLiteral("Overdue")));
    }

    // The discipline inspector reads every order and score and can take no step.
    void inspectorReadsOnly()
    {
        Fixture f;
        SupervisionService service(*f.ui.store, SupervisionSettings());
        const QString number = service.draftFromFindings({ f.key }, QStringLiteral("甲")).number;
        SupervisionPage page(f.ui.context(Session::Role::Inspector));
        AnomaliesPage findings(f.ui.context(Session::Role::Inspector));
        QVERIFY(!findings.canAct());
        page.showOrder(number);
        QCOMPARE(page.selectedNumber(), number);
        QVERIFY(!page.issueButton()->isEnabled());
        QVERIFY(!page.issueSelected());
        QCOMPARE(f.order(number).state, QStringLiteral("drafted"));
        QCOMPARE(page.scores()->rowCount(), 2);
    }
};

QTEST_MAIN(TestSupervisionPage)
#include "tst_supervisionpage.moc"
