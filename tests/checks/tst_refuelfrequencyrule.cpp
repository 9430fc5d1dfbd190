// §5 `refuel_frequency`: 2+ refuels with one card strictly between one task's end and the next task's start.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");
const QString kRule = QStringLiteral("refuel_frequency");

// Tasks 08:00–10:00 and 14:00–16:00 on 5 Oct; card C1 bound to the vehicle.
Scenario withTwoTasks()
{
    Scenario s;
    s.vehicle(kPlate);
    s.card(QStringLiteral("C1"), kPlate);
    s.station(QStringLiteral("S1"), kBase);
    s.task(QStringLiteral("T1"), kPlate, QStringLiteral("D1"), bj(2026, 10, 5, 8), bj(2026, 10, 5, 10));
    s.task(QStringLiteral("T2"), kPlate, QStringLiteral("D2"), bj(2026, 10, 5, 14), bj(2026, 10, 5, 16));
    return s;
}

} // namespace

class TestRefuelFrequencyRule : public QObject
{
    Q_OBJECT

private slots:
    void twoBetweenTasksFires()
    {
        Scenario s = withTwoTasks();
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 11));
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 13));
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].cardNo, QStringLiteral("C1"));
        QCOMPARE(found[0].evidence.value(QStringLiteral("refuel_count")).toInt(), 2);
        QCOMPARE(found[0].evidence.value(QStringLiteral("prev_task_code")).toString(), QStringLiteral("T1"));
        QCOMPARE(found[0].evidence.value(QStringLiteral("next_task_code")).toString(), QStringLiteral("T2"));
        QCOMPARE(found[0].startMs, bj(2026, 10, 5, 11));
        QCOMPARE(found[0].endMs, bj(2026, 10, 5, 13));
    }

    void oneIsFine()
    {
        Scenario s = withTwoTasks();
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 11));
        QVERIFY(s.run(kRule).empty());
    }

    void strictlyBetween()
    {
        // At the first task's end or the next one's start is not between them.
        Scenario s = withTwoTasks();
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 10));
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 12));
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 14));
        QVERIFY(s.run(kRule).empty());
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 10) + 1);
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
    }

    void duringTasksDoesNotCount()
    {
        Scenario s = withTwoTasks();
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 9));
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 15));
        QVERIFY(s.run(kRule).empty());
    }

    void perCard()
    {
        Scenario s = withTwoTasks();
        s.card(QStringLiteral("C2"), kPlate);
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 11));
        s.refuel(QStringLiteral("C2"), bj(2026, 10, 5, 12));
        QVERIFY(s.run(kRule).empty());
    }

    void afterTheLastTaskThereIsNoNextTask()
    {
        Scenario s = withTwoTasks();
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 17));
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 18));
        QVERIFY(s.run(kRule).empty());
        // Once the next task is booked, the same refuels are between two tasks.
        s.task(QStringLiteral("T3"), kPlate, QStringLiteral("D1"), bj(2026, 10, 6, 8), bj(2026, 10, 6, 9));
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
    }

    void onlyRefuelsInTheWindow()
    {
        Scenario s = withTwoTasks();
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 11));
        s.refuel(QStringLiteral("C1"), bj(2026, 10, 5, 13));
        s.window.toMs = bj(2026, 10, 5, 13);
        QVERIFY(s.run(kRule).empty());
    }
};

QTEST_APPLESS_MAIN(TestRefuelFrequencyRule)
#include "tst_refuelfrequencyrule.moc"
