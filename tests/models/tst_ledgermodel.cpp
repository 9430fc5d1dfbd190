// LedgerTableModel: a ledger's rows in LedgerBook's wording, checked by QAbstractItemModelTester through
// resets; figures right-aligned and sorted as numbers, times as times.
#include "models/ledgertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

class TestLedgerModel : public QObject
{
    Q_OBJECT

    static LedgerRow refuel(qint64 ms, const QString &plate, double litres, std::optional<double> km)
    {
        LedgerRow r;
        r.timeMs = ms;
        r.plate = plate;
        r.cardNo = QStringLiteral("C1");
        r.litres = litres;
        r.amountYuan = litres * 7.5;
        r.kmSincePrevious = km;
        if (km && *km > 0)
            r.litresPer100Km = litres / *km * 100.0;
        return r;
    }

private slots:
    void rowsInTheLedgersWording()
    {
        LedgerTableModel model(LedgerKind::Refuels);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), LedgerBook::headers(LedgerKind::Refuels).size());
        const qint64 day = 1790000000000; // 2026-09-21
        model.setRows({ refuel(day + 3600000, QStringLiteral("苏F·A0001"), 9.0, 100.0),
            refuel(day, QStringLiteral("苏F·A0002"), 45.0, std::nullopt),
            refuel(day + 7200000, QStringLiteral("苏F·A0001"), 30.0, 250.0) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("苏F·A0001"));
        QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("9.00"));
        QCOMPARE(model.index(0, 9).data().toString(), QStringLiteral("9.00")); // 9 L over 100 km
        QCOMPARE(model.index(1, 9).data().toString(), QString()); // no reading
        QCOMPARE(model.index(0, 6).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
            Qt::AlignRight);

        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(LedgerTableModel::SortRole);
        sorted.sort(0);
        QCOMPARE(sorted.index(0, 1).data().toString(), QStringLiteral("苏F·A0002")); // earliest first
        sorted.sort(9, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, 9).data().toString(), QStringLiteral("12.00")); // as numbers: 12 > 9
        QCOMPARE(sorted.index(2, 9).data().toString(), QString());

        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        LedgerTableModel repairs(LedgerKind::Maintenance);
        QAbstractItemModelTester repairTester(
            &repairs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LedgerRow r;
        r.day = QStringLiteral("2026-10-10");
        r.costYuan = 800;
        repairs.setRows({ r });
        QCOMPARE(repairs.index(0, 5).data().toString(), QStringLiteral("800.00"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerModel)
#include "tst_ledgermodel.moc"
