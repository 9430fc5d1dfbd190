#include "checks/checkrunner.h"
#include "domain/anomalytext.h"
#include "models/anomalyfiltermodel.h"
#include "models/anomalytablemodel.h"
#include "models/checkjob.h"
#include "models/recordtablemodel.h"
#include "models/taskmileagemodel.h"
#include "support/anomalysample.h"
#include "support/testdb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestAnomalyModels : public QObject
{
    Q_OBJECT

    static CheckRequest march()
    {
        CheckRequest r;
        r.fromMs = AnomalySample::ms("2026-03-01T00:00:00+08:00");
        r.toMs = AnomalySample::ms("2026-04-01T00:00:00+08:00");
        return r;
    }

    static CheckOutcome runJob(const TestDb &db, bool cancelAtOnce = false, int *progressCalls = nullptr)
    {
        CheckJob job(db.path(), march(), QStringLiteral("审计"));
        QSignalSpy finished(&job, &CheckJob::finished);
        QSignalSpy progress(&job, &CheckJob::progress);
        PoolGate busy; // the job waits for a thread until released: cancel() surely comes first
        job.start();
        if (cancelAtOnce)
            job.cancel();
        busy.release();
        if (!finished.wait(30000) && finished.isEmpty())
            qWarning("the check did not finish");
        QCoreApplication::processEvents(); // the last queued progress calls
        if (progressCalls)
            *progressCalls = int(progress.count());
        return job.outcome();
    }

private slots:
    void aCheckJobRunsInTheBackgroundAndKeepsWhatItFinds()
    {
        TestDb db;
        QCOMPARE(AnomalySample::fill(*db.store), QString());
        int progressCalls = 0;
        const CheckOutcome outcome = runJob(db, false, &progressCalls);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(int(outcome.anomalies.size()), 2);
        QCOMPARE(outcome.added, 2);
        QVERIFY(progressCalls > 0);
        const QList<AnomalyRecord> stored = AnomalyStore(db.store->database()).list();
        QCOMPARE(stored.size(), 2);
        for (const AnomalyRecord &r : stored)
            QCOMPARE(r.rule, QStringLiteral("mileage"));
        // Again: the same findings, none new.
        QCOMPARE(runJob(db).unchanged, 2);
    }

    void aCancelledCheckStoresNothing()
    {
        TestDb db;
        QCOMPARE(AnomalySample::fill(*db.store), QString());
        const CheckOutcome outcome = runJob(db, true);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.ok);
        QVERIFY(AnomalyStore(db.store->database()).list().isEmpty());
    }

    void theTableShowsFindingsWithNamesAndChangesStatusThroughTheStore()
    {
        TestDb db;
        QCOMPARE(AnomalySample::fill(*db.store), QString());
        AnomalyTableModel model(db.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(runJob(db).ok);
        db.store->announceChange(QStringLiteral("anomalies")); // what the page does after a check
        QCOMPARE(model.rowCount(), 2);
        const int row
            = model.index(0, AnomalyTableModel::PlateColumn).data() == QStringLiteral("苏F·A1001") ? 0 : 1;
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(AnomalyTableModel::UnitColumn), QStringLiteral("市政府办公室"));
        QCOMPARE(cell(AnomalyTableModel::DriverColumn), QStringLiteral("王建国 (D001)"));
        QCOMPARE(cell(AnomalyTableModel::DriverColumn, AnomalyTableModel::RawRole), QStringLiteral("D001"));
        QCOMPARE(cell(AnomalyTableModel::TimeColumn), QStringLiteral("2026-03-10 09:00"));
        QCOMPARE(cell(AnomalyTableModel::TimeColumn, AnomalyTableModel::RawRole), QStringLiteral("2026-03"));
        QCOMPARE(cell(AnomalyTableModel::RuleColumn, AnomalyTableModel::RawRole), QStringLiteral("mileage"));
        QCOMPARE(cell(AnomalyTableModel::StatusColumn, AnomalyTableModel::RawRole), QStringLiteral("new"));
        QVERIFY(cell(AnomalyTableModel::SummaryColumn).contains(QStringLiteral("/ 10 km")));

        const QString id = cell(0, AnomalyTableModel::IdRole);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(
            !model.setStatus(id, QStringLiteral("dismissed"), QStringLiteral("  "), QStringLiteral("审计"))
                 .isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.setStatus(
                     id, QStringLiteral("dismissed"), QStringLiteral("绕行经批准"), QStringLiteral("审计")),
            QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            cell(AnomalyTableModel::StatusColumn, AnomalyTableModel::RawRole), QStringLiteral("dismissed"));
        QCOMPARE(model.recordAt(row).reason, QStringLiteral("绕行经批准"));
        QSqlQuery log(db.store->database());
        QVERIFY(log.exec(QStringLiteral("SELECT user, changes FROM change_log WHERE kind = 'anomalies'")));
        QVERIFY(log.next());
        QCOMPARE(log.value(0).toString(), QStringLiteral("审计"));
        QVERIFY(log.value(1).toString().contains(QStringLiteral("dismissed")));

        AnomalyFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 2);
        filter.setColumnFilter(AnomalyTableModel::StatusColumn, AnomalyFilterModel::OpenStatus);
        QCOMPARE(filter.rowCount(), 1);
        filter.setColumnFilter(AnomalyTableModel::PlateColumn, QStringLiteral("苏F·A1001"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setColumnFilter(AnomalyTableModel::StatusColumn, QString());
        QCOMPARE(filter.rowCount(), 1);
        model.reload();
        QCOMPARE(filter.rowCount(), 1);
    }

    void theEvidenceIsSaidInWords()
    {
        AnomalyRecord r;
        r.rule = QStringLiteral("mileage");
        r.evidence = { { QStringLiteral("track_km"), 31.8123 }, { QStringLiteral("nav_km"), 20.1 },
            { QStringLiteral("ratio"), 31.8123 / 20.1 }, { QStringLiteral("threshold"), 1.5 },
            { QStringLiteral("fix_count"), 1 }, { QStringLiteral("dropped_fixes"), 3 },
            { QStringLiteral("max_speed_kmh"), 200.0 },
            { QStringLiteral("task_start"), QStringLiteral("2026-03-10T09:00:00+08:00") },
            { QStringLiteral("task_end"), QStringLiteral("2026-03-10T01:30:00Z") } };
        const QStringList lines = AnomalyText::evidence(r);
        QCOMPARE(lines.value(0), QStringLiteral("Track 31.8 km vs navigation 20.1 km, ratio 1.58 ≥ 1.5."));
        QCOMPARE(lines.value(1), QStringLiteral("Booked window 2026-03-10 09:00 – 2026-03-10 09:30."));
        // (Plural forms come from the translation files, which this suite does not load.)
        QVERIFY(lines.value(3).endsWith(QStringLiteral("dropped as jumps above 200 km/h.")));

        r.rule = QStringLiteral("destination");
        r.evidence = { { QStringLiteral("no_track"), false }, { QStringLiteral("min_distance_m"), 3210.0 },
            { QStringLiteral("threshold_m"), 2000.0 },
            { QStringLiteral("dest_name"), QStringLiteral("港闸区") }, { QStringLiteral("dest_lat"), 32.05 },
            { QStringLiteral("dest_lon"), 120.85 } };
        QCOMPARE(AnomalyText::evidence(r).value(0),
            QStringLiteral(
                "The track came no closer than 3.21 km to the destination 港闸区 (32.05, 120.85); the "
                "limit is 2 km."));
        QCOMPARE(AnomalyText::summary(r), QStringLiteral("Closest 3.21 km"));

        // Every rule has a name and says something even about evidence it cannot read.
        for (const QString &rule : checks::CheckRunner::ruleIds()) {
            AnomalyRecord empty;
            empty.rule = rule;
            QVERIFY(AnomalyText::ruleName(rule) != rule);
            QVERIFY(!AnomalyText::ruleDescription(rule).isEmpty());
            QVERIFY(!AnomalyText::evidence(empty).isEmpty());
        }
        QCOMPARE(AnomalyText::number(2.0), QStringLiteral("2"));
        QCOMPARE(AnomalyText::beijingTime(AnomalySample::ms("2026-03-31T23:59:00+08:00")),
            QStringLiteral("2026-03-31 23:59"));
    }

    void tasksShowTheirTrackedKmMeasuredInTheBackground()
    {
        TestDb db;
        QCOMPARE(AnomalySample::fill(*db.store), QString());
        RecordTableModel tasks(db.store.get(), QStringLiteral("tasks"));
        TaskMileageModel mileage(db.store.get(), &tasks, 1.5, 200);
        QAbstractItemModelTester tester(&mileage, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(mileage.columnCount(), tasks.columnCount() + 2);
        QCOMPARE(mileage.rowCount(), 2);
        const QModelIndex km = mileage.index(0, mileage.trackedColumn());
        QCOMPARE(km.data().toString(), QStringLiteral("…")); // asked for, not measured yet
        QTRY_VERIFY(!km.data(TaskMileageModel::KmRole).isNull());
        // 359 steps of 0.0009° of longitude at 32° N.
        QVERIFY(qAbs(km.data(TaskMileageModel::KmRole).toDouble()
                    - 359 * 0.0009 * 111.195 * std::cos(qDegreesToRadians(32.0)))
            < 0.2);
        QVERIFY(mileage.index(0, mileage.ratioColumn()).data().toString().contains(QStringLiteral("≥ 1.5")));
        // The task's own columns come through untouched.
        QCOMPARE(mileage.index(0, tasks.columnOf(QStringLiteral("code"))).data(),
            tasks.index(0, tasks.columnOf(QStringLiteral("code"))).data());
        QCOMPARE(mileage.headerData(mileage.trackedColumn(), Qt::Horizontal).toString(),
            QStringLiteral("Tracked km"));
    }
};

QTEST_GUILESS_MAIN(TestAnomalyModels)
#include "tst_anomalymodels.moc"
