#include "demo/demodata.h"
#include "models/changehistorymodel.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "support/testdb.h"

#include <QAbstractItemModelTester>

class TestRecordModels : public QObject
{
    Q_OBJECT

private slots:
    void tableModelPassesTheModelTesterThroughEdits()
    {
        TestDb t;
        RecordTableModel model(t.store.get(), QStringLiteral("vehicles"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(DemoData(*t.store).fill());
        QCOMPARE(model.rowCount(), t.store->count(QStringLiteral("vehicles")));
        proxy.sort(model.columnOf(QStringLiteral("seats")), Qt::DescendingOrder);
        const int before = model.rowCount();
        const QString unit = t.store->records(QStringLiteral("units")).first().id;
        const QString added
            = t.store->save(QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F·Z0001"), unit), {})
                  .id;
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(t.store->remove(QStringLiteral("vehicles"), added, {}).ok);
        QCOMPARE(model.rowCount(), before);
    }

    void displayShowsNamesAndLabelsNotIds()
    {
        TestDb t;
        const QString unit = t.store
                                 ->save(QStringLiteral("units"),
                                     unitRecord(QStringLiteral("NT001"), QStringLiteral("市政府办公室")), {})
                                 .id;
        QVERIFY(
            t.store->save(QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F·A1234"), unit), {})
                .ok);
        RecordTableModel model(t.store.get(), QStringLiteral("vehicles"));
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("unit_id"))).data().toString(),
            QStringLiteral("市政府办公室"));
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("unit_id")))
                     .data(RecordTableModel::RawRole)
                     .toString(),
            unit);
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("category"))).data().toString(),
            QStringLiteral("Emergency"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Plate"));

        // Renaming the agency shows up in the vehicles table without touching it.
        Record u = *t.store->record(QStringLiteral("units"), unit);
        u.values[QStringLiteral("name")] = QStringLiteral("市政府");
        QVERIFY(t.store->save(QStringLiteral("units"), u, {}).ok);
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("unit_id"))).data().toString(),
            QStringLiteral("市政府"));
    }

    void sortsNumbersAsNumbersOverAllRows()
    {
        TestDb t;
        const QString unit = t.store
                                 ->save(QStringLiteral("units"),
                                     unitRecord(QStringLiteral("NT001"), QStringLiteral("甲")), {})
                                 .id;
        QList<Record> cars;
        for (int i = 0; i < 600; ++i)
            cars << vehicleRecord(QStringLiteral("苏F·B%1").arg(10000 + i), unit, 1 + (i * 7) % 50);
        QVERIFY(t.store->saveAll(QStringLiteral("vehicles"), cars, {}).ok);
        RecordTableModel model(t.store.get(), QStringLiteral("vehicles"));
        RecordFilterModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 600); // all rows, not the 256 a QSqlTableModel would hold
        const int seats = model.columnOf(QStringLiteral("seats"));
        proxy.sort(seats, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, seats).data().toInt(), 1);
        QCOMPARE(proxy.index(599, seats).data().toInt(), 50);
        for (int r = 1; r < 600; ++r)
            QVERIFY(proxy.index(r - 1, seats).data().toInt() <= proxy.index(r, seats).data().toInt());
    }

    void searchAndFieldFilter()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        RecordTableModel model(t.store.get(), QStringLiteral("vehicles"));
        RecordFilterModel proxy;
        proxy.setSourceModel(&model);
        const Record some = t.store->records(QStringLiteral("vehicles")).at(3);
        QString typed = some.text(QStringLiteral("plate"));
        typed.remove(QChar(0x00B7));
        proxy.setSearchText(typed.toLower());
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        proxy.setFieldFilter(model.columnOf(QStringLiteral("category")), QStringLiteral("enforcement"));
        QCOMPARE(proxy.rowCount(), 19);
        proxy.setFieldFilter(-1, {});
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void historyModel()
    {
        TestDb t;
        const QString unit
            = t.store
                  ->save(QStringLiteral("units"), unitRecord(QStringLiteral("NT001"), QStringLiteral("甲")),
                      QStringLiteral("王"))
                  .id;
        Record u = *t.store->record(QStringLiteral("units"), unit);
        u.values[QStringLiteral("name")] = QStringLiteral("乙");
        QVERIFY(t.store->save(QStringLiteral("units"), u, QStringLiteral("李")).ok);
        ChangeHistoryModel model(*t.store, QStringLiteral("units"), unit);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("李"));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("Name: 甲 → 乙"));
    }
};

QTEST_GUILESS_MAIN(TestRecordModels)
#include "tst_recordmodels.moc"
