// Settlement of a month: which trips (returned in the Beijing month), their agency, storing the prices
// (settle --apply, once), and the dispatcher's adjustment with its reason in the history.
#include "base/appsettings.h"
#include "domain/settlement.h"
#include "store/recordkinds.h"
#include "support/booksample.h"

#include <QJsonArray>

class TestSettlement : public QObject
{
    Q_OBJECT

    static ChargingStandard standard(const TestDb &t)
    {
        return ChargingStandard::fromSettings(AppSettings(t.file(QStringLiteral("settings.ini"))));
    }

    // T1 (U1, general, 40 km, 09:00-11:10), T2 (no agency on the order: its car's, U2; 8 km, 30 min), T3
    // returned on 1 November 00:10 Beijing (31 October 16:10 UTC: November's), T4 returned in September, T5
    // booked but never departed.
    static void trips(TestDb &t)
    {
        QVERIFY(booksample::fill(t));
        QVERIFY(booksample::import(t, Kind::Tasks,
            "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km,unit_code,departed_at,"
            "odometer_out,returned_at,odometer_in\n"
            "T1,苏F·A0001,D1,2026-10-08 09:00,2026-10-08 11:00,32.1,120.9,40,U1,2026-10-08 09:00,1000,"
            "2026-10-08 11:10,1040\n"
            "T2,苏F·B0001,D2,2026-10-09 09:00,2026-10-09 10:00,32.1,120.9,8,,2026-10-09 09:00,500,"
            "2026-10-09 09:30,508\n"
            "T3,苏F·A0002,D1,2026-10-31 20:00,2026-11-01 00:30,32.1,120.9,8,U1,2026-10-31 20:00,10,"
            "2026-11-01 00:10,18\n"
            "T4,苏F·A0001,D2,2026-09-30 09:00,2026-09-30 10:00,32.1,120.9,8,U1,2026-09-30 09:00,900,"
            "2026-09-30 10:00,908\n"
            "T5,苏F·A0001,D2,2026-10-20 09:00,2026-10-20 10:00,32.1,120.9,8,U1,,,,\n"));
    }

private slots:
    void linesOfTheMonth()
    {
        TestDb t;
        trips(t);
        Settlement settlement(*t.store, standard(t));
        const QList<SettlementLine> lines = settlement.lines({ 2026, 10 });
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].taskCode, QStringLiteral("T1"));
        QCOMPARE(lines[0].unitCode, QStringLiteral("U1"));
        QCOMPARE(lines[0].price.total, 175.0);
        QCOMPARE(lines[0].billedYuan(), 175.0);
        QVERIFY(!lines[0].storedYuan);
        QCOMPARE(lines[1].taskCode, QStringLiteral("T2"));
        QCOMPARE(lines[1].unitCode, QStringLiteral("U2"));
        QCOMPARE(lines[1].price.total, 60.0); // B0001 is a law-enforcement car: its minimum, 60
        QCOMPARE(settlement.lines({ 2026, 10 }, QStringLiteral("U2")).size(), 1);
        const QList<SettlementLine> november = settlement.lines({ 2026, 11 });
        QCOMPARE(november.size(), 1);
        QCOMPARE(november[0].taskCode, QStringLiteral("T3"));
        QVERIFY(november[0].price.night); // back at 00:10
        QCOMPARE(lines[0].toJson().value(QStringLiteral("billed_yuan")).toDouble(), 175.0);
    }

    void applyStoresOnceAndAdjustmentsWin()
    {
        TestDb t;
        trips(t);
        Settlement settlement(*t.store, standard(t));
        int changed = -1;
        QString error;
        QVERIFY(settlement.apply(settlement.lines({ 2026, 10 }), QStringLiteral("calc"), &changed, &error));
        QCOMPARE(changed, 2);
        const Record t1 = *t.store->findByKey(Kind::Tasks, QStringLiteral("T1"));
        QCOMPARE(t1.value(Field::ChargeYuan).toDouble(), 175.0);
        QVERIFY(settlement.apply(settlement.lines({ 2026, 10 }), QStringLiteral("calc"), &changed, &error));
        QCOMPARE(changed, 0);

        // No reason, no adjustment; an order not returned cannot be adjusted.
        QVERIFY(
            !settlement.adjust(QStringLiteral("T1"), 150.0, QStringLiteral("  "), QStringLiteral("d")).ok);
        QVERIFY(!settlement.adjust(QStringLiteral("T5"), 10.0, QStringLiteral("x"), QStringLiteral("d")).ok);
        const SaveResult adjusted = settlement.adjust(QStringLiteral("T1"), 150.0,
            QStringLiteral("绕行施工路段，按导航里程计"), QStringLiteral("王调度"));
        QVERIFY2(adjusted.ok, qPrintable(adjusted.message()));
        SettlementLine l1 = settlement.lines({ 2026, 10 }).first();
        QCOMPARE(*l1.storedYuan, 175.0);
        QCOMPARE(*l1.adjustedYuan, 150.0);
        QCOMPARE(l1.billedYuan(), 150.0);
        // The history keeps who, the old and new amount, and why.
        const QList<ChangeEntry> history = t.store->history(Kind::Tasks, t1.id);
        const ChangeEntry &last = history.last();
        QCOMPARE(last.user, QStringLiteral("王调度"));
        QCOMPARE(last.changes.value(Field::AdjustedYuan).toArray().at(1).toDouble(), 150.0);
        QCOMPARE(last.changes.value(Field::AdjustReason).toArray().at(1).toString(),
            QStringLiteral("绕行施工路段，按导航里程计"));
        // settle --apply again keeps the adjustment; taking it back needs a reason too.
        QVERIFY(settlement.apply(settlement.lines({ 2026, 10 }), QStringLiteral("calc"), &changed, &error));
        QCOMPARE(settlement.lines({ 2026, 10 }).first().billedYuan(), 150.0);
        QVERIFY(settlement
                    .adjust(QStringLiteral("T1"), std::nullopt, QStringLiteral("复核后按标准收费"),
                        QStringLiteral("王调度"))
                    .ok);
        QCOMPARE(settlement.lines({ 2026, 10 }).first().billedYuan(), 175.0);
    }

    void parseMonth()
    {
        QCOMPARE(Settlement::parseMonth(QStringLiteral("2026-10"))->month, 10);
        QVERIFY(!Settlement::parseMonth(QStringLiteral("2026-13")));
        QVERIFY(!Settlement::parseMonth(QStringLiteral("2026-1")));
        QVERIFY(!Settlement::parseMonth(QStringLiteral("10/2026")));
    }
};

QTEST_GUILESS_MAIN(TestSettlement)
#include "tst_settlement.moc"
