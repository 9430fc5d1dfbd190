// The ledgers page in Chinese on FleetSample (figures added up by hand in fleetsample.h): a filter changes
// the rows and the footer and is still set on a new page (the settings), the refuels' l/100 km and totals
// by vehicle, and the exports: the workbook re-read with QuaZip (xlsxcells), the PDF with pdftotext.
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
#include <QLabel>
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
        return page;
    }

    static void setPeriod(LedgerPane *pane, const QDate &from, const QDate &to)
    {
        pane->findChild<QDateEdit *>(QStringLiteral("ledgerFrom"))->setDate(from);
        pane->findChild<QDateEdit *>(QStringLiteral("ledgerTo"))->setDate(to);
    }

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
        again->showKind(QStringLiteral("violations"));
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
};

QTEST_MAIN(TestLedgersPage)
#include "tst_ledgerspage.moc"
