// Issue 11, "checks that stay fast as history grows": the km of finished tasks kept as derived data
// (task_km) give the same findings as the tracks, let a check of October read October's fixes only, and are
// dropped the moment a closed month's task or track day is written.
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "demo/demodata.h"
#include "domain/checkservice.h"
#include "domain/settlement.h"
#include "interchange/positionimporter.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/taskkmstore.h"
#include "support/testdb.h"

#include <QJsonDocument>
#include <QSqlQuery>

class TestDerivedKm : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_db;
    demo::Cases m_cases;

    static qint64 at(const char *text) { return *TimeParse::parseMs(QString::fromLatin1(text)); }

    CheckOutcome check(bool useDerived)
    {
        CheckRequest request;
        request.fromMs = at("2026-10-01T00:00:00+08:00");
        request.toMs = at("2026-11-01T00:00:00+08:00");
        request.nowMs = at("2026-11-15T09:00:00+08:00");
        request.keepFindings = false;
        request.useDerived = useDerived;
        return CheckService(*m_db->store, m_db->path()).run(request, QStringLiteral("test"));
    }

    // Every finding in full, evidence figures to the last bit (JSON writes the shortest exact double).
    static QStringList text(const CheckOutcome &outcome)
    {
        QStringList out;
        for (const checks::Anomaly &a : outcome.anomalies) {
            out << QStringList { a.rule, a.plate, a.driverCode, a.taskCode, a.cardNo,
                QString::number(a.startMs), QString::number(a.endMs),
                QString::fromUtf8(QJsonDocument(a.evidence).toJson(QJsonDocument::Compact)) }
                       .join(QLatin1Char('|'));
        }
        return out;
    }

    static QJsonObject fuelEvidence(const CheckOutcome &outcome, const QString &driver)
    {
        for (const checks::Anomaly &a : outcome.anomalies) {
            if (a.rule == QLatin1String("fuel_consumption") && a.driverCode == driver)
                return a.evidence;
        }
        return {};
    }

    int derivedRows() const { return TaskKmStore(m_db->store->database()).count(); }

    QString vehicleId(const QString &plate) const
    {
        return m_db->store->findByKey(Kind::Vehicles, plate)->id;
    }

    // The September task of the fuel case's driver in the fuel case's car with the most fixes: a part of
    // his July–September baseline.
    Record septemberTask() const
    {
        QSqlQuery q(m_db->store->database());
        q.prepare(QStringLiteral("SELECT t.id, t.start_at, t.end_at FROM tasks t JOIN drivers d ON d.id = "
                                 "t.driver_id WHERE d.code = ? AND t.vehicle_id = ? AND t.start_at >= ? AND "
                                 "t.start_at < ? AND t.deleted = 0 ORDER BY t.start_at"));
        q.addBindValue(m_cases.fuelDriver);
        q.addBindValue(vehicleId(m_cases.fuelPlate));
        q.addBindValue(TimeParse::toUtcIso(at("2026-09-01T00:00:00+08:00")));
        q.addBindValue(TimeParse::toUtcIso(at("2026-10-01T00:00:00+08:00")));
        q.exec();
        PositionStore positions(m_db->store->database());
        QString best;
        size_t most = 0;
        while (q.next()) {
            const qint64 start = *TimeParse::parseMs(q.value(1).toString());
            const qint64 end = *TimeParse::parseMs(q.value(2).toString());
            const size_t n = positions.fixes(vehicleId(m_cases.fuelPlate), start, end + 1).size();
            if (n > most) {
                most = n;
                best = q.value(0).toString();
            }
        }
        return m_db->store->record(Kind::Tasks, best).value_or(Record());
    }

    // A check with the derived data filled by a first run, and the fuel case's evidence it gives.
    QJsonObject filled()
    {
        const CheckOutcome first = check(true);
        if (!first.ok || first.derivedKept == 0 || derivedRows() == 0)
            qWarning("first run: %s, %d kept", qPrintable(first.error), first.derivedKept);
        const CheckOutcome second = check(true);
        if (second.derivedUsed == 0)
            qWarning("second run used no derived data");
        return fuelEvidence(second, m_cases.fuelDriver);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        DemoData demo(*m_db->store);
        QVERIFY2(demo.fill(nullptr, DemoData::Scope::FleetAndOperations), qPrintable(demo.errorString()));
        m_cases = demo.cases();
        QCOMPARE(derivedRows(), 0);
    }

    // The same findings without derived data, while filling it, and from it; and from it the check reads
    // no fix of the three baseline months.
    void sameFindingsBothWays()
    {
        const CheckOutcome plain = check(false);
        QVERIFY2(plain.ok, qPrintable(plain.error));
        QCOMPARE(derivedRows(), 0); // nothing kept without derived data
        QVERIFY(!fuelEvidence(plain, m_cases.fuelDriver).isEmpty());

        const CheckOutcome filling = check(true);
        QVERIFY2(filling.ok, qPrintable(filling.error));
        QVERIFY2(filling.derivedError.isEmpty(), qPrintable(filling.derivedError));
        QCOMPARE(filling.derivedUsed, 0);
        QVERIFY(filling.derivedKept > 1000); // the demo's ~1 700 tasks, July to October
        QCOMPARE(derivedRows(), filling.derivedKept);

        const CheckOutcome derived = check(true);
        QVERIFY2(derived.ok, qPrintable(derived.error));
        QVERIFY(derived.derivedUsed >= filling.derivedKept - 10);
        QCOMPARE(derived.derivedKept, 0);

        QCOMPARE(text(filling), text(plain));
        QCOMPARE(text(derived), text(plain));

        // What the runs read: every fix from 10 minutes before October (card_usage's window) on is all a
        // check from derived data may read.
        PositionStore positions(m_db->store->database());
        qint64 fromOctober = 0, all = 0;
        for (const Record &v : m_db->store->records(Kind::Vehicles)) {
            fromOctober += qint64(
                positions.fixes(v.id, at("2026-09-30T23:50:00+08:00"), at("2100-01-01T00:00:00Z")).size());
            all += positions.fixCount(v.id);
        }
        qInfo(
            "fixes read: %lld without derived data, %lld with; %lld stored from 23:50 on 30 September, %lld "
            "in all",
            plain.fixesRead, derived.fixesRead, fromOctober, all);
        QVERIFY(derived.fixesRead <= fromOctober);
        QVERIFY(plain.fixesRead > fromOctober);
    }

    // Shortening a September task of the fuel case's driver changes his baseline; the kept figure of the old
    // task is not used.
    void editedClosedTaskChangesFinding()
    {
        const QJsonObject before = filled();
        QVERIFY(!before.isEmpty());
        Record task = septemberTask();
        QVERIFY(!task.id.isEmpty());
        const qint64 start = *TimeParse::parseMs(task.text(Field::StartAt));
        const qint64 end = *TimeParse::parseMs(task.text(Field::EndAt));
        task.values[Field::EndAt] = TimeParse::toUtcIso(start + (end - start) / 3);
        const SaveResult saved = m_db->store->save(Kind::Tasks, task, QStringLiteral("test"));
        QVERIFY2(saved.ok, qPrintable(saved.message()));

        const CheckOutcome derived = check(true);
        QVERIFY2(derived.ok, qPrintable(derived.error));
        const CheckOutcome plain = check(false);
        QCOMPARE(text(derived), text(plain));
        const QJsonObject after = fuelEvidence(derived, m_cases.fuelDriver);
        QVERIFY(after.isEmpty()
            || after.value(QStringLiteral("baseline_km")).toDouble()
                < before.value(QStringLiteral("baseline_km")).toDouble());
    }

    // Importing positions into a closed day (a detour: every other fix of a September task moved 150 m
    // north) changes the baseline; the kept figure of that day's task is not used.
    void importIntoClosedDayChangesFinding()
    {
        const QJsonObject before = filled();
        QVERIFY(!before.isEmpty());
        const Record task = septemberTask();
        QVERIFY(!task.id.isEmpty());
        const qint64 start = *TimeParse::parseMs(task.text(Field::StartAt));
        const qint64 end = *TimeParse::parseMs(task.text(Field::EndAt));
        const std::vector<PositionFix> fixes
            = PositionStore(m_db->store->database()).fixes(vehicleId(m_cases.fuelPlate), start, end + 1);
        QVERIFY(fixes.size() > 20);
        QByteArray csv("plate,time,lat,lon,speed_kmh,heading\n");
        for (size_t i = 1; i < fixes.size(); i += 2) {
            csv += m_cases.fuelPlate.toUtf8() + ',' + TimeParse::toBeijingIso(fixes[i].timeMs).toLatin1()
                + ',' + QByteArray::number(fixes[i].lat + 0.00135, 'f', 6) + ','
                + QByteArray::number(fixes[i].lon, 'f', 6) + ",30,0\n";
        }
        m_db->write(QStringLiteral("detour.csv"), csv);
        PositionImporter importer(*m_db->store, m_db->store->database());
        const ImportOutcome imported = importer.importFile(m_db->file(QStringLiteral("detour.csv")), {});
        QVERIFY(imported.ok);
        QVERIFY(imported.changed > 10);

        const CheckOutcome derived = check(true);
        QVERIFY2(derived.ok, qPrintable(derived.error));
        const CheckOutcome plain = check(false);
        QCOMPARE(text(derived), text(plain));
        const QJsonObject after = fuelEvidence(derived, m_cases.fuelDriver);
        QVERIFY(!after.isEmpty());
        QVERIFY(after.value(QStringLiteral("baseline_km")).toDouble()
            > before.value(QStringLiteral("baseline_km")).toDouble() + 1.0);
    }

    bool hasRow(const QString &taskId) const
    {
        QSqlQuery q(m_db->store->database());
        q.prepare(QStringLiteral("SELECT 1 FROM task_km WHERE task_id = ?"));
        q.addBindValue(taskId);
        return q.exec() && q.next();
    }

    // Settling a month (settle --apply and the Settlement tab's "Settle month", both Settlement::apply)
    // writes each returned order's charge and nothing its kept km depend on: the rows stay, and the next
    // check takes them as it did before instead of reading the tracks again. Moving an order's end still
    // drops its row.
    void settlingKeepsTheKeptKm()
    {
        // The demo's orders have not come back; September's and October's up to the 20th return at their
        // booked end (written before any km are kept).
        QList<Record> back;
        for (Record task : m_db->store->records(Kind::Tasks)) {
            const qint64 start = *TimeParse::parseMs(task.text(Field::StartAt));
            if (start < at("2026-09-01T00:00:00+08:00") || start >= at("2026-10-20T00:00:00+08:00"))
                continue;
            task.values[Field::DepartedAt] = task.values.value(Field::StartAt);
            task.values[Field::ReturnedAt] = task.values.value(Field::EndAt);
            back << task;
        }
        QVERIFY(back.size() > 500);
        QVERIFY(m_db->store->saveAll(Kind::Tasks, back, QStringLiteral("test")).ok);

        const CheckOutcome filling = check(true);
        QVERIFY2(
            filling.ok && filling.derivedError.isEmpty(), qPrintable(filling.error + filling.derivedError));
        const int kept = derivedRows();
        QVERIFY(kept > 1000);
        const CheckOutcome before = check(true);
        QCOMPARE(before.derivedKept, 0);
        QVERIFY(before.derivedUsed > 0);

        Settlement settlement(
            *m_db->store, ChargingStandard::fromSettings(AppSettings(m_db->file(QStringLiteral("s.ini")))));
        for (const checks::YearMonth month :
            { checks::YearMonth { 2026, 9 }, checks::YearMonth { 2026, 10 } }) {
            int changed = 0;
            QString error;
            QVERIFY2(settlement.apply(settlement.lines(month), QStringLiteral("calc"), &changed, &error),
                qPrintable(error));
            QVERIFY(changed > 200);
        }
        const Record task = septemberTask();
        QVERIFY(!task.value(Field::ChargeYuan).isNull()); // settled
        QCOMPARE(derivedRows(), kept);
        QVERIFY(hasRow(task.id));
        const CheckOutcome after = check(true);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.derivedKept, 0); // nothing had to be worked out again
        QCOMPARE(after.derivedUsed, before.derivedUsed);
        QCOMPARE(after.fixesRead, before.fixesRead);
        QCOMPARE(text(after), text(before));

        // The counter-case: a settled order's end moved drops its row, and only its.
        Record moved = task;
        const qint64 start = *TimeParse::parseMs(moved.text(Field::StartAt));
        const qint64 end = *TimeParse::parseMs(moved.text(Field::EndAt));
        moved.values[Field::EndAt] = TimeParse::toUtcIso(start + (end - start) / 3);
        const SaveResult saved = m_db->store->save(Kind::Tasks, moved, QStringLiteral("test"));
        QVERIFY2(saved.ok, qPrintable(saved.message()));
        QVERIFY(!hasRow(task.id));
        QCOMPARE(derivedRows(), kept - 1);
        const CheckOutcome again = check(true);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.derivedKept, 1); // that order, from its track
        QVERIFY(hasRow(task.id));
        QCOMPARE(text(again), text(check(false)));
    }

    // A refuel added inside a closed task's window splits its km anew: the kept figure no longer matches.
    void refuelInsideClosedTaskIsJudgedOnTheTrack()
    {
        filled();
        const Record task = septemberTask();
        const qint64 start = *TimeParse::parseMs(task.text(Field::StartAt));
        const qint64 end = *TimeParse::parseMs(task.text(Field::EndAt));
        QSqlQuery q(m_db->store->database());
        q.prepare(QStringLiteral("SELECT id FROM cards WHERE plate = ? AND deleted = 0"));
        q.addBindValue(m_cases.fuelPlate);
        QVERIFY(q.exec() && q.next());
        const QString card = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM stations WHERE deleted = 0 LIMIT 1")) && q.next());
        Record refuel;
        refuel.values = { { Field::CardId, card }, { Field::Time, TimeParse::toUtcIso((start + end) / 2) },
            { Field::StationId, q.value(0).toString() }, { Field::Litres, 20.0 },
            { Field::AmountYuan, 150.0 } };
        const SaveResult saved = m_db->store->save(Kind::Refuels, refuel, QStringLiteral("test"));
        QVERIFY2(saved.ok, qPrintable(saved.message()));

        const CheckOutcome derived = check(true);
        QVERIFY2(derived.ok, qPrintable(derived.error));
        QVERIFY(derived.derivedKept >= 1); // that task, worked out again with the new cut
        QCOMPARE(text(derived), text(check(false)));
    }

    // A damaged day still stops the check, in the judged month as in a closed month whose km are kept: the
    // write that damaged it dropped the kept figures of its tasks, so the check reads it.
    void damagedDayStillStopsTheCheck_data()
    {
        QTest::addColumn<bool>("closedMonth");
        QTest::newRow("october") << false;
        QTest::newRow("september") << true;
    }
    void damagedDayStillStopsTheCheck()
    {
        QFETCH(bool, closedMonth);
        filled();
        QString day = QStringLiteral("2026-10-15");
        if (closedMonth)
            day = TimeParse::toBeijingDay(*TimeParse::parseMs(septemberTask().text(Field::StartAt)));
        QSqlQuery q(m_db->store->database());
        q.prepare(
            QStringLiteral("UPDATE track_days SET data = substr(data, 1, length(data) / 2) WHERE day = ? "
                           "AND vehicle_id = ?"));
        q.addBindValue(day);
        q.addBindValue(vehicleId(m_cases.fuelPlate));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        const CheckOutcome outcome = check(true);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(m_cases.fuelPlate) && outcome.error.contains(day),
            qPrintable(outcome.error));
    }

    // What a check read is not kept for a vehicle whose days were written while it ran.
    void writeDuringCheckKeepsNothingOfThatVehicle()
    {
        TaskKmStore store(m_db->store->database());
        const QHash<QString, qint64> seen = store.trackChanges();
        const QString a = vehicleId(m_cases.fuelPlate);
        const QString b = vehicleId(m_cases.locationPlate);
        QVERIFY(a != b);
        PositionFix f;
        f.timeMs = at("2026-09-10T03:00:00+08:00");
        f.lat = 32.0;
        f.lon = 120.9;
        {
            WriteScope scope(m_db->store->database());
            QVERIFY(PositionStore(m_db->store->database()).add(a, { f }).ok);
            QVERIFY(scope.commit());
        }
        checks::TaskKm km;
        km.known = true;
        km.pieces = { 1.0 };
        std::vector<TaskKmStore::Row> rows { { QStringLiteral("task-a"), a, f.timeMs, f.timeMs + 1, km },
            { QStringLiteral("task-b"), b, f.timeMs, f.timeMs + 1, km } };
        QString error;
        QCOMPARE(store.save(rows, seen, &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery q(m_db->store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT task_id FROM task_km")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("task-b"));
        QVERIFY(!q.next());
    }

    void encodingRoundTrips()
    {
        checks::TaskKm km;
        km.cuts = { -5, 1700000000000LL };
        km.pieces = { 0.1 + 0.2, 1e-300, 12345.678901234567 };
        checks::TaskKm back;
        QVERIFY(TaskKmStore::decode(TaskKmStore::encode(km), back));
        QCOMPARE(back.cuts, km.cuts);
        QCOMPARE(back.pieces.size(), km.pieces.size());
        for (size_t i = 0; i < km.pieces.size(); ++i)
            QVERIFY(std::memcmp(&back.pieces[i], &km.pieces[i], sizeof(double)) == 0);
        QVERIFY(!TaskKmStore::decode(QByteArray(11, 0), back));
        QVERIFY(!TaskKmStore::decode(TaskKmStore::encode(km).chopped(1), back));
    }
};

QTEST_GUILESS_MAIN(TestDerivedKm)
#include "tst_derivedkm.moc"
