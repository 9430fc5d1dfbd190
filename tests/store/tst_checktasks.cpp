// CheckTasks::read (the tasks of a check, through SQLite's C API): the same tasks, in the same order and with
// the same fields, as the joined Qt Sql query it replaced, and the derived km attached exactly when the row
// still matches its task.
#include "base/timeparse.h"
#include "demo/demodata.h"
#include "store/checktasks.h"
#include "store/taskkmstore.h"
#include "support/testdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestCheckTasks : public QObject
{
    Q_OBJECT

private slots:
    void sameTasksAsTheJoinedQuery();
    void derivedKmOnlyWhileTheyMatch();
};

namespace {

// What CheckService read before (the joins decide which tasks count: a missing vehicle or driver drops it).
std::vector<checks::Task> joined(const QSqlDatabase &db, std::vector<CheckTasks::Keys> &keys)
{
    std::vector<checks::Task> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT t.code, v.plate, d.code, u.code, t.dest_name, t.start_at, t.end_at, t.dest_lat, t.dest_lon, "
        "t.nav_km, t.id, t.vehicle_id FROM tasks t JOIN vehicles v ON v.id = t.vehicle_id JOIN drivers d ON "
        "d.id = t.driver_id LEFT JOIN units u ON u.id = t.unit_id WHERE t.deleted = 0"));
    while (q.next()) {
        checks::Task t;
        t.code = q.value(0).toString();
        t.plate = q.value(1).toString();
        t.driverCode = q.value(2).toString();
        t.unitCode = q.value(3).toString();
        t.destName = q.value(4).toString();
        t.startMs = TimeParse::parseMs(q.value(5).toString()).value_or(0);
        t.endMs = TimeParse::parseMs(q.value(6).toString()).value_or(0);
        t.destLat = q.value(7).toDouble();
        t.destLon = q.value(8).toDouble();
        t.navKm = q.value(9).toDouble();
        keys.push_back({ q.value(10).toString(), q.value(11).toString() });
        out.push_back(t);
    }
    return out;
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.isActive() || q.lastError().type() == QSqlError::NoError;
}

} // namespace

void TestCheckTasks::sameTasksAsTheJoinedQuery()
{
    TestDb t;
    QVERIFY(DemoData(*t.store).fill(nullptr, DemoData::Scope::FleetAndOperations));
    const QSqlDatabase db = t.db.connection();
    // Cases the joins decide: a tombstoned task, a task whose driver row is gone, one without a unit.
    QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(exec(
        db, QStringLiteral("UPDATE tasks SET deleted = 1 WHERE rowid = (SELECT min(rowid) FROM tasks)")));
    QVERIFY(exec(db,
        QStringLiteral("UPDATE tasks SET driver_id = 'gone' WHERE rowid = (SELECT min(rowid) + 1 "
                       "FROM tasks)")));
    QVERIFY(exec(db,
        QStringLiteral("UPDATE tasks SET unit_id = NULL WHERE rowid = (SELECT min(rowid) + 2 "
                       "FROM tasks)")));
    std::vector<CheckTasks::Keys> oldKeys, newKeys;
    const std::vector<checks::Task> expected = joined(db, oldKeys);
    std::vector<checks::Task> tasks;
    QString error;
    QVERIFY2(CheckTasks::read(db, std::nullopt, tasks, newKeys, &error), qPrintable(error));
    QVERIFY(expected.size() > 50);
    QCOMPARE(tasks.size(), expected.size());
    QCOMPARE(newKeys.size(), oldKeys.size());
    bool noUnit = false;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const checks::Task &a = tasks[i];
        const checks::Task &b = expected[i];
        QCOMPARE(a.code, b.code);
        QCOMPARE(a.plate, b.plate);
        QCOMPARE(a.driverCode, b.driverCode);
        QCOMPARE(a.unitCode, b.unitCode);
        QCOMPARE(a.destName, b.destName);
        QCOMPARE(a.startMs, b.startMs);
        QCOMPARE(a.endMs, b.endMs);
        QCOMPARE(a.destLat, b.destLat);
        QCOMPARE(a.destLon, b.destLon);
        QCOMPARE(a.navKm, b.navKm);
        QCOMPARE(newKeys[i].taskId, oldKeys[i].taskId);
        QCOMPARE(newKeys[i].vehicleId, oldKeys[i].vehicleId);
        QVERIFY(!a.trackKm.known);
        noUnit = noUnit || a.unitCode.isEmpty();
    }
    QVERIFY(noUnit);
    // Not a SQLite connection's handle: refused with a reason, not an empty fleet.
    QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
    std::vector<checks::Task> none;
    std::vector<CheckTasks::Keys> noKeys;
    error.clear();
    QVERIFY(!CheckTasks::read(closed, std::nullopt, none, noKeys, &error));
    QVERIFY(!error.isEmpty());
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("closed"));
}

void TestCheckTasks::derivedKmOnlyWhileTheyMatch()
{
    TestDb t;
    QVERIFY(DemoData(*t.store).fill(nullptr, DemoData::Scope::FleetAndOperations));
    const QSqlDatabase db = t.db.connection();
    std::vector<CheckTasks::Keys> keys;
    const std::vector<checks::Task> all = joined(db, keys);
    QVERIFY(all.size() >= 6);
    checks::TaskKm km;
    km.cuts = { all[0].startMs + 1000 };
    km.pieces = { 1.25, 2.5 };
    km.maxSpeedKmh = 200.0;
    km.sameTimeJumpM = 5.0;
    // Rows: 0 matches; 1 names another vehicle; 2 another start; 3 another end; 4 lies outside the window;
    // 5 does not decode.
    std::vector<TaskKmStore::Row> rows;
    for (int i = 0; i < 6; ++i)
        rows.push_back({ keys[size_t(i)].taskId, keys[size_t(i)].vehicleId, all[size_t(i)].startMs,
            all[size_t(i)].endMs, km });
    rows[1].vehicleId = QStringLiteral("another-vehicle");
    rows[2].startMs -= 1;
    rows[3].endMs += 1;
    TaskKmStore store(db);
    QString saveError;
    QCOMPARE(store.save(rows, store.trackChanges(), &saveError), 6);
    QVERIFY(exec(db,
        QStringLiteral("UPDATE task_km SET start_ms = 0, end_ms = 1 WHERE task_id = '%1'")
            .arg(keys[4].taskId)));
    QVERIFY(
        exec(db, QStringLiteral("UPDATE task_km SET km = x'0102' WHERE task_id = '%1'").arg(keys[5].taskId)));
    qint64 from = all[0].startMs, to = all[0].endMs;
    for (int i = 0; i < 6; ++i) {
        from = std::min(from, all[size_t(i)].startMs);
        to = std::max(to, all[size_t(i)].endMs);
    }
    std::vector<checks::Task> tasks;
    std::vector<CheckTasks::Keys> readKeys;
    QString error;
    QVERIFY2(
        CheckTasks::read(db, CheckTasks::DerivedWindow { from - 1000, to + 1000 }, tasks, readKeys, &error),
        qPrintable(error));
    QCOMPARE(tasks.size(), all.size());
    std::map<QString, const checks::Task *> byId;
    for (std::size_t i = 0; i < tasks.size(); ++i)
        byId[readKeys[i].taskId] = &tasks[i];
    const checks::Task &matched = *byId.at(keys[0].taskId);
    QVERIFY(matched.trackKm.known);
    QCOMPARE(matched.trackKm.cuts, km.cuts);
    QCOMPARE(matched.trackKm.pieces, km.pieces);
    QCOMPARE(matched.trackKm.maxSpeedKmh, km.maxSpeedKmh);
    QCOMPARE(matched.trackKm.sameTimeJumpM, km.sameTimeJumpM);
    for (int i = 1; i < 6; ++i)
        QVERIFY2(!byId.at(keys[size_t(i)].taskId)->trackKm.known, qPrintable(QString::number(i)));
    // Inside a transaction of the caller's: what it has written and not committed counts (the rows are then
    // read over the caller's own connection, not the reader thread's, which would see the file as committed).
    QSqlDatabase writer = db;
    QVERIFY(writer.transaction());
    QVERIFY(exec(db, QStringLiteral("DELETE FROM task_km WHERE task_id = '%1'").arg(keys[0].taskId)));
    tasks.clear();
    readKeys.clear();
    QVERIFY2(
        CheckTasks::read(db, CheckTasks::DerivedWindow { from - 1000, to + 1000 }, tasks, readKeys, &error),
        qPrintable(error));
    for (std::size_t i = 0; i < tasks.size(); ++i)
        QVERIFY2(!tasks[i].trackKm.known, qPrintable(readKeys[i].taskId));
    QVERIFY(writer.rollback());
    // Without a window nothing is attached.
    tasks.clear();
    readKeys.clear();
    QVERIFY(CheckTasks::read(db, std::nullopt, tasks, readKeys, &error));
    for (const checks::Task &task : tasks)
        QVERIFY(!task.trackKm.known);
}

QTEST_GUILESS_MAIN(TestCheckTasks)
#include "tst_checktasks.moc"
