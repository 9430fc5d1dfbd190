// CheckRunner: rule ids, selection, threads give the same answer, progress, cancellation; Anomaly's JSON.
#include "scenario.h"

#include <QtTest>

#include <atomic>

using namespace testing;

namespace {

// One finding each for location, destination, mileage, card_binding, card_usage and violations, on a few
// vehicles so that two threads really share the work.
Scenario mixed()
{
    Scenario s;
    s.fence(QStringLiteral("city"), squareAroundBase(3000));
    for (int v = 0; v < 6; ++v) {
        const QString plate = QStringLiteral("苏F·A000") + QString::number(v);
        s.vehicle(plate);
        s.fix(plate, bj(2026, 10, 2, 20, v), at(100.0 * v));
    }
    const QString a = QStringLiteral("苏F·A0000");
    s.fix(a, bj(2026, 10, 3, 22), at(8000)); // location
    s.task(QStringLiteral("T1"), a, QStringLiteral("D1"), bj(2026, 10, 5, 9), bj(2026, 10, 5, 12),
        at(0, 20000), 5.0); // destination (never near) and mileage (15 km >= 1.5 x 5)
    s.drive(a, bj(2026, 10, 5, 9), kBase, 0.0, 500, 30, 30);
    s.vehicle(QStringLiteral("苏F·R0001"), QStringLiteral("retired"));
    s.card(QStringLiteral("C9"), QStringLiteral("苏F·R0001")); // card_binding
    s.card(QStringLiteral("C1"), a);
    s.station(QStringLiteral("S1"), at(0, 9000));
    s.refuel(QStringLiteral("C1"), bj(2026, 10, 6, 15)); // card_usage: no track then
    s.violation(a, bj(2026, 10, 7));
    s.violation(a, bj(2026, 10, 8)); // violations
    return s;
}

QStringList keys(const std::vector<checks::Anomaly> &anomalies)
{
    QStringList out;
    for (const checks::Anomaly &a : anomalies)
        out.append(a.identityKey());
    return out;
}

} // namespace

class TestCheckRunner : public QObject
{
    Q_OBJECT

private slots:
    void ruleIdsAreTheContract()
    {
        const QStringList expected { QStringLiteral("location"), QStringLiteral("destination"),
            QStringLiteral("mileage"), QStringLiteral("fuel_consumption"), QStringLiteral("card_binding"),
            QStringLiteral("card_usage"), QStringLiteral("refuel_frequency"), QStringLiteral("violations") };
        QCOMPARE(checks::CheckRunner::ruleIds(), expected);
        for (const QString &id : expected)
            QCOMPARE(checks::CheckRunner::createRule(id)->id(), id);
        QVERIFY(!checks::CheckRunner::createRule(QStringLiteral("speeding")));
    }

    void allRulesInOrder()
    {
        const Scenario s = mixed();
        const checks::CheckContext context(s.data, s.tracks, s.window, s.thresholds);
        checks::CheckRunner runner;
        const auto result = runner.run(context);
        QVERIFY(!result.cancelled);
        QStringList rules;
        for (const auto &a : result.anomalies)
            rules.append(a.rule);
        const QStringList expected { QStringLiteral("location"), QStringLiteral("destination"),
            QStringLiteral("mileage"), QStringLiteral("card_binding"), QStringLiteral("card_usage"),
            QStringLiteral("violations") };
        QCOMPARE(rules, expected);
    }

    void selectionAndUnknownIds()
    {
        const Scenario s = mixed();
        const checks::CheckContext context(s.data, s.tracks, s.window, s.thresholds);
        checks::CheckRunner runner;
        const auto some = runner.run(context, { QStringLiteral("violations"), QStringLiteral("mileage") });
        QCOMPARE(some.anomalies.size(), std::size_t(2));
        QCOMPARE(some.anomalies[0].rule, QStringLiteral("mileage"));
        const auto bad = runner.run(context, { QStringLiteral("mileage"), QStringLiteral("nope") });
        QCOMPARE(bad.unknownRules, QStringList { QStringLiteral("nope") });
        QVERIFY(bad.anomalies.empty());
    }

    void threadsGiveTheSameAnswer()
    {
        const Scenario s = mixed();
        const checks::CheckContext context(s.data, s.tracks, s.window, s.thresholds);
        checks::CheckRunner one;
        one.setThreadCount(1);
        checks::CheckRunner two;
        two.setThreadCount(2);
        const QStringList single = keys(one.run(context).anomalies);
        QCOMPARE(single.size(), 6);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(keys(two.run(context).anomalies), single);
    }

    void progressReachesTotal()
    {
        const Scenario s = mixed();
        const checks::CheckContext context(s.data, s.tracks, s.window, s.thresholds);
        checks::CheckRunner runner;
        int calls = 0;
        int last = 0;
        int total = 0;
        bool increasing = true;
        runner.setProgressCallback([&](int done, int all) {
            increasing = increasing && done == last + 1;
            last = done;
            total = all;
            ++calls;
        });
        runner.run(context);
        QVERIFY(increasing);
        QCOMPARE(total, int(context.plates().size()) + 1);
        QCOMPARE(last, total);
        QCOMPARE(calls, total);
    }

    void cancellation()
    {
        const Scenario s = mixed();
        const checks::CheckContext context(s.data, s.tracks, s.window, s.thresholds);
        std::atomic<bool> cancel { false };
        checks::CheckRunner runner;
        runner.setCancelFlag(&cancel);
        // Cancel from the progress callback after the first vehicle.
        runner.setProgressCallback([&](int done, int) {
            if (done == 1)
                cancel = true;
        });
        const auto result = runner.run(context);
        QVERIFY(result.cancelled);
        QVERIFY(result.anomalies.size() < 6);
    }

    void anomalyJsonAndKey()
    {
        checks::Anomaly a;
        a.rule = QStringLiteral("mileage");
        a.plate = QStringLiteral("苏F·A0001");
        a.taskCode = QStringLiteral("T1");
        a.driverCode = QStringLiteral("D1");
        a.startMs = bj(2026, 10, 8, 9, 30);
        a.endMs = bj(2026, 10, 8, 11);
        a.evidence.insert(QStringLiteral("ratio"), 1.6);
        const QJsonObject o = a.toJson();
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("mileage"));
        QCOMPARE(o.value(QStringLiteral("start")).toString(), QStringLiteral("2026-10-08T09:30:00+08:00"));
        QCOMPARE(o.value(QStringLiteral("end")).toString(), QStringLiteral("2026-10-08T11:00:00+08:00"));
        QCOMPARE(o.value(QStringLiteral("task_code")).toString(), QStringLiteral("T1"));
        QVERIFY(!o.contains(QStringLiteral("card_no")));
        QCOMPARE(
            o.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("ratio")).toDouble(), 1.6);

        checks::Anomaly later = a;
        later.evidence.insert(QStringLiteral("ratio"), 1.7); // a re-run with more fixes: same finding
        QCOMPARE(later.identityKey(), a.identityKey());
        later.startMs += 1;
        QVERIFY(later.identityKey() != a.identityKey());

        checks::Anomaly binding;
        binding.rule = QStringLiteral("card_binding");
        binding.cardNo = QStringLiteral("C9");
        checks::Anomaly otherWindow = binding;
        otherWindow.startMs = bj(2026, 11, 1);
        QCOMPARE(otherWindow.identityKey(), binding.identityKey());
    }
};

QTEST_APPLESS_MAIN(TestCheckRunner)
#include "tst_checkrunner.moc"
