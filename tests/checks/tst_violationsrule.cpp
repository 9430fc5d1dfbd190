// §5 `violations`: 2+ violations of one vehicle in one Beijing calendar month.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");
const QString kRule = QStringLiteral("violations");

} // namespace

class TestViolationsRule : public QObject
{
    Q_OBJECT

private slots:
    void twoInAMonthFires()
    {
        Scenario s;
        s.vehicle(kPlate);
        s.violation(kPlate, bj(2026, 10, 3, 10));
        s.violation(kPlate, bj(2026, 10, 20, 18));
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].evidence.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(found[0].evidence.value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));
        QCOMPARE(found[0].startMs, bj(2026, 10, 1));
        QCOMPARE(found[0].endMs, bj(2026, 11, 1));
        QCOMPARE(found[0].driverCode, QStringLiteral("D1"));
    }

    void oneIsFine()
    {
        Scenario s;
        s.vehicle(kPlate);
        s.violation(kPlate, bj(2026, 10, 3, 10));
        s.violation(QStringLiteral("苏F·B0002"), bj(2026, 10, 4, 10));
        QVERIFY(s.run(kRule).empty());
    }

    void beijingCalendarMonths()
    {
        // 30 Sep 23:30 and 1 Oct 00:30 Beijing are the same UTC day but different Beijing months.
        Scenario s;
        s.vehicle(kPlate);
        s.window.fromMs = bj(2026, 9, 1);
        s.violation(kPlate, bj(2026, 9, 30, 23, 30));
        s.violation(kPlate, bj(2026, 10, 1, 0, 30));
        QVERIFY(s.run(kRule).empty());
    }

    void wholeMonthOverlappingTheWindow()
    {
        // The window is a few days; the month's other violations count too.
        Scenario s;
        s.vehicle(kPlate);
        s.window.fromMs = bj(2026, 10, 20);
        s.window.toMs = bj(2026, 10, 25);
        s.violation(kPlate, bj(2026, 10, 3, 10));
        s.violation(kPlate, bj(2026, 10, 28, 10), QStringLiteral("D2"));
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(found[0].driverCode.isEmpty()); // two drivers: the vehicle's anomaly, no single driver
        s.window.toMs = bj(2026, 12, 1); // now November too, which has none
        QCOMPARE(s.run(kRule).size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestViolationsRule)
#include "tst_violationsrule.moc"
