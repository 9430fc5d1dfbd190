// The car's file and the driver's as a window, on FleetSample's hand-added figures: its tables, its map, its
// printout (read back with pdftotext), and the three ways to it: the records, the board and a finding.
#include "domain/vehiclefiletext.h"
#include "maps/routeslayer.h"
#include "models/anomalyfiltermodel.h"
#include "models/texttablemodel.h"
#include "support/fleetsample.h"
#include "support/pdftext.h"
#include "ui/anomaliespage.h"
#include "ui/anomalydetailpane.h"
#include "ui/dispatchboard.h"
#include "ui/dispatchpage.h"
#include "ui/recordlistpane.h"
#include "ui/recordspage.h"
#include "ui/vehiclefiledialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

class TestVehicleFileDialog : public QObject
{
    Q_OBJECT

    UiFixture m_fixture { false };
    FleetSample m_fleet;

    static QList<VehicleFileDialog *> openFiles()
    {
        QList<VehicleFileDialog *> out;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<VehicleFileDialog *>(w); d && d->isVisible())
                out << d;
        }
        return out;
    }
    static void closeFiles()
    {
        for (VehicleFileDialog *d : openFiles())
            d->close(); // deletes itself
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private slots:
    void initTestCase() { QCOMPARE(m_fleet.fill(*m_fixture.store), QString()); }
    void cleanup() { closeFiles(); }

    void vehicleFileShowsItsTablesAndMap()
    {
        VehicleFileDialog *d
            = VehicleFileDialog::open(m_fixture.context(), QStringLiteral("vehicles"), m_fleet.a, nullptr);
        d->setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 30));
        QCOMPARE(d->data().trips.size(), std::size_t(3));
        QTabWidget *tabs = d->tabs();
        // Totals, trips, refuels, repairs, violations, findings, history.
        QCOMPARE(tabs->count(), 7);
        QVERIFY2(tabs->tabText(1).contains(QLatin1String("(3)")), qPrintable(tabs->tabText(1)));
        auto *fills = qobject_cast<QTableView *>(tabs->widget(2));
        QCOMPARE(fills->model()->rowCount(), 3);
        QCOMPARE(fills->model()->index(1, 6).data().toString(), QStringLiteral("9.00"));
        QCOMPARE(fills->model()->index(2, 6).data().toString(), QStringLiteral("10.00"));
        auto *totals = qobject_cast<QTableView *>(tabs->widget(0));
        QCOMPARE(totals->model()->rowCount(), 3); // October, November, 2026
        QCOMPARE(totals->model()->index(2, 7).data().toString(), QStringLiteral("1296.00"));
        auto *violations = qobject_cast<QTableView *>(tabs->widget(4));
        QVERIFY(violations->model()->index(0, 4).data().toString().contains(QStringLiteral("王建国")));
        auto *history = d->findChild<QTableView *>(QStringLiteral("fileHistory"));
        QCOMPARE(history->model()->rowCount(), 1);
        QCOMPARE(d->routes()->routes().size(), std::size_t(3));
        QVERIFY(!d->routes()->bounds().isEmpty());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("fileSummary"))
                    ->text()
                    .contains(QStringLiteral("1296.00")));
    }

    void printsToPdf()
    {
        VehicleFileDialog *d
            = VehicleFileDialog::open(m_fixture.context(), QStringLiteral("vehicles"), m_fleet.a, nullptr);
        d->setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 30));
        const QString path = m_fixture.dir.filePath(QStringLiteral("file.pdf"));
        QCOMPARE(d->writePdf(path), QString());
        const QString text = pdfText(path);
        for (const QString &expected :
            { QStringLiteral("苏F·A0001"), QStringLiteral("定点维修厂"), QStringLiteral("中石化城南站"),
                QStringLiteral("9.00"), QStringLiteral("1296.00"), QStringLiteral("2026-10-01") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }

    void driverFile()
    {
        VehicleFileDialog *d
            = VehicleFileDialog::open(m_fixture.context(), QStringLiteral("drivers"), m_fleet.d1, nullptr);
        d->setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 30));
        QCOMPARE(d->tabs()->count(), 5); // totals, trips, violations, findings, history
        QCOMPARE(d->windowTitle(), QStringLiteral("Driver file 王建国 (D1)"));
        const QString path = m_fixture.dir.filePath(QStringLiteral("driver.pdf"));
        QCOMPARE(d->writePdf(path), QString());
        QVERIFY(pdfText(path).contains(QStringLiteral("王建国")));
    }

    void reachedFromTheRecords()
    {
        RecordsPage page(m_fixture.context());
        page.show();
        RecordListPane *pane = page.pane(QStringLiteral("vehicles"));
        auto *file = pane->findChild<QAction *>(QStringLiteral("file"));
        QVERIFY(file);
        QVERIFY(!file->isEnabled());
        pane->selectId(m_fleet.a);
        QVERIFY(file->isEnabled());
        file->trigger();
        QCOMPARE(openFiles().size(), 1);
        QCOMPARE(openFiles().first()->data().title, QStringLiteral("苏F·A0001"));
        closeFiles();
        RecordListPane *drivers = page.pane(QStringLiteral("drivers"));
        drivers->selectId(m_fleet.d2);
        drivers->findChild<QAction *>(QStringLiteral("file"))->trigger();
        QCOMPARE(openFiles().size(), 1);
        QCOMPARE(openFiles().first()->data().subject, VehicleFile::Subject::Driver);
    }

    void reachedFromTheBoard()
    {
        DispatchPage page(m_fixture.context());
        page.show();
        auto *board = page.findChild<DispatchBoard *>();
        QVERIFY(board);
        emit board->vehicleActivated(m_fleet.b);
        QCOMPARE(openFiles().size(), 1);
        QCOMPARE(openFiles().first()->data().title, QStringLiteral("苏F·B0002"));
    }

    void reachedFromAFinding()
    {
        AnomaliesPage page(m_fixture.context(Session::Role::Auditor));
        page.resize(900, 600);
        page.show();
        page.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2026, 10, 1));
        page.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(QDate(2026, 10, 31));
        QTRY_COMPARE(page.proxy()->rowCount(), 1);
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {},
            page.view()->visualRect(page.proxy()->index(0, 1)).center());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("vehicleFileButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(openFiles().size(), 1);
        QCOMPARE(openFiles().first()->data().title, QStringLiteral("苏F·A0001"));
    }
};

QTEST_MAIN(TestVehicleFileDialog)
#include "tst_vehiclefiledialog.moc"
