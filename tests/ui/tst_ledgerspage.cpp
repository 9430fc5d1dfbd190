// The ledgers page in Chinese on FleetSample (figures added up by hand in fleetsample.h): a filter changes
// the rows and the footer and is still set on a new page (the settings), the refuels' l/100 km and totals
// by vehicle, and the exports: the workbook re-read with QuaZip (xlsxcells), the PDF with pdftotext. The
// period is read on a worker: the rows arrive after the reading's end, a cancel keeps the rows shown, a
// reading replaced by a newer period never shows its rows, and a file that cannot be read is said so.
#include "models/ledgerjob.h"
#include "models/ledgertablemodel.h"
#include "models/texttablemodel.h"
#include "support/fleetsample.h"
#include "support/pdftext.h"
#include "support/xlsxcells.h"
#include "ui/ledgerpane.h"
#include "ui/ledgerspage.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>

class TestLedgersPage : public QObject
{
    Q_OBJECT

    UiFixture m_fixture { false };
    FleetSample m_fleet;
    QTranslator m_chinese;

    // A page showing the refuel ledger of October and November.
    std::unique_ptr<LedgersPage> refuelPage()
    {
        auto page = std::make_unique<LedgersPage>(m_fixture.context());
        page->resize(1200, 700);
        page->show();
        page->showKind(QStringLiteral("refuels"));
        page->ledger(QStringLiteral("refuels"))->waitUntilIdle();
        return page;
    }

    // Chooses the period as a user does (each date edit starts a reading), and waits for the rows unless
    // told not to.
    static void setPeriod(LedgerPane *pane, const QDate &from, const QDate &to, bool wait = true)
    {
        pane->findChild<QDateEdit *>(QStringLiteral("ledgerFrom"))->setDate(from);
        pane->findChild<QDateEdit *>(QStringLiteral("ledgerTo"))->setDate(to);
        if (wait)
            pane->waitUntilIdle();
    }

    // Every reading the pane started has ended and is gone (dropped ones included).
    static bool noReadings(const LedgerPane *pane) { return pane->findChildren<LedgerJob *>().isEmpty(); }

    static void choose(LedgerPane *pane, const char *combo, const QString &key)
    {
        auto *c = pane->findChild<QComboBox *>(QLatin1String(combo));
        QVERIFY(c);
        const int at = c->findData(key);
        QVERIFY2(at >= 0, qPrintable(key));
        c->setCurrentIndex(at);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_chinese.load(QStringLiteral(FD_QM_ZH_CN)));
        QCoreApplication::installTranslator(&m_chinese);
        QCOMPARE(m_fleet.fill(*m_fixture.store), QString());
    }

    void filterChangesTheFooterAndIsRemembered()
    {
        {
            auto page = refuelPage();
            LedgerPane *pane = page->ledger(QStringLiteral("refuels"));
            QVERIFY(pane);
            setPeriod(pane, QDate(2026, 10, 1), QDate(2026, 11, 30));
            // C1's three fills: 50 + 9 + 3 L, 400 + 72 + 24 元; (9 + 3) L over (100 + 30) km.
            QCOMPARE(pane->model()->rowCount(), 3);
            QVERIFY2(pane->footerText().contains(QStringLiteral("62.00")), qPrintable(pane->footerText()));
            QVERIFY(pane->footerText().contains(QStringLiteral("496.00")));
            QVERIFY(pane->footerText().contains(QStringLiteral("9.23")));
            QVERIFY(pane->footerText().contains(QStringLiteral("升"))); // in Chinese
            QCOMPARE(pane->model()->index(1, 5).data().toString(), QStringLiteral("9.00")); // 9 L / 100 km
            QCOMPARE(pane->model()->index(2, 5).data().toString(), QStringLiteral("10.00")); // 3 L / 30 km
            QCOMPARE(pane->groupModel()->rowCount(), 1);
            QCOMPARE(pane->groupModel()->index(0, 0).data().toString(), QStringLiteral("苏F·A0001"));

            choose(pane, "vehicleFilter", QStringLiteral("苏F·B0002"));
            QCOMPARE(pane->model()->rowCount(), 0);
            QVERIFY2(
                pane->footerText().startsWith(QStringLiteral("共 0 笔加油")), qPrintable(pane->footerText()));
            QVERIFY(pane->findChild<QLabel *>(QStringLiteral("ledgerEmpty"))->isVisible());
            QVERIFY(pane->findChild<QLabel *>(QStringLiteral("ledgerEmpty"))
                        ->text()
                        .contains(QStringLiteral("3")));

            // The violations: D1's is the one recorded without a driver during his trip T1.
            page->showKind(QStringLiteral("violations"));
            page->ledger(QStringLiteral("violations"))->waitUntilIdle();
            LedgerPane *violations = page->ledger(QStringLiteral("violations"));
            setPeriod(violations, QDate(2026, 10, 1), QDate(2026, 11, 30));
            QCOMPARE(violations->model()->rowCount(), 2);
            choose(violations, "driverFilter", QStringLiteral("D1"));
            QCOMPARE(violations->model()->rowCount(), 1);
            QVERIFY2(violations->footerText().startsWith(QStringLiteral("共 1 起违章")),
                qPrintable(violations->footerText()));
        }
        // A new page (the next start) opens as the last one was left.
        auto again = refuelPage();
        LedgerPane *pane = again->ledger(QStringLiteral("refuels"));
        QCOMPARE(pane->findChild<QDateEdit *>(QStringLiteral("ledgerFrom"))->date(), QDate(2026, 10, 1));
        QCOMPARE(pane->findChild<QDateEdit *>(QStringLiteral("ledgerTo"))->date(), QDate(2026, 11, 30));
        QCOMPARE(pane->findChild<QComboBox *>(QStringLiteral("vehicleFilter"))->currentData().toString(),
            QStringLiteral("苏F·B0002"));
        QCOMPARE(pane->model()->rowCount(), 0);
        QCOMPARE(again->ledger(QStringLiteral("violations"))->model()->rowCount(), 0); // not shown: not read
        QVERIFY(!again->ledger(QStringLiteral("violations"))->isLoading());
        again->showKind(QStringLiteral("violations"));
        again->ledger(QStringLiteral("violations"))->waitUntilIdle();
        QCOMPARE(again->ledger(QStringLiteral("violations"))->model()->rowCount(), 1);
        choose(pane, "vehicleFilter", QString());
        QCOMPARE(pane->model()->rowCount(), 3);
    }

    void exportsWhatIsShown()
    {
        auto page = refuelPage();
        LedgerPane *pane = page->ledger(QStringLiteral("refuels"));
        setPeriod(pane, QDate(2026, 10, 1), QDate(2026, 11, 30));
        choose(pane, "vehicleFilter", QStringLiteral("苏F·A0001"));
        QCOMPARE(pane->model()->rowCount(), 3);

        const QString path = m_fixture.dir.filePath(QStringLiteral("refuels.xlsx"));
        QCOMPARE(pane->exportWorkbook(path), QString());
        const XlsxCells x = XlsxCells::read(path);
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
        QCOMPARE(x.sheets.size(), 2);
        const QMap<QString, QString> &rows = x.cells[0];
        QCOMPARE(rows.value(QStringLiteral("B2")), QStringLiteral("苏F·A0001"));
        QCOMPARE(rows.value(QStringLiteral("C2")).toDouble(), 50.0);
        QCOMPARE(rows.value(QStringLiteral("F3")).toDouble(), 9.0);
        QCOMPARE(rows.value(QStringLiteral("F4")).toDouble(), 10.0);
        // The sums' row under the figures.
        QVERIFY2(rows.value(QStringLiteral("A5")).contains(QStringLiteral("3")),
            qPrintable(rows.value(QStringLiteral("A5"))));
        QCOMPARE(rows.value(QStringLiteral("C5")).toDouble(), 62.0);
        QCOMPARE(rows.value(QStringLiteral("D5")).toDouble(), 496.0);
        QCOMPARE(rows.value(QStringLiteral("F5")).toDouble(), 9.23);
        QVERIFY(rows.value(QStringLiteral("A6")).isEmpty());
        QCOMPARE(x.cells[1].value(QStringLiteral("A2")), QStringLiteral("苏F·A0001"));
        QCOMPARE(x.cells[1].value(QStringLiteral("B2")).toDouble(), 3.0);

        const QString pdf = m_fixture.dir.filePath(QStringLiteral("refuels.pdf"));
        QCOMPARE(pane->writePdf(pdf), QString());
        const QString text = pdfText(pdf);
        for (const QString &expected : { QStringLiteral("加油台账"), QStringLiteral("苏F·A0001"),
                 QStringLiteral("62.00"), QStringLiteral("496.00"), QStringLiteral("9.23"),
                 QStringLiteral("2026-10-01"), QStringLiteral("2026-11-30") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    // The period is read on a worker: right after the change the rows read before are still shown, with the
    // progress bar and Cancel; the new rows come after the reading has ended (loaded()).
    void readsOnAWorker()
    {
        auto page = refuelPage();
        LedgerPane *pane = page->ledger(QStringLiteral("refuels"));
        choose(pane, "vehicleFilter", QString());
        setPeriod(pane, QDate(2026, 10, 1), QDate(2026, 10, 31));
        QCOMPARE(pane->model()->rowCount(), 2); // C1's fills of 1 and 15 October
        QVERIFY(!pane->isLoading());
        QVERIFY(pane->findChild<QProgressBar *>(QStringLiteral("ledgerProgress"))->isHidden());

        QSignalSpy loaded(pane, &LedgerPane::loaded);
        setPeriod(pane, QDate(2026, 10, 1), QDate(2026, 11, 30), false);
        QVERIFY(pane->isLoading());
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(pane->model()->rowCount(), 2); // the rows read before stay meanwhile
        QVERIFY(pane->findChild<QProgressBar *>(QStringLiteral("ledgerProgress"))->isVisible());
        QVERIFY(pane->findChild<QPushButton *>(QStringLiteral("cancelLedger"))->isVisible());
        QVERIFY2(pane->statusText().contains(QStringLiteral("2026-11-30")), qPrintable(pane->statusText()));

        QVERIFY(loaded.wait(30000));
        QCOMPARE(pane->model()->rowCount(), 3);
        QCOMPARE(pane->model()->index(2, 5).data().toString(), QStringLiteral("10.00")); // 3 L / 30 km
        QVERIFY(!pane->isLoading());
        QVERIFY(pane->findChild<QProgressBar *>(QStringLiteral("ledgerProgress"))->isHidden());
        QVERIFY(pane->statusText().isEmpty());
        QTRY_VERIFY(noReadings(pane));
    }

    // Cancel keeps the rows shown (and says whose period they are), whatever the worker finds after it.
    void cancelKeepsTheRowsShown()
    {
        auto page = refuelPage();
        LedgerPane *pane = page->ledger(QStringLiteral("refuels"));
        choose(pane, "vehicleFilter", QString());
        setPeriod(pane, QDate(2026, 10, 1), QDate(2026, 10, 31));
        QCOMPARE(pane->model()->rowCount(), 2);
        const QString footer = pane->footerText();

        QSignalSpy loaded(pane, &LedgerPane::loaded);
        setPeriod(pane, QDate(2026, 11, 1), QDate(2026, 11, 30), false);
        QVERIFY(pane->isLoading());
        pane->findChild<QPushButton *>(QStringLiteral("cancelLedger"))->click();
        QVERIFY(!pane->isLoading());
        QTRY_VERIFY(noReadings(pane)); // the worker has ended and what it read is gone
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(pane->model()->rowCount(), 2);
        QCOMPARE(pane->footerText(), footer);
        QCOMPARE(pane->shownPeriod(), qMakePair(QDate(2026, 10, 1), QDate(2026, 10, 31)));
        QVERIFY2(pane->statusText().contains(QStringLiteral("2026-10-31")), qPrintable(pane->statusText()));
        QVERIFY(pane->findChild<QProgressBar *>(QStringLiteral("ledgerProgress"))->isHidden());
    }

    // A reading replaced by a newer period never shows its rows, even when it ends first.
    void supersededReadingIsNeverShown()
    {
        auto page = refuelPage();
        LedgerPane *pane = page->ledger(QStringLiteral("refuels"));
        choose(pane, "vehicleFilter", QString());
        setPeriod(pane, QDate(2026, 12, 1), QDate(2026, 12, 31));
        QCOMPARE(pane->model()->rowCount(), 0);

        QList<int> shown; // the row count of every reset of the model
        connect(pane->model(), &QAbstractItemModel::modelReset, this,
            [&shown, pane] { shown << pane->model()->rowCount(); });
        QSignalSpy loaded(pane, &LedgerPane::loaded);
        setPeriod(pane, QDate(2026, 10, 1), QDate(2026, 10, 31), false); // October: two fills
        // Let October's reading end before November is chosen: its rows arrive, and must be dropped.
        const QList<LedgerJob *> october = pane->findChildren<LedgerJob *>();
        QVERIFY(!october.isEmpty());
        for (LedgerJob *job : october)
            job->wait();
        setPeriod(pane, QDate(2026, 11, 1), QDate(2026, 11, 30), false); // November: one
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY(noReadings(pane));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(
            shown, QList<int> { 1 }); // November's row only: never October's two (nor the three of Oct–Dec)
        QCOMPARE(pane->shownPeriod(), qMakePair(QDate(2026, 11, 1), QDate(2026, 11, 30)));
    }

    // A database file that cannot be opened: the ledger says which ledger and which file, and why.
    void unreadableFileIsSaid()
    {
        const QString junk = m_fixture.dir.filePath(QStringLiteral("junk.sqlite"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        UiContext context = m_fixture.context();
        context.databasePath = junk;
        LedgerPane pane(context, LedgerKind::Refuels, QStringLiteral("refuels"));
        QSignalSpy messages(&pane, &LedgerPane::message);
        pane.show();
        QVERIFY(pane.isLoading());
        pane.waitUntilIdle();
        const QString text = pane.findChild<QLabel *>(QStringLiteral("ledgerEmpty"))->text();
        QVERIFY2(text.contains(junk) && text.contains(QStringLiteral("加油台账")), qPrintable(text));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("ledgerEmpty"))->isVisible());
        QCOMPARE(pane.model()->rowCount(), 0);
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.first().first().toString(), text);
    }
};

QTEST_MAIN(TestLedgersPage)
#include "tst_ledgerspage.moc"
