#include "demodata.h"
#include "testdb.h"

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
        // Stations lie around Nantong (32.0 N, 120.9 E).
        for (const Record &st : t.store->records(QStringLiteral("stations"))) {
            QVERIFY(qAbs(st.value(QStringLiteral("lat")).toDouble() - 32.0) < 0.5);
            QVERIFY(qAbs(st.value(QStringLiteral("lon")).toDouble() - 120.9) < 0.8);
        }
    }

    void deterministicAndIdempotent()
    {
        TestDb a, b;
        QVERIFY(DemoData(*a.store).fill());
        QVERIFY(DemoData(*b.store).fill());
        for (const QString &kind : { QStringLiteral("units"), QStringLiteral("vehicles"), QStringLiteral("drivers"), QStringLiteral("cards") }) {
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

    void containsTheCardBindingCases()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        int outsideRegistry = 0, retired = 0;
        for (const Record &card : t.store->records(QStringLiteral("cards"))) {
            const std::optional<Record> car = t.store->findByKey(QStringLiteral("vehicles"), card.text(QStringLiteral("plate")));
            outsideRegistry += !car;
            retired += car && car->text(QStringLiteral("status")) == QStringLiteral("retired");
        }
        QCOMPARE(outsideRegistry, 1);
        QCOMPARE(retired, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
