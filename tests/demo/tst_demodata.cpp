#include "base/timeparse.h"
#include "demo/demodata.h"
#include "store/positionstore.h"
#include "support/testdb.h"

#include <QSqlQuery>

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void cityFleetLikeNantong()
    {
        TestDb t;
        DemoData demo(*t.store);
        DemoSummary s;
        QVERIFY2(demo.fill(&s), qPrintable(demo.errorString()));
        QVERIFY(s.units >= 85 && s.units <= 95);
        int emergency = 0, enforcement = 0;
        for (const Record &v : t.store->records(QStringLiteral("vehicles"))) {
            emergency += v.text(QStringLiteral("category")) == QStringLiteral("emergency");
            enforcement += v.text(QStringLiteral("category")) == QStringLiteral("enforcement");
        }
        QCOMPARE(emergency, 45);
        QCOMPARE(enforcement, 19);
        QVERIFY(t.store->count(QStringLiteral("drivers")) >= 64);
        QVERIFY(t.store->count(QStringLiteral("stations")) >= 3);
        QVERIFY(t.store->count(QStringLiteral("fences")) >= 1);
        // The fleet alone, by default: other tests add their own tasks and fixes on top of it.
        QCOMPARE(t.store->count(QStringLiteral("tasks")), 0);
        QCOMPARE(PositionStore(t.db.connection()).fixCount(), qint64(0));
        // Stations lie around Nantong (32.0 N, 120.9 E).
        for (const Record &st : t.store->records(QStringLiteral("stations"))) {
            QVERIFY(qAbs(st.value(QStringLiteral("lat")).toDouble() - 32.0) < 0.5);
            QVERIFY(qAbs(st.value(QStringLiteral("lon")).toDouble() - 120.9) < 0.8);
        }
    }

    // A fill refused midway (here: the fences, after units, cars, drivers and cards) leaves nothing behind:
    // the whole fill is one write scope.
    void refusedMidwayStoresNothing()
    {
        TestDb t;
        QSqlQuery q(t.db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_fences BEFORE INSERT ON fences "
                                      "BEGIN SELECT RAISE(ABORT, 'no fences today'); END")));
        DemoData demo(*t.store);
        DemoSummary s;
        QVERIFY(!demo.fill(&s, DemoData::Scope::FleetAndOperations));
        QVERIFY2(
            demo.errorString().contains(QStringLiteral("no fences today")), qPrintable(demo.errorString()));
        for (const QString &kind : { QStringLiteral("units"), QStringLiteral("vehicles"),
                 QStringLiteral("drivers"), QStringLiteral("cards"), QStringLiteral("stations") })
            QCOMPARE(t.store->count(kind), 0);
        QCOMPARE(s.changed, 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void deterministicAndIdempotent()
    {
        TestDb a, b;
        QVERIFY(DemoData(*a.store).fill());
        QVERIFY(DemoData(*b.store).fill());
        for (const QString &kind : { QStringLiteral("units"), QStringLiteral("vehicles"),
                 QStringLiteral("drivers"), QStringLiteral("cards") }) {
            const QList<Record> ra = a.store->records(kind), rb = b.store->records(kind);
            QCOMPARE(ra.size(), rb.size());
            for (int i = 0; i < ra.size(); ++i) {
                QCOMPARE(ra.at(i).id, rb.at(i).id);
                QCOMPARE(ra.at(i).values, rb.at(i).values);
            }
        }
        DemoSummary again;
        QVERIFY(DemoData(*a.store).fill(&again));
        QCOMPARE(again.changed, 0);
    }

    // The month of operations: the same on every run and machine, and a second run over a filled file
    // changes no record and no fix.
    void operationsDeterministicAndIdempotent()
    {
        TestDb a, b;
        DemoSummary first;
        QVERIFY(DemoData(*a.store).fill(&first, DemoData::Scope::FleetAndOperations));
        QVERIFY(DemoData(*b.store).fill(nullptr, DemoData::Scope::FleetAndOperations));
        QVERIFY(first.tasks >= 1000);
        QVERIFY(first.refuels >= 100);
        QVERIFY(first.violations >= 5);
        QVERIFY(first.maintenance >= 5);
        QVERIFY(first.fixes >= 100000);
        QCOMPARE(first.fixesChanged, first.fixes);
        for (const QString &kind : { QStringLiteral("tasks"), QStringLiteral("refuels"),
                 QStringLiteral("violations"), QStringLiteral("maintenance") }) {
            const QList<Record> ra = a.store->records(kind), rb = b.store->records(kind);
            QCOMPARE(ra.size(), rb.size());
            for (int i = 0; i < ra.size(); ++i) {
                QCOMPARE(ra.at(i).id, rb.at(i).id);
                if (kind == QStringLiteral("tasks"))
                    QCOMPARE(ra.at(i).id, DemoData::idFor(kind, ra.at(i).text(QStringLiteral("code"))));
                QCOMPARE(ra.at(i).values, rb.at(i).values);
            }
        }
        PositionStore pa(a.db.connection()), pb(b.db.connection());
        QCOMPARE(pa.fixCount(), first.fixes);
        QCOMPARE(pb.fixCount(), first.fixes);
        const qint64 from = *TimeParse::parseMs(QStringLiteral("2026-07-01 00:00")),
                     to = *TimeParse::parseMs(QStringLiteral("2026-11-01 00:00"));
        for (const Record &v : a.store->records(QStringLiteral("vehicles"))) {
            const std::vector<PositionFix> fa = pa.fixes(v.id, from, to), fb = pb.fixes(v.id, from, to);
            QCOMPARE(fa.size(), fb.size());
            // One check per vehicle: a QCOMPARE per fix would dominate the test's time.
            const bool same = std::equal(
                fa.begin(), fa.end(), fb.begin(), [](const PositionFix &x, const PositionFix &y) {
                    return x.timeMs == y.timeMs && x.lat == y.lat && x.lon == y.lon
                        && x.speedKmh == y.speedKmh;
                });
            QVERIFY2(same, qPrintable(v.text(QStringLiteral("plate"))));
        }

        DemoSummary again;
        QVERIFY(DemoData(*a.store).fill(&again, DemoData::Scope::FleetAndOperations));
        QCOMPARE(again.changed, 0);
        QCOMPARE(again.fixes, first.fixes);
        QCOMPARE(again.fixesChanged, qint64(0));
        QCOMPARE(pa.fixCount(), first.fixes);
    }

    void containsTheCardBindingCases()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        int outsideRegistry = 0, retired = 0;
        for (const Record &card : t.store->records(QStringLiteral("cards"))) {
            const std::optional<Record> car
                = t.store->findByKey(QStringLiteral("vehicles"), card.text(QStringLiteral("plate")));
            outsideRegistry += !car;
            retired += car && car->text(QStringLiteral("status")) == QStringLiteral("retired");
        }
        QCOMPARE(outsideRegistry, 1);
        QCOMPARE(retired, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
