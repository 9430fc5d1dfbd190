// Beijing calendar arithmetic against QDateTime with a fixed +08:00 offset.
#include "base/beijingtime.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace checks;

namespace {

qint64 reference(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

} // namespace

class TestBeijingTime : public QObject
{
    Q_OBJECT

private slots:
    void midnights()
    {
        QCOMPARE(beijingMidnightMs(2026, 10, 8), reference(2026, 10, 8));
        QCOMPARE(beijingMidnightMs(2024, 2, 29), reference(2024, 2, 29));
        QCOMPARE(beijingMidnightMs(1970, 1, 1), qint64(-8 * 3600 * 1000));
        QCOMPARE(beijingMidnightMs(1969, 12, 31), reference(1969, 12, 31));
    }

    void monthBoundaryIsBeijingMidnight()
    {
        // 2026-10-01 00:00 Beijing is 2026-09-30 16:00 UTC.
        const qint64 start = reference(2026, 10, 1);
        QCOMPARE(beijingMonthOf(start), (YearMonth { 2026, 10 }));
        QCOMPARE(beijingMonthOf(start - 1), (YearMonth { 2026, 9 }));
        QCOMPARE(beijingMonthStartMs({ 2026, 10 }), start);
        QCOMPARE(beijingMonthEndMs({ 2026, 12 }), reference(2027, 1, 1));
    }

    void monthArithmetic()
    {
        QCOMPARE((YearMonth { 2026, 1 }).addMonths(-1), (YearMonth { 2025, 12 }));
        QCOMPARE((YearMonth { 2026, 1 }).addMonths(-13), (YearMonth { 2024, 12 }));
        QCOMPARE((YearMonth { 2026, 11 }).addMonths(3), (YearMonth { 2027, 2 }));
        QCOMPARE((YearMonth { 2026, 3 }).toString(), QStringLiteral("2026-03"));
    }

    void monthsOverlapping()
    {
        const auto two = beijingMonthsOverlapping(reference(2026, 10, 15), reference(2026, 12, 1));
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two[0], (YearMonth { 2026, 10 }));
        QCOMPARE(two[1], (YearMonth { 2026, 11 }));
        QVERIFY(beijingMonthsOverlapping(reference(2026, 10, 1), reference(2026, 10, 1)).empty());
        const auto one = beijingMonthsOverlapping(reference(2026, 10, 1), reference(2026, 10, 1) + 1);
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(
            beijingMonthsOverlapping(reference(2025, 11, 30), reference(2026, 2, 1)).size(), std::size_t(3));
    }

    void isoFormat()
    {
        QCOMPARE(beijingIso(reference(2026, 10, 8, 9, 30)), QStringLiteral("2026-10-08T09:30:00+08:00"));
        QCOMPARE(beijingIso(reference(2026, 10, 8, 23, 59, 59, 250)),
            QStringLiteral("2026-10-08T23:59:59.250+08:00"));
        QCOMPARE(beijingIso(-1), QStringLiteral("1970-01-01T07:59:59.999+08:00"));
    }
};

QTEST_APPLESS_MAIN(TestBeijingTime)
#include "tst_beijingtime.moc"
