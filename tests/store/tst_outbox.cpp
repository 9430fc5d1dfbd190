// The sync outbox as the record store fills it (store migration 6, docs/SYNC.md): one entry per record
// waiting, written in the edit's own transaction, so an edit that is refused or rolled back leaves none and
// one that is stored always has one; records already in a file are queued by the migration.
#include "store/database.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "support/testdb.h"

#include <QSqlQuery>
#include <QTest>

namespace {

int outboxRows(const QSqlDatabase &db, const QString &where = QStringLiteral("1"))
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE %1").arg(where)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void eachStoredEditIsQueuedOncePerRecord()
    {
        TestDb t;
        const SaveResult u = t.store->save(
            Kind::Units, unitRecord(QStringLiteral("U1"), QStringLiteral("办公室")), QStringLiteral("wang"));
        QVERIFY(u.ok);
        QCOMPARE(outboxRows(t.db.connection()), 1);
        Record edited = *t.store->record(Kind::Units, u.id);
        edited.values.insert(Field::Name, QStringLiteral("新名字"));
        QVERIFY(t.store->save(Kind::Units, edited, QStringLiteral("wang")).ok);
        // Still one: the push sends the record as it is then.
        QCOMPARE(outboxRows(t.db.connection()), 1);
        QCOMPARE(outboxRows(t.db.connection(), QStringLiteral("action = 'upsert' AND base_version = 0")), 1);

        // A refused edit queues nothing.
        Record bad = edited;
        bad.values.insert(Field::Name, QString());
        QVERIFY(!t.store->save(Kind::Units, bad, QStringLiteral("wang")).ok);
        QCOMPARE(outboxRows(t.db.connection()), 1);
        // Nor one rolled back with the transaction around it.
        {
            RecordStore::WriteScope scope(*t.store);
            QVERIFY(t.store
                        ->save(Kind::Units, unitRecord(QStringLiteral("U2"), QStringLiteral("二科")),
                            QStringLiteral("wang"))
                        .ok);
            QCOMPARE(outboxRows(t.db.connection()), 2);
        } // not committed
        QCOMPARE(outboxRows(t.db.connection()), 1);
        QVERIFY(!t.store->findByKey(Kind::Units, QStringLiteral("U2")));
    }

    void aChangeInFlightKeepsItsPayloadAndTheNextEditWaitsBehindIt()
    {
        TestDb t;
        const SaveResult u = t.store->save(
            Kind::Units, unitRecord(QStringLiteral("U1"), QStringLiteral("办公室")), QStringLiteral("wang"));
        QSqlQuery q(t.db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_outbox SET sent = 1, payload = '{}'")));
        Record edited = *t.store->record(Kind::Units, u.id);
        edited.values.insert(Field::Name, QStringLiteral("新名字"));
        QVERIFY(t.store->save(Kind::Units, edited, QStringLiteral("wang")).ok);
        QCOMPARE(outboxRows(t.db.connection()), 2);
        QCOMPARE(outboxRows(t.db.connection(), QStringLiteral("sent = 1 AND payload = '{}'")), 1);
    }

    // Removed before the server ever had it: nothing to tell the server. Removed after: a delete waits.
    void removalOfARecordTheServerNeverHadQueuesNothing()
    {
        TestDb t;
        const SaveResult u = t.store->save(
            Kind::Units, unitRecord(QStringLiteral("U1"), QStringLiteral("办公室")), QStringLiteral("wang"));
        QVERIFY(t.store->remove(Kind::Units, u.id, QStringLiteral("wang")).ok);
        QCOMPARE(outboxRows(t.db.connection()), 0);
        const SaveResult v = t.store->save(
            Kind::Units, unitRecord(QStringLiteral("U2"), QStringLiteral("二科")), QStringLiteral("wang"));
        QSqlQuery q(t.db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_outbox")));
        QVERIFY(t.store->setSyncedVersion(Kind::Units, v.id, 7).isEmpty());
        QVERIFY(t.store->remove(Kind::Units, v.id, QStringLiteral("wang")).ok);
        QCOMPARE(outboxRows(t.db.connection(), QStringLiteral("action = 'delete' AND base_version = 7")), 1);
    }

    // A server row written here is not queued back, and the change log names its author on the server.
    void serverRowsAreNotQueuedBack()
    {
        TestDb t;
        Record row = unitRecord(QStringLiteral("U9"), QStringLiteral("服务器上的科室"));
        row.id = QStringLiteral("u9");
        row.version = 12;
        row.updatedBy = QStringLiteral("li");
        row.updatedAt = QStringLiteral("2026-10-08T01:00:00.000Z");
        QVERIFY(t.store->applyServerRow(Kind::Units, row).isEmpty());
        QCOMPARE(outboxRows(t.db.connection()), 0);
        QCOMPARE(t.store->record(Kind::Units, QStringLiteral("u9"))->version, 12);
        QCOMPARE(t.store->history(Kind::Units, QStringLiteral("u9")).value(0).user, QStringLiteral("li"));
    }

    // Records in a file made before the outbox existed are queued by the migration, referenced kinds first.
    void migrationQueuesRecordsAlreadyThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database old(QStringLiteral("old"));
            QVERIFY2(old.open(path, 5), qPrintable(old.errorString()));
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, code, name, updated_at) "
                                          "VALUES ('u1', 'NT001', '市政府办公室', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO vehicles (id, plate, category, unit_id, status, updated_at) "
                               "VALUES ('v1', '苏F·A0001', 'general', 'u1', 'active', "
                               "'2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, code, name, updated_at, version) "
                                          "VALUES ('u2', 'NT002', '已同步', '2026-01-01T00:00:00Z', 4)")));
        }
        Database db(QStringLiteral("new"));
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, record_id FROM sync_outbox ORDER BY seq")));
        QStringList queued;
        while (q.next())
            queued << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        QCOMPARE(queued, (QStringList { QStringLiteral("units/u1"), QStringLiteral("vehicles/v1") }));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
