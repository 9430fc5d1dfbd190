// The demo month through the real checks: each DESIGN §5 rule fires on its deliberate case and on nothing
// else, and the rest of the month looks like driving (speeds, mileage, fuel), so the demo shows what the
// product finds rather than noise.
#include "base/timeparse.h"
#include "checks/checkrunner.h"
#include "demo/demodata.h"
#include "domain/bookingrules.h"
#include "domain/checkservice.h"
#include "maps/geo/greatcircle.h"
#include "store/positionstore.h"
#include "support/testdb.h"

#include <QJsonObject>
#include <map>

class TestDemoChecks : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_db;
    demo::Cases m_cases;
    std::vector<checks::Anomaly> m_found;

    static qint64 at(const char *text) { return *TimeParse::parseMs(QString::fromLatin1(text)); }

    std::vector<const checks::Anomaly *> found(const QString &rule) const
    {
        std::vector<const checks::Anomaly *> list;
        for (const checks::Anomaly &a : m_found) {
            if (a.rule == rule)
                list.push_back(&a);
        }
        return list;
    }
    static QString describe(const std::vector<const checks::Anomaly *> &list)
    {
        QStringList parts;
        for (const checks::Anomaly *a : list)
            parts << a->plate + QLatin1Char('/') + a->taskCode + QLatin1Char('/') + a->cardNo
                    + QLatin1Char('/') + a->driverCode;
        return parts.join(QStringLiteral(", "));
    }
    QString vehicleId(const QString &plate) const
    {
        return m_db->store->findByKey(QStringLiteral("vehicles"), plate)->id;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDb>();
        DemoData demo(*m_db->store);
        DemoSummary s;
        QVERIFY2(demo.fill(&s, DemoData::Scope::FleetAndOperations), qPrintable(demo.errorString()));
        m_cases = demo.cases();
        qInfo("demo: %d tasks, %d refuels, %d violations, %d maintenance, %lld fixes", s.tasks, s.refuels,
            s.violations, s.maintenance, s.fixes);
        CheckRequest request;
        request.fromMs = at("2026-10-01T00:00:00+08:00");
        request.toMs = at("2026-11-01T00:00:00+08:00");
        request.nowMs = at("2026-11-15T09:00:00+08:00");
        request.keepFindings = false;
        CheckService service(*m_db->store, m_db->path());
        CheckOutcome outcome = service.run(request, QStringLiteral("test"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        m_found = std::move(outcome.anomalies);
    }

    void everyRuleFires()
    {
        for (const QString &rule : checks::CheckRunner::ruleIds())
            QVERIFY2(!found(rule).empty(), qPrintable(rule));
    }

    void locationCase()
    {
        const auto list = found(QStringLiteral("location"));
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list[0]->plate, m_cases.locationPlate);
        // Suzhou, south of the Yangtze: outside the city fence, which applies to every car.
        QVERIFY(list[0]->evidence.value(QStringLiteral("first_lat")).toDouble() < 31.7);
        QVERIFY(list[0]->evidence.value(QStringLiteral("fix_count")).toInt() > 10);
    }

    void destinationCases()
    {
        const auto list = found(QStringLiteral("destination"));
        QCOMPARE(list.size(), size_t(2));
        std::map<QString, const checks::Anomaly *> byTask;
        for (const checks::Anomaly *a : list)
            byTask[a->taskCode] = a;
        QVERIFY2(byTask.count(m_cases.destinationTask), qPrintable(describe(list)));
        const QJsonObject far = byTask[m_cases.destinationTask]->evidence;
        QCOMPARE(far.value(QStringLiteral("no_track")).toBool(), false);
        QVERIFY(far.value(QStringLiteral("min_distance_m")).toDouble() > 20000.0); // 海门 is ~45 km from 启东
        QVERIFY2(byTask.count(m_cases.noTrackTask), qPrintable(describe(list)));
        QCOMPARE(byTask[m_cases.noTrackTask]->evidence.value(QStringLiteral("no_track")).toBool(), true);
    }

    void mileageCase()
    {
        const auto list = found(QStringLiteral("mileage"));
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list[0]->taskCode, m_cases.mileageTask);
        QVERIFY(list[0]->evidence.value(QStringLiteral("ratio")).toDouble() >= 1.5);
    }

    void fuelConsumptionCase()
    {
        const auto list = found(QStringLiteral("fuel_consumption"));
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list[0]->driverCode, m_cases.fuelDriver);
        QCOMPARE(list[0]->plate, m_cases.fuelPlate);
        const QJsonObject e = list[0]->evidence;
        QVERIFY(e.value(QStringLiteral("ratio")).toDouble() >= 1.15);
        QVERIFY(e.value(QStringLiteral("km")).toDouble() >= 100.0);
        QVERIFY(e.value(QStringLiteral("baseline_km")).toDouble() >= 100.0);
        qInfo("fuel case: %.2f L/100 km against %.2f (ratio %.3f)",
            e.value(QStringLiteral("litres_per_100km")).toDouble(),
            e.value(QStringLiteral("baseline")).toDouble(), e.value(QStringLiteral("ratio")).toDouble());
    }

    void cardBindingCases()
    {
        const auto list = found(QStringLiteral("card_binding"));
        QCOMPARE(list.size(), size_t(2));
        std::map<QString, QString> reasonOf;
        for (const checks::Anomaly *a : list)
            reasonOf[a->cardNo] = a->evidence.value(QStringLiteral("reason")).toString();
        QCOMPARE(reasonOf[m_cases.unregisteredCard], QStringLiteral("not_registered"));
        QCOMPARE(reasonOf[m_cases.retiredCard], QStringLiteral("retired"));
    }

    void cardUsageCases()
    {
        // The deliberate one (the card used in the city while its car stood in 如皋), and the private car's
        // card, which has no track at all because that car is not in the registry.
        const auto list = found(QStringLiteral("card_usage"));
        QCOMPARE(list.size(), size_t(2));
        std::map<QString, const checks::Anomaly *> byCard;
        for (const checks::Anomaly *a : list)
            byCard[a->cardNo] = a;
        QVERIFY2(byCard.count(m_cases.cardUsageCard), qPrintable(describe(list)));
        const checks::Anomaly *a = byCard[m_cases.cardUsageCard];
        QCOMPARE(a->plate, m_cases.cardUsagePlate);
        QCOMPARE(a->evidence.value(QStringLiteral("no_track")).toBool(), false);
        QVERIFY(a->evidence.value(QStringLiteral("min_distance_m")).toDouble() > 10000.0);
        QVERIFY2(byCard.count(m_cases.unregisteredCard), qPrintable(describe(list)));
        QCOMPARE(byCard[m_cases.unregisteredCard]->evidence.value(QStringLiteral("no_track")).toBool(), true);
    }

    void refuelFrequencyCase()
    {
        const auto list = found(QStringLiteral("refuel_frequency"));
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list[0]->cardNo, m_cases.frequencyCard);
        QCOMPARE(list[0]->plate, m_cases.frequencyPlate);
        QCOMPARE(list[0]->evidence.value(QStringLiteral("refuel_count")).toInt(), 2);
    }

    void violationsCase()
    {
        const auto list = found(QStringLiteral("violations"));
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list[0]->plate, m_cases.violationsPlate);
        QCOMPARE(list[0]->evidence.value(QStringLiteral("count")).toInt(), 2);
    }

    void mostTasksAreClean()
    {
        int october = 0;
        for (const Record &t : m_db->store->records(QStringLiteral("tasks")))
            october += t.text(QStringLiteral("start_at")) >= QStringLiteral("2026-09-30T16:00:00");
        QSet<QString> flagged;
        for (const checks::Anomaly &a : m_found) {
            if (a.rule == QStringLiteral("destination") || a.rule == QStringLiteral("mileage"))
                flagged.insert(a.taskCode);
        }
        QVERIFY(october >= 500);
        qInfo("%d October tasks, %lld flagged", october, qint64(flagged.size()));
        QVERIFY(october - flagged.size() >= 0.9 * october);
    }

    // What dispatch refuses never happens in the demo: no car and no driver in two places, and every driver
    // licensed for the seats of the car he drives.
    void bookingsDispatchWouldAccept()
    {
        for (const Record &t : m_db->store->records(QStringLiteral("tasks"))) {
            const Record car
                = *m_db->store->record(QStringLiteral("vehicles"), t.text(QStringLiteral("vehicle_id")));
            const Record driver
                = *m_db->store->record(QStringLiteral("drivers"), t.text(QStringLiteral("driver_id")));
            QVERIFY(driver.text(QStringLiteral("status")) != QStringLiteral("inactive"));
            QVERIFY2(BookingRules::licenceCovers(driver.text(QStringLiteral("license_class")),
                         BookingRules::licenceNeededFor(car.value(QStringLiteral("seats")).toInt())),
                qPrintable(t.text(QStringLiteral("code"))));
        }
        for (const QString &field : { QStringLiteral("vehicle_id"), QStringLiteral("driver_id") }) {
            QHash<QString, QList<QPair<QString, QString>>> windows;
            for (const Record &t : m_db->store->records(QStringLiteral("tasks")))
                windows[t.text(field)]
                    << qMakePair(t.text(QStringLiteral("start_at")), t.text(QStringLiteral("end_at")));
            for (auto it = windows.begin(); it != windows.end(); ++it) {
                std::sort(it->begin(), it->end());
                for (qsizetype i = 1; i < it->size(); ++i)
                    QVERIFY2(it->at(i).first > it->at(i - 1).second,
                        qPrintable(field + QLatin1Char(' ') + it->at(i).first));
            }
        }
    }

    // Every task track of the four months: 10 s apart while moving, believable speeds, inside Nantong, and
    // about as long as its navigation km; and every car's fuel about 8–10 litres per 100 km.
    void tracksAndFuelLookLikeDriving()
    {
        PositionStore positions(m_db->db.connection());
        QHash<QString, QString> plateOf;
        for (const Record &v : m_db->store->records(QStringLiteral("vehicles")))
            plateOf.insert(v.id, v.text(QStringLiteral("plate")));
        const QSet<QString> deliberate { m_cases.destinationTask, m_cases.noTrackTask, m_cases.mileageTask };
        double minRatio = 10.0, maxRatio = 0.0;
        int tracked = 0;
        for (const Record &t : m_db->store->records(QStringLiteral("tasks"))) {
            const QString code = t.text(QStringLiteral("code"));
            const qint64 from = *TimeParse::parseMs(t.text(QStringLiteral("start_at")));
            const qint64 to = *TimeParse::parseMs(t.text(QStringLiteral("end_at")));
            const std::vector<PositionFix> fixes
                = positions.fixes(t.text(QStringLiteral("vehicle_id")), from, to + 1);
            if (code == m_cases.noTrackTask) {
                QVERIFY(fixes.empty());
                continue;
            }
            QVERIFY2(fixes.size() >= 20, qPrintable(code));
            double km = 0.0;
            for (size_t i = 1; i < fixes.size(); ++i) {
                const geo::LatLon a { fixes[i - 1].lat, fixes[i - 1].lon }, b { fixes[i].lat, fixes[i].lon };
                const double stepM = geo::distanceM(a, b);
                const double seconds = (fixes[i].timeMs - fixes[i - 1].timeMs) / 1000.0;
                QVERIFY2(seconds > 0 && stepM / seconds * 3.6 <= 100.0, qPrintable(code));
                if (fixes[i].speedKmh > 0)
                    QVERIFY2(seconds <= 10.0 && fixes[i].speedKmh >= 30 && fixes[i].speedKmh <= 90,
                        qPrintable(code));
                QVERIFY2(
                    b.lat > 31.68 && b.lat < 32.72 && b.lon > 120.20 && b.lon < 121.92, qPrintable(code));
                km += stepM / 1000.0;
            }
            ++tracked;
            if (deliberate.contains(code))
                continue;
            const double ratio = km / t.value(QStringLiteral("nav_km")).toDouble();
            minRatio = std::min(minRatio, ratio);
            maxRatio = std::max(maxRatio, ratio);
        }
        qInfo("%d tracked tasks, track km / nav km from %.2f to %.2f", tracked, minRatio, maxRatio);
        QVERIFY(minRatio >= 0.7);
        QVERIFY(maxRatio <= 1.3);

        // Full-tank method per card: litres after the first fill over all km driven between first and last.
        QHash<QString, QList<Record>> refuelsOf;
        for (const Record &r : m_db->store->records(QStringLiteral("refuels")))
            refuelsOf[r.text(QStringLiteral("card_id"))] << r;
        int cars = 0;
        for (const Record &card : m_db->store->records(QStringLiteral("cards"))) {
            const QString plate = card.text(QStringLiteral("plate"));
            QList<Record> refuels = refuelsOf.value(card.id);
            if (refuels.size() < 3 || plate == m_cases.fuelPlate || plate == m_cases.frequencyPlate)
                continue;
            std::sort(refuels.begin(), refuels.end(), [](const Record &a, const Record &b) {
                return a.text(QStringLiteral("time")) < b.text(QStringLiteral("time"));
            });
            double litres = 0.0;
            for (qsizetype i = 1; i < refuels.size(); ++i)
                litres += refuels.at(i).value(QStringLiteral("litres")).toDouble();
            const std::vector<PositionFix> fixes = positions.fixes(vehicleId(plate),
                *TimeParse::parseMs(refuels.first().text(QStringLiteral("time"))),
                *TimeParse::parseMs(refuels.last().text(QStringLiteral("time"))) + 1);
            double km = 0.0;
            for (size_t i = 1; i < fixes.size(); ++i)
                km += geo::distanceM({ fixes[i - 1].lat, fixes[i - 1].lon }, { fixes[i].lat, fixes[i].lon })
                    / 1000.0;
            const double rate = litres / km * 100.0;
            QVERIFY2(rate >= 7.5 && rate <= 10.5,
                qPrintable(QStringLiteral("%1: %2 L/100 km").arg(plate).arg(rate)));
            ++cars;
        }
        QVERIFY(cars >= 40);
    }
};

QTEST_GUILESS_MAIN(TestDemoChecks)
#include "tst_demochecks.moc"
