// The Reports page on FleetSample (October and November 2026; figures added up by hand in fleetsample.h):
// each chart with its numbers beside it, the chosen figure, the utilisation and idle cars, and the exports:
// the workbook and the findings re-read with QuaZip (xlsxcells), the PDF with pdftotext.
#include "models/texttablemodel.h"
#include "support/fleetsample.h"
#include "support/pdftext.h"
#include "support/xlsxcells.h"
#include "ui/reportspage.h"
#include "uitestsupport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTabWidget>

class TestReportsPage : public QObject
{
    Q_OBJECT

    UiFixture m_fixture { false };
    FleetSample m_fleet;
    std::unique_ptr<ReportsPage> m_page;

    static QList<QList<double>> barValues(QChartView *view)
    {
        QList<QList<double>> out;
        const QList<QAbstractSeries *> series = view->chart()->series();
        if (series.isEmpty())
            return out;
        const auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
        for (const QBarSet *set : bars->barSets()) {
            QList<double> values;
            for (int i = 0; i < set->count(); ++i)
                values << set->at(i);
            out << values;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_fleet.fill(*m_fixture.store), QString());
        m_page = std::make_unique<ReportsPage>(m_fixture.context());
        m_page->resize(1200, 640);
        m_page->show();
        m_page->setMonths(QDate(2026, 10, 1), QDate(2026, 11, 1));
    }

    void eachChartHasItsNumbersBesideIt()
    {
        QCOMPARE(m_page->tabs()->count(), 4);
        const TextTable &months = m_page->table(0)->table();
        QCOMPARE(months.rows.size(), 3); // October, November, total
        QCOMPARE(months.rows[0][1], QStringLiteral("3"));
        QCOMPARE(months.rows[2][7], QStringLiteral("1296.00"));
        // The chart shows km by default: tracked (100, 30) and navigation (110, 25), months only.
        const QList<QList<double>> km = barValues(m_page->chart(0));
        QCOMPARE(km.size(), 2);
        QCOMPARE(km[0].size(), 2);
        QVERIFY(qAbs(km[0][0] - 100.0) < 0.1);
        QCOMPARE(km[1], QList<double>({ 110.0, 25.0 }));
        // Cost: fuel and repairs.
        m_page->findChild<QComboBox *>(QStringLiteral("metric0"))->setCurrentIndex(3);
        QCOMPARE(barValues(m_page->chart(0)), QList<QList<double>>({ { 472.0, 24.0 }, { 800.0, 0.0 } }));
        // Agencies: 市政府办公室 and 市公安局, trips 3 and 1, as horizontal bars with the largest on top.
        m_page->findChild<QComboBox *>(QStringLiteral("metric1"))->setCurrentIndex(1);
        QCOMPARE(barValues(m_page->chart(1)), QList<QList<double>>({ { 1.0, 3.0 } }));
        QVERIFY(qobject_cast<QHorizontalBarSeries *>(m_page->chart(1)->chart()->series().first()));
        QCOMPARE(m_page->table(1)->table().rows[0][0], QStringLiteral("市政府办公室"));
    }

    void utilisationAndIdleCars()
    {
        const TextTable &use = m_page->table(3)->table();
        QCOMPARE(use.rows.size(), 3);
        QCOMPARE(use.rows[2][0], QStringLiteral("苏F·C0003"));
        QCOMPARE(use.rows[2][7], QStringLiteral("idle"));
        QCOMPARE(use.rows[0][5], QStringLiteral("0.09")); // 4 h over 43 working days
        const QString summary = m_page->findChild<QLabel *>(QStringLiteral("reportSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("苏F·C0003")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("0.06"))); // 8 h / 3 cars / 43 days
        QVERIFY(qobject_cast<QHorizontalBarSeries *>(m_page->chart(3)->chart()->series().first()));
    }

    // The page counts working days with the settings' calendar, the one supervision uses: National Day
    // (1–8 October 2026, six weekdays) off and Saturday 10 October worked: 43 − 6 + 1 = 38 days.
    void utilisationUsesTheHolidayTable()
    {
        QStringList holidays;
        for (int day = 1; day <= 8; ++day)
            holidays << QStringLiteral("2026-10-%1").arg(day, 2, 10, QLatin1Char('0'));
        m_fixture.settings->setHolidays(holidays);
        m_fixture.settings->setExtraWorkdays({ QStringLiteral("2026-10-10") });
        m_page->reload();
        QCOMPARE(m_page->data().workingDays, 38);
        QCOMPARE(m_page->table(3)->table().rows[0][5], QStringLiteral("0.11")); // 4 h over 38 days
        m_fixture.settings->setHolidays({});
        m_fixture.settings->setExtraWorkdays({});
        m_page->reload();
        QCOMPARE(m_page->data().workingDays, 43);
    }

    void workbookReadsBack()
    {
        const QString path = m_fixture.dir.filePath(QStringLiteral("report.xlsx"));
        QCOMPARE(m_page->exportWorkbook(path), QString());
        const XlsxCells x = XlsxCells::read(path);
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
        QCOMPARE(x.sheets.size(), 4);
        QCOMPARE(x.cells[0].value(QStringLiteral("A2")), QStringLiteral("2026-10"));
        QCOMPARE(x.cells[0].value(QStringLiteral("B2")), QStringLiteral("3"));
        QCOMPARE(x.cells[0].value(QStringLiteral("H4")), QStringLiteral("1296"));
        QCOMPARE(x.cells[1].value(QStringLiteral("A2")), QStringLiteral("市政府办公室"));
        QCOMPARE(x.cells[3].value(QStringLiteral("A4")), QStringLiteral("苏F·C0003"));
        QCOMPARE(x.cells[3].value(QStringLiteral("H4")), QStringLiteral("idle"));
    }

    void findingsWorkbookHasTheEvidence()
    {
        const QString path = m_fixture.dir.filePath(QStringLiteral("findings.xlsx"));
        QCOMPARE(m_page->exportFindings(path), QString());
        const XlsxCells x = XlsxCells::read(path);
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
        QCOMPARE(x.cells[0].value(QStringLiteral("D2")), QStringLiteral("苏F·A0001"));
        QCOMPARE(x.cells[0].value(QStringLiteral("F2")), QStringLiteral("T1"));
        QVERIFY(x.cells[0].value(QStringLiteral("L2")).contains(QStringLiteral("\"tracked_km\":60")));
        QVERIFY(!x.cells[0].value(QStringLiteral("K2")).isEmpty());
    }

    void printsToPdf()
    {
        const QString path = m_fixture.dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(m_page->writePdf(path), QString());
        const QString text = pdfText(path);
        for (const QString &expected : { QStringLiteral("1296.00"), QStringLiteral("市政府办公室"),
                 QStringLiteral("苏F·C0003"), QStringLiteral("2026-10") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }

    void refusesToWriteOverTheDatabase()
    {
        QVERIFY(!m_page->exportWorkbook(m_fixture.context().databasePath).isEmpty());
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
