#include "support/testdb.h"

#include <QJsonArray>
#include <QSignalSpy>

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void insertNormalisesAndLogs()
    {
        TestDb t;
        const SaveResult unit = t.store->save(QStringLiteral("units"),
            unitRecord(QStringLiteral("NT001"), QStringLiteral("市政府办公室")), QStringLiteral("admin"));
        QVERIFY2(unit.ok, qPrintable(unit.message()));
        const SaveResult car = t.store->save(QStringLiteral("vehicles"),
            vehicleRecord(QStringLiteral("苏fa1234"), unit.id), QStringLiteral("admin"));
        QVERIFY2(car.ok, qPrintable(car.message()));
        const Record stored = *t.store->record(QStringLiteral("vehicles"), car.id);
        QCOMPARE(stored.text(QStringLiteral("plate")), QStringLiteral("苏F·A1234"));
        QCOMPARE(stored.updatedBy, QStringLiteral("admin"));
        QCOMPARE(stored.version, 0);
        QVERIFY(!stored.deleted);
        const QList<ChangeEntry> history = t.store->history(QStringLiteral("vehicles"), car.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, QStringLiteral("insert"));
        QCOMPARE(history.first().user, QStringLiteral("admin"));
    }

    void uniquePlateIsRefusedWithTheReason()
    {
        TestDb t;
        const QString unit = t.store
                                 ->save(QStringLiteral("units"),
                                     unitRecord(QStringLiteral("NT001"), QStringLiteral("甲")), {})
                                 .id;
        QVERIFY(
            t.store->save(QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F·A1234"), unit), {})
                .ok);
        const SaveResult twin
            = t.store->save(QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F A1234"), unit), {});
        QVERIFY(!twin.ok);
        QCOMPARE(twin.errors.first().field, QStringLiteral("plate"));
        QVERIFY2(twin.message().contains(QStringLiteral("苏F·A1234")), qPrintable(twin.message()));
        QCOMPARE(t.store->count(QStringLiteral("vehicles")), 1);
    }

    void validationErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("plate format") << QStringLiteral("plate") << QVariant(QStringLiteral("ABC123"));
        QTest::newRow("seats zero") << QStringLiteral("seats") << QVariant(0);
        QTest::newRow("seats text") << QStringLiteral("seats") << QVariant(QStringLiteral("five"));
        QTest::newRow("category") << QStringLiteral("category") << QVariant(QStringLiteral("sports"));
        QTest::newRow("agency missing") << QStringLiteral("unit_id") << QVariant(QString());
        QTest::newRow("unknown agency")
            << QStringLiteral("unit_id") << QVariant(QStringLiteral("no-such-id"));
    }
    void validationErrorsNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        TestDb t;
        const QString unit = t.store
                                 ->save(QStringLiteral("units"),
                                     unitRecord(QStringLiteral("NT001"), QStringLiteral("甲")), {})
                                 .id;
        Record car = vehicleRecord(QStringLiteral("苏F·A1234"), unit);
        car.values.insert(field, value);
        const SaveResult result = t.store->save(QStringLiteral("vehicles"), car, {});
        QVERIFY(!result.ok);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, field);
        QCOMPARE(t.store->count(QStringLiteral("vehicles")), 0);
    }

    void stationCoordinatesMustBeInRange()
    {
        TestDb t;
        Record st;
        st.values = { { QStringLiteral("code"), QStringLiteral("S1") },
            { QStringLiteral("name"), QStringLiteral("站") }, { QStringLiteral("lat"), 91.0 },
            { QStringLiteral("lon"), 120.9 } };
        QVERIFY(!t.store->save(QStringLiteral("stations"), st, {}).ok);
        st.values[QStringLiteral("lat")] = 90.0;
        QVERIFY(t.store->save(QStringLiteral("stations"), st, {}).ok);
    }

    void removingAReferencedRecordIsRefused()
    {
        TestDb t;
        const QString unit = t.store
                                 ->save(QStringLiteral("units"),
                                     unitRecord(QStringLiteral("NT001"), QStringLiteral("市政府办公室")), {})
                                 .id;
        const QString car
            = t.store->save(QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F·A1234"), unit), {})
                  .id;
        const SaveResult refused = t.store->remove(QStringLiteral("units"), unit, {});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message().contains(QStringLiteral("苏F·A1234")), qPrintable(refused.message()));

        Record card;
        card.values = { { QStringLiteral("card_no"), QStringLiteral("C1") },
            { QStringLiteral("plate"), QStringLiteral("苏F·A1234") } };
        QVERIFY(t.store->save(QStringLiteral("cards"), card, {}).ok);
        const SaveResult cardBlocks = t.store->remove(QStringLiteral("vehicles"), car, {});
        QVERIFY(!cardBlocks.ok);
        QVERIFY2(cardBlocks.message().contains(QStringLiteral("C1")), qPrintable(cardBlocks.message()));
    }

    void removalIsATombstoneAndReAddingRevivesIt()
    {
        TestDb t;
        const QString unit = t.store
                                 ->save(QStringLiteral("units"),
                                     unitRecord(QStringLiteral("NT001"), QStringLiteral("甲")), {})
                                 .id;
        const QString car
            = t.store->save(QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F·A1234"), unit), {})
                  .id;
        QSignalSpy spy(t.store.get(), &RecordStore::recordsChanged);
        QVERIFY(t.store->remove(QStringLiteral("vehicles"), car, QStringLiteral("admin")).ok);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(t.store->count(QStringLiteral("vehicles")), 0);
        const std::optional<Record> tomb = t.store->record(QStringLiteral("vehicles"), car);
        QVERIFY(tomb && tomb->deleted);

        const SaveResult again = t.store->save(
            QStringLiteral("vehicles"), vehicleRecord(QStringLiteral("苏F·A1234"), unit, 7), {});
        QVERIFY2(again.ok, qPrintable(again.message()));
        QCOMPARE(again.id, car);
        QCOMPARE(t.store->record(QStringLiteral("vehicles"), car)->value(QStringLiteral("seats")).toInt(), 7);
        const QList<ChangeEntry> history = t.store->history(QStringLiteral("vehicles"), car);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(1).action, QStringLiteral("delete"));
        QCOMPARE(history.at(2).action, QStringLiteral("restore"));
    }

    void savingTheSameValuesChangesNothing()
    {
        TestDb t;
        const QString unit = t.store
                                 ->save(QStringLiteral("units"),
                                     unitRecord(QStringLiteral("NT001"), QStringLiteral("甲")), {})
                                 .id;
        Record car = vehicleRecord(QStringLiteral("苏F·A1234"), unit);
        car.id = t.store->save(QStringLiteral("vehicles"), car, {}).id;
        QSignalSpy spy(t.store.get(), &RecordStore::recordsChanged);
        const SaveResult same = t.store->save(QStringLiteral("vehicles"), car, {});
        QVERIFY(same.ok);
        QVERIFY(!same.changed);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(t.store->history(QStringLiteral("vehicles"), car.id).size(), 1);

        car.values[QStringLiteral("seats")] = 7;
        QVERIFY(t.store->save(QStringLiteral("vehicles"), car, QStringLiteral("admin")).changed);
        const ChangeEntry last = t.store->history(QStringLiteral("vehicles"), car.id).last();
        QCOMPARE(last.action, QStringLiteral("update"));
        QCOMPARE(last.changes.keys(), QStringList { QStringLiteral("seats") });
        QCOMPARE(last.changes.value(QStringLiteral("seats")).toArray().at(1).toInt(), 7);
    }

    void aBatchIsAllOrNothing()
    {
        TestDb t;
        const QList<Record> batch = { unitRecord(QStringLiteral("NT001"), QStringLiteral("甲")),
            unitRecord(QStringLiteral("NT002"), QString()) };
        const SaveResult result = t.store->saveAll(QStringLiteral("units"), batch, {});
        QVERIFY(!result.ok);
        QCOMPARE(result.index, 1);
        QCOMPARE(t.store->count(QStringLiteral("units")), 0);
    }

    void fenceGeometryIsChecked_data()
    {
        QTest::addColumn<QString>("geometry");
        QTest::addColumn<bool>("ok");
        QTest::newRow("polygon") << QStringLiteral(
            R"({"type":"Polygon","coordinates":[[[120,32],[121,32],[121,33],[120,32]]]})")
                                 << true;
        QTest::newRow("open ring") << QStringLiteral(
            R"({"type":"Polygon","coordinates":[[[120,32],[121,32],[121,33],[120,33]]]})")
                                   << false;
        QTest::newRow("three points")
            << QStringLiteral(R"({"type":"Polygon","coordinates":[[[120,32],[121,32],[120,32]]]})") << false;
        QTest::newRow("point") << QStringLiteral(R"({"type":"Point","coordinates":[120,32]})") << false;
        QTest::newRow("lat out of range")
            << QStringLiteral(R"({"type":"Polygon","coordinates":[[[120,32],[121,95],[121,33],[120,32]]]})")
            << false;
        QTest::newRow("not json") << QStringLiteral("{type: Polygon") << false;
    }
    void fenceGeometryIsChecked()
    {
        QFETCH(QString, geometry);
        QFETCH(bool, ok);
        TestDb t;
        Record fence;
        fence.values = { { QStringLiteral("name"), QStringLiteral("市区") },
            { QStringLiteral("geometry"), geometry } };
        QCOMPARE(t.store->save(QStringLiteral("fences"), fence, {}).ok, ok);
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
