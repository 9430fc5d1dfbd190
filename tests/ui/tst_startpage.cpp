// The start page (Today): an overdue plan shows red at the top with its car, due date and how far past, a
// due one amber; a double-click opens the car's file; with no plan due it says so in a sentence; the counts
// link to their pages. The administrator and the dispatcher land on it.
#include "base/timeparse.h"
#include "store/recordkinds.h"
#include "ui/dueplansmodel.h"
#include "ui/mainwindow.h"
#include "ui/startpage.h"
#include "ui/vehiclefiledialog.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

class TestStartPage : public QObject
{
    Q_OBJECT

    static qint64 noon(const char *day)
    {
        return *TimeParse::parseMs(QString::fromLatin1(day) + QStringLiteral(" 12:00"));
    }
    static void addPlan(UiFixture &f, const QString &plate, const QString &item, const QVariantMap &values)
    {
        Record plan;
        plan.values = values;
        plan.values.insert(Field::VehicleId, f.store->findByKey(Kind::Vehicles, plate)->id);
        plan.values.insert(Field::Item, item);
        const SaveResult saved = f.store->save(Kind::Plans, plan, QStringLiteral("测试员"));
        QVERIFY2(saved.ok, qPrintable(saved.message()));
    }
    static QString firstPlate(UiFixture &f, int n)
    {
        QStringList plates;
        for (const Record &v : f.store->records(Kind::Vehicles))
            plates << v.text(Field::Plate);
        plates.sort();
        return plates.value(n);
    }

private slots:
    void showsAnOverdueItemRedAndADueOneAmber()
    {
        UiFixture f;
        const QString late = firstPlate(f, 0), soon = firstPlate(f, 1);
        // Inspected 2025-11-20, yearly: due 2026-11-20, 13 days past on 3 December 2026. Insured 2025-12-20:
        // due 2026-12-20, 17 days ahead, inside the 30-day lead.
        addPlan(f, late, PlanItem::Inspection,
            { { Field::EveryMonths, 12 }, { Field::LastDate, QStringLiteral("2025-11-20") } });
        addPlan(f, soon, PlanItem::Insurance,
            { { Field::EveryMonths, 12 }, { Field::LastDate, QStringLiteral("2025-12-20") } });
        // Not due for months: not on the page.
        addPlan(f, firstPlate(f, 2), PlanItem::Insurance,
            { { Field::EveryMonths, 12 }, { Field::LastDate, QStringLiteral("2026-09-01") } });
        StartPage page(f.context());
        page.setClock([] { return noon("2026-12-03"); });
        page.resize(900, 480);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DuePlansModel *model = page.plansModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, DuePlansModel::Vehicle).data().toString(), late);
        QCOMPARE(model->index(0, 0).data(DuePlansModel::StateRole).toString(), QStringLiteral("overdue"));
        QCOMPARE(model->index(0, DuePlansModel::DueAt).data().toString(), QStringLiteral("2026-11-20"));
        QVERIFY2(model->index(0, DuePlansModel::Distance).data().toString().contains(QStringLiteral("13")),
            qPrintable(model->index(0, DuePlansModel::Distance).data().toString()));
        const QColor red = model->index(0, 0).data(Qt::BackgroundRole).value<QColor>();
        const QColor amber = model->index(1, 0).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(red.red() > red.green() + 20 && amber.red() > amber.blue() + 20 && red != amber);
        QCOMPARE(model->index(1, DuePlansModel::Vehicle).data().toString(), soon);
        QVERIFY(model->index(1, DuePlansModel::Distance).data().toString().contains(QStringLiteral("17")));
        QVERIFY(page.plansView()->isVisible());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("noPlansDue"))->isVisible());

        // A double-click on the row opens the car's file.
        const QPoint row = page.plansView()->visualRect(model->index(0, 0)).center();
        QTest::mouseClick(page.plansView()->viewport(), Qt::LeftButton, {}, row);
        QTest::mouseDClick(page.plansView()->viewport(), Qt::LeftButton, {}, row);
        VehicleFileDialog *file = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<VehicleFileDialog *>(w); d && d->isVisible())
                file = d;
        }
        QVERIFY(file);
        QVERIFY(file->data().title.contains(late));
        file->close();
    }

    void saysSoWhenNothingIsDue()
    {
        UiFixture f(false);
        StartPage page(f.context());
        page.resize(900, 480);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.plansModel()->rowCount(), 0);
        auto *empty = page.findChild<QLabel *>(QStringLiteral("noPlansDue"));
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("No maintenance is due")), qPrintable(empty->text()));
        QVERIFY(!page.plansView()->isVisible());
        // Nothing waits: the counts say zero and lead nowhere.
        auto *dispatch = page.findChild<QLabel *>(QStringLiteral("requestsToDispatch"));
        QVERIFY(dispatch->text().contains(QStringLiteral("0")));
        QVERIFY(!dispatch->text().contains(QStringLiteral("href")));
    }

    void countsLeadToTheirPages()
    {
        UiFixture f;
        MainWindow w(f.context(Session::Role::Dispatcher));
        w.show();
        QCOMPARE(w.currentPage(), int(MainWindow::StartPageIndex));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->currentRow(), 0); // listed first
        StartPage *page = w.startPage();
        const int approved
            = int(f.store->recordsWhere(Kind::Requests, Field::Status, RequestState::Approved).size());
        QCOMPARE(page->overview().requestsToDispatch, approved);
        auto *findings = page->findChild<QLabel *>(QStringLiteral("openFindings"));
        QVERIFY(findings);
        emit findings->linkActivated(QStringLiteral("review"));
        QCOMPARE(w.currentPage(), int(MainWindow::ReviewPage));
        auto *all = page->findChild<QPushButton *>(QStringLiteral("allPlans"));
        QVERIFY(all);
        all->click();
        QCOMPARE(w.currentPage(), int(MainWindow::LedgersPage));
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
