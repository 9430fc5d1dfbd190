#include "store/anomalystore.h"
#include "support/testdb.h"

class TestAnomalyStore : public QObject
{
    Q_OBJECT

    static checks::Anomaly finding(const QString &task, double ratio)
    {
        checks::Anomaly a;
        a.rule = QStringLiteral("mileage");
        a.plate = QStringLiteral("苏F·A1000");
        a.taskCode = task;
        a.driverCode = QStringLiteral("D001");
        a.startMs = 1791421200000;
        a.endMs = 1791428400000;
        a.evidence = { { QStringLiteral("ratio"), ratio } };
        return a;
    }

private slots:
    void rerunsUpdateFiguresButKeepTheAuditorsDecision()
    {
        TestDb t;
        AnomalyStore store(t.db.connection());
        AnomalyStore::SaveStats first
            = store.save({ finding(QStringLiteral("T1"), 1.6), finding(QStringLiteral("T2"), 1.7) },
                QStringLiteral("cli"));
        QVERIFY(first.ok);
        QCOMPARE(first.added, 2);
        const QString id = store.list().first().id;
        QCOMPARE(store.setStatus(id, QStringLiteral("dismissed"), QString(), QStringLiteral("审计")),
            QStringLiteral("dismissing a finding needs a reason"));
        QVERIFY(store
                    .setStatus(id, QStringLiteral("dismissed"), QStringLiteral("绕行施工路段，有证明"),
                        QStringLiteral("审计"))
                    .isEmpty());

        const AnomalyStore::SaveStats second
            = store.save({ finding(QStringLiteral("T1"), 1.65), finding(QStringLiteral("T2"), 1.7) },
                QStringLiteral("cli"));
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.unchanged, 1);
        QCOMPARE(store.list().size(), 2);
        const AnomalyRecord t1 = *store.find(id);
        QCOMPARE(t1.status, QStringLiteral("dismissed"));
        QCOMPARE(t1.reason, QStringLiteral("绕行施工路段，有证明"));
        QCOMPARE(t1.evidence.value(QStringLiteral("ratio")).toDouble(), 1.65);
        // The decision is in the change log, with who made it.
        const QList<ChangeEntry> log = t.store->history(QStringLiteral("anomalies"), id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().user, QStringLiteral("审计"));
    }

    void filters()
    {
        TestDb t;
        AnomalyStore store(t.db.connection());
        checks::Anomaly other = finding(QStringLiteral("T3"), 2.0);
        other.rule = QStringLiteral("destination");
        QVERIFY(store.save({ finding(QStringLiteral("T1"), 1.6), other }, {}).ok);
        AnomalyStore::Filter f;
        f.rule = QStringLiteral("destination");
        QCOMPARE(store.list(f).size(), 1);
        f = {};
        f.status = QStringLiteral("new");
        QCOMPARE(store.list(f).size(), 2);
        f.fromMs = 1791428400001; // after both end
        QCOMPARE(store.list(f).size(), 0);
        QVERIFY(!store.setStatus(store.list().first().id, QStringLiteral("closed"), {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnomalyStore)
#include "tst_anomalystore.moc"
