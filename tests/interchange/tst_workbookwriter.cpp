// The report's and the findings' workbooks re-read with QuaZip (through xlsxcells): the sheets by name,
// figures as number cells, text (Chinese included) in the shared strings.
#include "interchange/workbookwriter.h"
#include "support/xlsxcells.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestWorkbookWriter : public QObject
{
    Q_OBJECT

private slots:
    void sheetsCellsAndNumbersReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        TextTable months { QStringLiteral("按月份"), { QStringLiteral("月份"), QStringLiteral("费用(元)") },
            { false, true },
            { { QStringLiteral("2026-10"), QStringLiteral("1272.00") },
                { QStringLiteral("合计"), QStringLiteral("1296.00") } },
            {} };
        TextTable agencies { QStringLiteral("By agency: [all]"), { QStringLiteral("Agency") }, { false },
            { { QStringLiteral("市政府办公室") } }, {} };
        QCOMPARE(WorkbookWriter::write(path, { months, agencies }), QString());
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        const XlsxCells x = XlsxCells::read(path);
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
        QCOMPARE(x.sheets, QStringList({ QStringLiteral("按月份"), QStringLiteral("By agency   all") }));
        const QMap<QString, QString> &first = x.cells[0];
        QCOMPARE(first.value(QStringLiteral("A1")), QStringLiteral("月份"));
        QCOMPARE(first.value(QStringLiteral("A2")), QStringLiteral("2026-10"));
        QCOMPARE(first.value(QStringLiteral("B2")), QStringLiteral("1272")); // a number cell
        QCOMPARE(first.value(QStringLiteral("B3")), QStringLiteral("1296"));
        QCOMPARE(x.cells[1].value(QStringLiteral("A2")), QStringLiteral("市政府办公室"));
    }

    void anOverlongCellWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.xlsx"));
        TextTable t { QStringLiteral("Findings"), { QStringLiteral("Evidence") }, { false },
            { { QString(40000, QLatin1Char('x')) } }, {} };
        const QString error = WorkbookWriter::write(path, { t });
        QVERIFY(error.contains(QStringLiteral("row 2")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestWorkbookWriter)
#include "tst_workbookwriter.moc"
