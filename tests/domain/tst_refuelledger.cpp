// The refuel ledger: each refuel's fill-to-fill litres per 100 km (the fuel rule's reading, from tracked task
// km), and totals per vehicle, card and agency, computed by hand. The km the store kept for finished tasks
// (task_km, filled by a check) give the same doubles as the tracks, and one no longer valid is not used.
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "domain/checkservice.h"
#include "domain/refuelledger.h"
#include "maps/geo/greatcircle.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/taskkmstore.h"
#include "support/booksample.h"

#include <cstring>

using booksample::drive;
using checks::beijingMidnightMs;

class TestRefuelLedger : public QObject
{
    Q_OBJECT

    // A0001: fills on 1, 4 and 6 October; 150 km of tasks between the first two, 40 km before the third.
    // B0001: one fill in the period, after 80 km since its September fill.
    static void fillOctober(TestDb &t)
    {
        QVERIFY(booksample::fill(t));
        QVERIFY(booksample::import(t, QStringLiteral("tasks"),
            "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km,unit_code\n"
            "T1,苏F·A0001,D1,2026-10-02 08:00,2026-10-02 09:00,32.1,120.9,100,U1\n"
            "T2,苏F·A0001,D1,2026-10-03 08:00,2026-10-03 09:00,32.1,120.9,50,U1\n"
            "T3,苏F·A0001,D2,2026-10-05 08:00,2026-10-05 09:00,32.1,120.9,40,U1\n"
            "T4,苏F·B0001,D2,2026-09-29 08:00,2026-09-29 09:00,32.1,120.9,80,U2\n"));
        drive(t, QStringLiteral("苏F·A0001"), beijingMidnightMs(2026, 10, 2) + 8 * 3600000, 100);
        drive(t, QStringLiteral("苏F·A0001"), beijingMidnightMs(2026, 10, 3) + 8 * 3600000, 50);
        drive(t, QStringLiteral("苏F·A0001"), beijingMidnightMs(2026, 10, 5) + 8 * 3600000, 40);
        drive(t, QStringLiteral("苏F·B0001"), beijingMidnightMs(2026, 9, 29) + 8 * 3600000, 80);
        QVERIFY(booksample::import(t, QStringLiteral("refuels"),
            "card_no,time,station_code,litres,amount_yuan\n"
            "C1,2026-10-01 07:00,S1,45,337.5\n"
            "C2,2026-10-04 07:00,S1,12,90\n"
            "C1,2026-10-06 07:00,S1,3.8,28.5\n"
            "C3,2026-09-28 07:00,S1,50,375\n"
            "C3,2026-10-07 07:00,S1,8.8,66\n"));
    }

    static RefuelLedger october(TestDb &t, bool useDerived = true)
    {
        RefuelLedgerOptions options;
        options.useDerived = useDerived;
        return RefuelLedger::load(
            *t.store, beijingMidnightMs(2026, 10, 1), beijingMidnightMs(2026, 11, 1), {}, options);
    }

    // The same double, bit for bit (or both absent).
    static bool same(const std::optional<double> &a, const std::optional<double> &b)
    {
        return a.has_value() == b.has_value() && (!a || std::memcmp(&*a, &*b, sizeof(double)) == 0);
    }

    static QString readings(const RefuelLedger &ledger)
    {
        QStringList out;
        for (const RefuelLedgerRow &r : ledger.rows)
            out << QStringLiteral("%1 %2 %3")
                       .arg(r.cardNo, QString::number(r.kmSincePrevious.value_or(-1), 'g', 17),
                           QString::number(r.litresPer100Km.value_or(-1), 'g', 17));
        return out.join(QStringLiteral("; "));
    }

    static bool sameReadings(const RefuelLedger &a, const RefuelLedger &b)
    {
        if (a.rows.size() != b.rows.size())
            return false;
        for (qsizetype i = 0; i < a.rows.size(); ++i) {
            if (a.rows[i].cardNo != b.rows[i].cardNo || a.rows[i].timeMs != b.rows[i].timeMs
                || !same(a.rows[i].kmSincePrevious, b.rows[i].kmSincePrevious)
                || !same(a.rows[i].litresPer100Km, b.rows[i].litresPer100Km))
                return false;
        }
        return true;
    }

    // A check of October keeps the km of the finished tasks it measured (CheckService, task_km).
    static void checkOctober(TestDb &t)
    {
        CheckRequest request;
        request.fromMs = beijingMidnightMs(2026, 10, 1);
        request.toMs = beijingMidnightMs(2026, 11, 1);
        request.nowMs = beijingMidnightMs(2026, 11, 15);
        request.keepFindings = false;
        const CheckOutcome outcome = CheckService(*t.store, t.path()).run(request, QStringLiteral("test"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.derivedError.isEmpty(), qPrintable(outcome.derivedError));
        QCOMPARE(TaskKmStore(t.store->database()).count(), 4);
    }

private slots:
    void readingsAndTotals()
    {
        TestDb t;
        fillOctober(t);
        if (QTest::currentTestFailed())
            return;

        const RefuelLedger ledger
            = RefuelLedger::load(*t.store, beijingMidnightMs(2026, 10, 1), beijingMidnightMs(2026, 11, 1));
        QVERIFY2(ledger.error.isEmpty(), qPrintable(ledger.error));
        QCOMPARE(ledger.rows.size(), 4);
        QCOMPARE(ledger.rows[0].cardNo, QStringLiteral("C1"));
        QVERIFY(!ledger.rows[0].litresPer100Km); // A0001's first fill: nothing before it
        QCOMPARE(ledger.rows[1].cardNo, QStringLiteral("C2"));
        QVERIFY2(qAbs(ledger.rows[1].kmSincePrevious.value_or(-1) - 150.0) < 0.01,
            qPrintable(QString::number(ledger.rows[1].kmSincePrevious.value_or(-1))));
        QVERIFY(qAbs(*ledger.rows[1].litresPer100Km - 8.0) < 1e-3); // 12 L / 150 km
        QVERIFY(qAbs(*ledger.rows[2].litresPer100Km - 9.5) < 1e-3); // 3.8 L / 40 km
        QCOMPARE(ledger.rows[3].plate, QStringLiteral("苏F·B0001"));
        // B0001's fill before the period still gives the first fill in it its reading: 8.8 L / 80 km.
        QVERIFY(qAbs(*ledger.rows[3].litresPer100Km - 11.0) < 1e-3);

        const RefuelTotal a = ledger.byVehicle.value(QStringLiteral("苏F·A0001"));
        QCOMPARE(a.refuels, 3);
        QVERIFY(qAbs(a.litres - 60.8) < 1e-9);
        QVERIFY(qAbs(a.amountYuan - 456.0) < 1e-9);
        QVERIFY(qAbs(*a.litresPer100Km() - (15.8 / 190.0 * 100.0)) < 1e-3); // read refuels only
        QCOMPARE(ledger.byCard.value(QStringLiteral("C1")).refuels, 2);
        QVERIFY(qAbs(ledger.byCard.value(QStringLiteral("C1")).litres - 48.8) < 1e-9);
        // C2 names no agency: its car's (U1) counts it.
        QCOMPARE(ledger.byUnit.value(QStringLiteral("U1")).refuels, 3);
        QCOMPARE(ledger.byUnit.value(QStringLiteral("U2")).refuels, 1);
        QVERIFY(qAbs(ledger.total.litres - 69.6) < 1e-9);
        QVERIFY(qAbs(ledger.total.amountYuan - 522.0) < 1e-9);
        QCOMPARE(ledger.derivedUsed, 0); // nothing kept yet
        QVERIFY(ledger.fixesRead > 0);
    }

    // The ledger takes the km a check kept instead of the tracks: the same doubles, no fix read.
    void keptKmGiveTheSameReadings()
    {
        TestDb t;
        fillOctober(t);
        if (QTest::currentTestFailed())
            return;
        const RefuelLedger before = october(t); // nothing kept: every track read
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QCOMPARE(before.derivedUsed, 0);
        checkOctober(t);
        if (QTest::currentTestFailed())
            return;

        const RefuelLedger kept = october(t);
        QVERIFY2(kept.error.isEmpty(), qPrintable(kept.error));
        QCOMPARE(kept.derivedUsed, 4); // T1–T4
        QCOMPARE(kept.fixesRead, qint64(0));
        const RefuelLedger tracks = october(t, false);
        QCOMPARE(tracks.derivedUsed, 0);
        QVERIFY(tracks.fixesRead > 0);
        QCOMPARE(kept.rows.size(), 4);
        QVERIFY2(sameReadings(kept, before),
            qPrintable(readings(kept) + QStringLiteral(" / ") + readings(before)));
        QVERIFY2(sameReadings(kept, tracks),
            qPrintable(readings(kept) + QStringLiteral(" / ") + readings(tracks)));
        QVERIFY(qAbs(*kept.rows[1].litresPer100Km - 8.0) < 1e-3); // 12 L / 150 km
    }

    // A task whose times changed after its km were kept is measured on its track again: T2 cut to its first
    // 10 minutes (20 of its 50 km) gives A0001's 4 October fill 12 L over 120 km, not the kept 150.
    void editedTaskIsReadAgain()
    {
        TestDb t;
        fillOctober(t);
        if (QTest::currentTestFailed())
            return;
        checkOctober(t);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(october(t).derivedUsed, 4);

        std::optional<Record> task = t.store->findByKey(Kind::Tasks, QStringLiteral("T2"));
        QVERIFY(task);
        const qint64 start = *TimeParse::parseMs(task->text(Field::StartAt));
        task->values[Field::EndAt] = TimeParse::toUtcIso(start + 10 * 60000);
        const SaveResult saved = t.store->save(Kind::Tasks, *task, QStringLiteral("test"));
        QVERIFY2(saved.ok, qPrintable(saved.message()));

        const RefuelLedger ledger = october(t);
        QVERIFY2(ledger.error.isEmpty(), qPrintable(ledger.error));
        QCOMPARE(ledger.derivedUsed, 3); // T1, T3, T4 still kept
        QVERIFY(ledger.fixesRead > 0); // T2's track
        QVERIFY2(qAbs(ledger.rows[1].kmSincePrevious.value_or(-1) - 120.0) < 0.01,
            qPrintable(QString::number(ledger.rows[1].kmSincePrevious.value_or(-1))));
        QVERIFY(qAbs(*ledger.rows[1].litresPer100Km - 10.0) < 1e-3); // 12 L / 120 km
        const RefuelLedger tracks = october(t, false);
        QVERIFY2(sameReadings(ledger, tracks),
            qPrintable(readings(ledger) + QStringLiteral(" / ") + readings(tracks)));
    }
};

QTEST_GUILESS_MAIN(TestRefuelLedger)
#include "tst_refuelledger.moc"
