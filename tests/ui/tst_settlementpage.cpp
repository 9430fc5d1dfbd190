// The Settlement tab (issue 14) offscreen on a real file: the month's trips priced, per-agency totals,
// "Settle month" on a worker, "Adjust charge…" refused without a reason and then kept in the history with
// the total changed, the monthly statement (.xlsx re-read, PDF through pdftotext), and the finance
// comparison on files with one known mismatch of each kind (§6's columns, and a finance office's own
// titles mapped through the import assistant), exported to .xlsx and re-read.
#include "interchange/recordimporter.h"
#include "models/changehistorymodel.h"
#include "models/settlementmodel.h"
#include "models/texttablemodel.h"
#include "store/recordkinds.h"
#include "support/pdftext.h"
#include "support/xlsxcells.h"
#include "ui/adjustchargedialog.h"
#include "ui/financecomparisondialog.h"
#include "ui/importassistantdialog.h"
#include "ui/settlementpage.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

class TestSettlementPage : public QObject
{
    Q_OBJECT

    UiFixture m_fixture { false };
    std::unique_ptr<SettlementPage> m_page;

    static QString data(const QString &name) { return QStringLiteral(FD_TEST_DATA_DIR "/books/") + name; }
    QString file(const QString &name) const { return m_fixture.dir.filePath(name); }

    // The row of the model whose order is `code`, as text per column.
    QStringList trip(const QString &code) const
    {
        QStringList out;
        const int row = m_page->model()->rowOf(code);
        for (int c = 0; c < SettlementModel::ColumnCount; ++c)
            out << m_page->model()->index(row, c).data().toString();
        return out;
    }
    QStringList totalsRow(int row) const { return m_page->totalsModel()->table().rows.value(row); }
    QString countText(const QString &kind) const
    {
        return m_page->comparisonDialog()->countLabel(kind)->text();
    }
    // The four mismatches of tests/data/books/payments-2026-10 (tst_bookscommands has the same in JSON).
    void checkComparison()
    {
        FinanceComparisonDialog *dialog = m_page->comparisonDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QAbstractItemModelTester tester(dialog->model());
        const TextTable &t = dialog->model()->table();
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows[0].mid(1, 5),
            QStringList({ QStringLiteral("U1"), QStringLiteral("市委办公室"), QStringLiteral("T4"),
                QStringLiteral("55.00"), QString() }));
        QCOMPARE(
            t.rows[1].mid(3, 3), QStringList({ QStringLiteral("T99"), QString(), QStringLiteral("88.00") }));
        QCOMPARE(t.rows[2].mid(3, 4),
            QStringList({ QStringLiteral("T2"), QStringLiteral("60.00"), QStringLiteral("55.00"),
                QStringLiteral("-5.00") }));
        QCOMPARE(
            t.rows[3].mid(1, 2), QStringList({ QStringLiteral("U3"), QStringLiteral("市文化广电和旅游局") }));
        QCOMPARE(t.rows[3][5], QStringLiteral("300.00"));
        for (const QString &kind : FinanceComparison::kinds())
            QVERIFY2(countText(kind).endsWith(QStringLiteral(": 1")), qPrintable(countText(kind)));
    }

private slots:
    void initTestCase()
    {
        for (const QString &kind : { QStringLiteral("units"), QStringLiteral("vehicles"),
                 QStringLiteral("drivers"), QStringLiteral("tasks") }) {
            RecordImporter importer(*m_fixture.store);
            const ImportOutcome outcome
                = importer.importFile(kind, data(kind + QStringLiteral(".csv")), QStringLiteral("test"));
            QVERIFY2(outcome.ok, qPrintable(outcome.errors.value(0).toString()));
        }
        m_page = std::make_unique<SettlementPage>(m_fixture.context(Session::Role::Dispatcher));
        m_page->resize(1100, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setMonth(QDate(2026, 10, 1));
        m_page->waitUntilIdle();
    }

    // October's four returned trips (T9 returned in September), each priced, and the totals per agency.
    void pricesTheMonth()
    {
        QAbstractItemModelTester tester(m_page->model());
        QAbstractItemModelTester totals(m_page->totalsModel());
        QCOMPARE(m_page->model()->rowCount(), 4);
        QCOMPARE(trip(QStringLiteral("T1")),
            QStringList({ QStringLiteral("市委办公室"), QString(), QStringLiteral("T1"),
                QStringLiteral("苏F·A0001"), QStringLiteral("10-08 09:00"), QStringLiteral("10-08 11:10"),
                QString(), QStringLiteral("40.0"), QStringLiteral("175.00"), QString(), QString() }));
        QCOMPARE(trip(QStringLiteral("T2"))[0], QStringLiteral("市公安局")); // the car's agency
        QCOMPARE(trip(QStringLiteral("T2"))[8], QStringLiteral("60.00"));
        QVERIFY(m_page->model()
                    ->index(0, SettlementModel::AmountColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("40.0 km")));
        // U1: T1 175 + T3 100 + T4 55 = 330; U2: T2 60; all 390.
        QCOMPARE(m_page->totalsModel()->rowCount(), 3);
        QCOMPARE(totalsRow(0).value(0), QStringLiteral("U1"));
        QCOMPARE(totalsRow(0).value(2), QStringLiteral("3"));
        QCOMPARE(totalsRow(0).value(6), QStringLiteral("330.00"));
        QCOMPARE(totalsRow(1).value(6), QStringLiteral("60.00"));
        QCOMPARE(totalsRow(2).value(6), QStringLiteral("390.00"));
        const QString summary = m_page->findChild<QLabel *>(QStringLiteral("settlementSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("390.00")) && summary.contains(QStringLiteral("0 of them")),
            qPrintable(summary));
    }

    void statementToXlsxAndPdf()
    {
        const QString xlsx = file(QStringLiteral("U1-2026-10.xlsx"));
        QCOMPARE(m_page->writeStatement(QStringLiteral("U1"), xlsx), QString());
        const XlsxCells cells = XlsxCells::read(xlsx);
        QVERIFY2(cells.error.isEmpty(), qPrintable(cells.error));
        const QMap<QString, QString> &sheet = cells.cells.value(0);
        QVERIFY2(sheet.value(QStringLiteral("A1")).contains(QStringLiteral("市委办公室")),
            qPrintable(sheet.value(QStringLiteral("A1"))));
        QCOMPARE(sheet.value(QStringLiteral("B4")), QStringLiteral("T1"));
        QCOMPARE(sheet.value(QStringLiteral("I4")), QStringLiteral("175"));
        QCOMPARE(sheet.value(QStringLiteral("B6")), QStringLiteral("T4"));
        QCOMPARE(sheet.value(QStringLiteral("I7")), QStringLiteral("330"));
        const QString pdf = file(QStringLiteral("U1-2026-10.pdf"));
        QCOMPARE(m_page->writeStatement(QStringLiteral("U1"), pdf), QString());
        const QString text = pdfText(pdf, PdfLayout::Physical);
        for (const QString &expected : { QStringLiteral("市委办公室"), QStringLiteral("T1"),
                 QStringLiteral("T4"), QStringLiteral("175.00"), QStringLiteral("330.00") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("T2")));
        // Never over the open database; an unknown agency said as such.
        QVERIFY(!m_page->writeStatement(QStringLiteral("U1"), m_fixture.context().databasePath).isEmpty());
        QVERIFY(m_page->writeStatement(QStringLiteral("U9"), file(QStringLiteral("x.xlsx")))
                    .contains(QStringLiteral("U9")));
    }

    void comparisonInTheSection6Columns()
    {
        m_page->compareWithFinance(data(QStringLiteral("payments-2026-10.csv")));
        QVERIFY(!m_page->mappingDialog()); // §6's columns: no mapping to do
        checkComparison();
        // Exported and re-read.
        const QString out = file(QStringLiteral("comparison.xlsx"));
        QCOMPARE(m_page->comparisonDialog()->exportWorkbook(out), QString());
        const XlsxCells cells = XlsxCells::read(out);
        QVERIFY2(cells.error.isEmpty(), qPrintable(cells.error));
        const QMap<QString, QString> &sheet = cells.cells.value(0);
        QCOMPARE(sheet.value(QStringLiteral("A2")),
            FinanceComparison::kindTitle(QStringLiteral("billed_not_paid")));
        QCOMPARE(sheet.value(QStringLiteral("D2")), QStringLiteral("T4"));
        QCOMPARE(sheet.value(QStringLiteral("E2")), QStringLiteral("55"));
        QCOMPARE(sheet.value(QStringLiteral("G4")), QStringLiteral("-5"));
        QCOMPARE(sheet.value(QStringLiteral("F5")), QStringLiteral("300"));
        m_page->comparisonDialog()->close();
    }

    // The finance office's own titles: the assistant maps them (one column by hand), then the comparison.
    void comparisonThroughTheAssistant()
    {
        QFile csv(file(QStringLiteral("财务报销明细.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("用车单位,付款日期,实付金额（元）,凭证号,摘要\n"
                  "U1,2026/11/5,175.00,T1,10月用车费\n"
                  "U2,2026/11/5,55.00,T2,按旧标准支付\n"
                  "U1,2026/11/6,100.00,,未写派车单号\n"
                  "U1,2026/11/6,88.00,T99,派车单号有误\n"
                  "U3,2026/11/7,300.00,,本月未用车\n"
                  "U1,2026/11/8,40.00,T9,9月用车费\n");
        csv.close();
        m_page->compareWithFinance(csv.fileName());
        ImportAssistantDialog *mapping = m_page->mappingDialog();
        QVERIFY(mapping);
        QVERIFY(mapping->isVisible());
        QCOMPARE(mapping->kind(), Kind::Payments);
        auto *compare = mapping->findChild<QPushButton *>(QStringLiteral("import"));
        QVERIFY(!compare->isEnabled()); // 用车单位 is not a title it knows: the agency is unmapped
        QComboBox *unit = mapping->fieldBox(Field::UnitId);
        unit->setCurrentIndex(unit->findText(QStringLiteral("用车单位")));
        QCOMPARE(mapping->mapping().value(Field::PaidOn), 1);
        QCOMPARE(mapping->mapping().value(Field::Reference), 3);
        QVERIFY(compare->isEnabled());
        // A refusal would be a warning box: closed, and the test fails instead of waiting.
        bool warned = false;
        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->close(); }, &warned);
        compare->click();
        QCoreApplication::processEvents();
        QVERIFY(!warned);
        checkComparison();
        m_page->comparisonDialog()->close();
        // Nothing was stored: a comparison reads the file only.
        QVERIFY(m_fixture.store->records(Kind::Payments).isEmpty());
    }

    void settleMonthStoresThePrices()
    {
        bool asked = false;
        whenDialogOpens<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); }, &asked);
        m_page->findChild<QPushButton *>(QStringLiteral("settleMonth"))->click();
        QVERIFY(asked);
        QVERIFY(m_page->isBusy());
        m_page->waitUntilIdle();
        for (const SettlementLine &l : m_page->model()->lines()) {
            QVERIFY(l.storedYuan);
            QCOMPARE(*l.storedYuan, l.price.total);
        }
        QCOMPARE(m_fixture.store->findByKey(Kind::Tasks, QStringLiteral("T1"))
                     ->value(Field::ChargeYuan)
                     .toDouble(),
            175.0);
        const QString summary = m_page->findChild<QLabel *>(QStringLiteral("settlementSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("4 of them")), qPrintable(summary));
    }

    void adjustNeedsAReasonAndIsKeptInTheHistory()
    {
        // Refused without a reason, by the domain as well as by the dialog.
        QVERIFY(!m_page->adjustCharge(QStringLiteral("T1"), 150.0, QStringLiteral("  ")).isEmpty());
        m_page->selectTrip(QStringLiteral("T1"));
        auto *adjust = m_page->findChild<QPushButton *>(QStringLiteral("adjustCharge"));
        QVERIFY(adjust->isEnabled());
        bool opened = false;
        bool confirmWasOff = false;
        whenDialogOpens<AdjustChargeDialog>(
            [&confirmWasOff](AdjustChargeDialog *d) {
                d->amountBox()->setValue(150.0);
                confirmWasOff = !d->confirmButton()->isEnabled();
                d->confirmButton()->click(); // off: nothing happens
                QVERIFY(d->isVisible());
                d->reasonEdit()->setPlainText(QStringLiteral("绕行施工路段，按导航里程计"));
                QVERIFY(d->confirmButton()->isEnabled());
                d->confirmButton()->click();
            },
            &opened);
        adjust->click();
        QVERIFY(opened);
        QVERIFY(confirmWasOff);
        m_page->waitUntilIdle();
        QCOMPARE(trip(QStringLiteral("T1"))[SettlementModel::AdjustedColumn], QStringLiteral("150.00"));
        QCOMPARE(trip(QStringLiteral("T1"))[SettlementModel::ReasonColumn],
            QStringLiteral("绕行施工路段，按导航里程计"));
        // The totals change: U1 330 → 305, all 390 → 365.
        QCOMPARE(totalsRow(0).value(6), QStringLiteral("305.00"));
        QCOMPARE(totalsRow(0).value(5), QStringLiteral("1"));
        QCOMPARE(totalsRow(2).value(6), QStringLiteral("365.00"));
        // The order's history, beside the table, has the adjustment with who and why.
        QCOMPARE(m_page->selectedTrip(), QStringLiteral("T1"));
        ChangeHistoryModel *history = m_page->historyModel();
        QVERIFY(history);
        QAbstractItemModelTester tester(history);
        QString all;
        for (int r = 0; r < history->rowCount(); ++r) {
            for (int c = 0; c < history->columnCount(); ++c)
                all += history->index(r, c).data().toString() + QLatin1Char('\t');
            all += QLatin1Char('\n');
        }
        QVERIFY2(all.contains(QStringLiteral("150")) && all.contains(QStringLiteral("绕行施工路段"))
                && all.contains(QStringLiteral("测试员")),
            qPrintable(all));
        // The statement bills the adjusted amount.
        const QString xlsx = file(QStringLiteral("U1-adjusted.xlsx"));
        QCOMPARE(m_page->writeStatement(QStringLiteral("U1"), xlsx), QString());
        QCOMPARE(XlsxCells::read(xlsx).cells.value(0).value(QStringLiteral("I7")), QStringLiteral("305"));
    }

    void readersCannotSettleOrAdjust()
    {
        SettlementPage auditor(m_fixture.context(Session::Role::Auditor));
        auditor.show();
        auditor.setMonth(QDate(2026, 10, 1));
        auditor.waitUntilIdle();
        auditor.selectTrip(QStringLiteral("T1"));
        QVERIFY(!auditor.findChild<QPushButton *>(QStringLiteral("settleMonth"))->isEnabled());
        QVERIFY(!auditor.findChild<QPushButton *>(QStringLiteral("adjustCharge"))->isEnabled());
        QVERIFY(auditor.findChild<QPushButton *>(QStringLiteral("monthlyStatement"))->isEnabled());
        QCOMPARE(auditor.model()->rowCount(), 4);
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestSettlementPage)
#include "tst_settlementpage.moc"
