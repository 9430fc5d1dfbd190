// The ledgers (LedgerBook): each kind's rows of a period, the vehicle, agency and driver filters, the sums
// of the footer and of the exported table, on a small fleet computed by hand; the refuels' litres per 100 km
// are the fuel rule's own reading (checks::readFillToFill over the rules' data).
#include "base/beijingtime.h"
#include "checks/filltofill.h"
#include "domain/checkservice.h"
#include "domain/ledgerbook.h"
#include "domain/vehiclefile.h"
#include "maps/geo/greatcircle.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/trackreader.h"
#include "support/booksample.h"

#include <atomic>
#include <limits>

using booksample::drive;
using checks::beijingMidnightMs;

namespace {

bool near(double a, double b, double tolerance = 1e-6)
{
    return qAbs(a - b) < tolerance;
}

// Tracked km of 500 m great-circle steps come within a metre of the round figure.
bool nearKm(double a, double b)
{
    return near(a, b, 0.01);
}

bool nearRate(double a, double b)
{
    return near(a, b, 1e-3);
}

} // namespace

class TestLedgerBook : public QObject
{
    Q_OBJECT

    // A0001 (U1): fills on 1 October (45 L) and 3 October 09:30 (12 L, during D2's trip T2) with 100 + 50 km
    // of trips between them: 8.0 L/100 km. B0001 (U2): fills on 4 and 6 October with 80 km between them
    // (8.8 L: 11.0 L/100 km). Two violations in October (one without a driver, during D1's trip T1), one in
    // September; two repairs and two payments in October, one repair in November.
    static void fill(TestDb &t)
    {
        QVERIFY(booksample::fill(t));
        QVERIFY(booksample::import(t, QStringLiteral("tasks"),
            "task_code,plate,driver_code,start,end,dest_lat,dest_lon,nav_km,unit_code\n"
            "T1,苏F·A0001,D1,2026-10-02 08:00,2026-10-02 09:00,32.1,120.9,100,U1\n"
            "T2,苏F·A0001,D2,2026-10-03 08:00,2026-10-03 10:00,32.1,120.9,50,U1\n"
            "T3,苏F·B0001,D2,2026-10-05 08:00,2026-10-05 09:00,32.1,120.9,80,U2\n"));
        drive(t, QStringLiteral("苏F·A0001"), beijingMidnightMs(2026, 10, 2) + 8 * 3600000, 100);
        drive(t, QStringLiteral("苏F·A0001"), beijingMidnightMs(2026, 10, 3) + 8 * 3600000, 50);
        drive(t, QStringLiteral("苏F·B0001"), beijingMidnightMs(2026, 10, 5) + 8 * 3600000, 80);
        QVERIFY(booksample::import(t, QStringLiteral("refuels"),
            "card_no,time,station_code,litres,amount_yuan\n"
            "C1,2026-10-01 07:00,S1,45,337.5\n"
            "C2,2026-10-03 09:30,S1,12,90\n"
            "C3,2026-10-04 07:00,S1,50,375\n"
            "C3,2026-10-06 07:00,S1,8.8,66\n"));
        QVERIFY(booksample::import(t, QStringLiteral("violations"),
            "plate,time,code,description,driver_code\n"
            "苏F·A0001,2026-10-02 08:30,1345,超速,\n"
            "苏F·B0001,2026-10-07 10:00,1039,违停,D2\n"
            "苏F·A0002,2026-09-30 10:00,1039,违停,D1\n"));
        QVERIFY(booksample::import(t, QStringLiteral("maintenance"),
            "plate,date,shop,items,cost_yuan,odometer_km\n"
            "苏F·A0001,2026-10-10,城东汽修,更换机油,800,54000\n"
            "苏F·B0001,2026-10-31,城东汽修,更换刹车片,1200.5,\n"
            "苏F·A0001,2026-11-01,城东汽修,洗车,100,\n"));
        QVERIFY(booksample::import(t, QStringLiteral("payments"),
            "unit_code,paid_on,amount_yuan,reference,note\n"
            "U1,2026-10-15,1000,,\n"
            "U2,2026-10-16,500,,\n"));
    }

    static LedgerBook october(TestDb &t, LedgerKind kind)
    {
        return LedgerBook::load(
            *t.store, kind, beijingMidnightMs(2026, 10, 1), beijingMidnightMs(2026, 11, 1));
    }

    static LedgerFilter by(const QString &plate, const QString &unit, const QString &driver)
    {
        LedgerFilter f;
        f.plate = plate;
        f.unitCode = unit;
        f.driverCode = driver;
        return f;
    }

private slots:
    void refuelsFilteredAndSummed()
    {
        TestDb t;
        fill(t);
        const LedgerBook book = october(t, LedgerKind::Refuels);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.rows.size(), 4);

        const LedgerSums all = LedgerBook::sums(book.filtered({}));
        QCOMPARE(all.count, 4);
        QVERIFY(near(all.litres, 115.8));
        QVERIFY(near(all.amountYuan, 868.5));
        // Only the read fills count in the rate: (12 + 8.8) L over (150 + 80) km.
        QVERIFY(nearRate(*all.litresPer100Km(), 20.8 / 230.0 * 100.0));

        const LedgerSums a = LedgerBook::sums(book.filtered(by(QStringLiteral("苏F·A0001"), {}, {})));
        QCOMPARE(a.count, 2);
        QVERIFY(near(a.litres, 57.0));
        QVERIFY(near(a.amountYuan, 427.5));
        QVERIFY(nearRate(*a.litresPer100Km(), 8.0));

        QCOMPARE(book.filtered(by({}, QStringLiteral("U2"), {})).size(), 2); // C3's agency
        QCOMPARE(book.filtered(by({}, QStringLiteral("U1"), {})).size(), 2); // C1's, and C2's car's
        // The 3 October fill fell inside D2's trip T2; the others while no trip was out.
        const QList<LedgerRow> d2 = book.filtered(by({}, {}, QStringLiteral("D2")));
        QCOMPARE(d2.size(), 1);
        QCOMPARE(d2[0].cardNo, QStringLiteral("C2"));
        QCOMPARE(d2[0].driverName, QStringLiteral("李强"));
        QVERIFY(book.filtered(by({}, {}, QStringLiteral("D1"))).isEmpty());
        QVERIFY(book.filtered(by(QStringLiteral("苏F·B0001"), QStringLiteral("U1"), {})).isEmpty());

        // Per vehicle, card and agency over the filtered rows.
        const auto cars = LedgerBook::grouped(book.rows, LedgerBook::Group::Vehicle);
        QCOMPARE(cars.size(), 2);
        QCOMPARE(cars[0].first, QStringLiteral("苏F·A0001"));
        QVERIFY(near(cars[0].second.litres, 57.0));
        QVERIFY(nearRate(*cars[1].second.litresPer100Km(), 11.0));
        const auto cards = LedgerBook::grouped(book.rows, LedgerBook::Group::Card);
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards[2].first, QStringLiteral("C3"));
        QCOMPARE(cards[2].second.count, 2);
    }

    // The ledger's l/100 km is the fuel rule's reading: by hand (12 L over 150 km), and the same double as
    // checks::readFillToFill gives over the rules' own data.
    void litresPer100KmIsTheFuelRulesReading()
    {
        TestDb t;
        fill(t);
        const LedgerBook book = october(t, LedgerKind::Refuels);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        const LedgerRow &c2 = book.rows[1];
        QCOMPARE(c2.cardNo, QStringLiteral("C2"));
        QVERIFY2(nearKm(*c2.kmSincePrevious, 150.0), qPrintable(QString::number(*c2.kmSincePrevious)));
        QVERIFY(nearRate(*c2.litresPer100Km, 8.0));
        QVERIFY(!book.rows[0].litresPer100Km); // A0001's first fill: nothing to measure from
        QCOMPARE(LedgerBook::cells(LedgerKind::Refuels, c2).value(5), QStringLiteral("8.00"));

        const QString path = t.store->database().databaseName();
        const checks::CheckData data = CheckService(*t.store, path).loadData();
        QHash<QString, QString> ids;
        for (const Record &r : t.store->records(Kind::Vehicles, true))
            ids.insert(r.text(Field::Plate), r.id);
        TrackReader tracks(path, ids);
        std::atomic<bool> stop { false };
        tracks.setStopFlag(&stop);
        const checks::Window window { beijingMidnightMs(2026, 10, 1), beijingMidnightMs(2026, 11, 1),
            std::numeric_limits<qint64>::max() };
        const checks::CheckContext context(data, tracks, window);
        checks::VehicleTrack track(tracks, QStringLiteral("苏F·A0001"), context.jumpOptions());
        const checks::FillToFill fills = checks::readFillToFill(context, track, window.fromMs, window.toMs);
        QCOMPARE(*c2.litresPer100Km, *fills.litresPer100Km(1));
        QCOMPARE(*c2.kmSincePrevious, *fills.kmSincePrevious(1));

        // The car's file reads the same figure through the same code.
        const VehicleFile::Data file = VehicleFile::vehicle(*t.store,
            t.store->findByKey(Kind::Vehicles, QStringLiteral("苏F·A0001"))->id, window.fromMs, window.toMs);
        QVERIFY2(file.ok(), qPrintable(file.error));
        QCOMPARE(file.fills.size(), std::size_t(2));
        QCOMPARE(file.fills[1].reading.litresPer100Km(), *c2.litresPer100Km);
    }

    void violationsNameTheDriverOfTheTrip()
    {
        TestDb t;
        fill(t);
        const LedgerBook book = october(t, LedgerKind::Violations);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.rows.size(), 2); // September's is outside the period
        QCOMPARE(book.rows[0].driverCode, QStringLiteral("D1")); // recorded without one: T1's driver
        QVERIFY(book.rows[0].driverFromTrip);
        QCOMPARE(book.rows[0].unitCode, QStringLiteral("U1"));
        QCOMPARE(LedgerBook::sums(book.rows).driverFromTrip, 1);
        QCOMPARE(book.filtered(by({}, {}, QStringLiteral("D1"))).size(), 1);
        QCOMPARE(book.filtered(by({}, QStringLiteral("U2"), QStringLiteral("D2"))).size(), 1);
        QVERIFY(book.filtered(by(QStringLiteral("苏F·A0002"), {}, {})).isEmpty());
    }

    void repairsAndPaymentsSummed()
    {
        TestDb t;
        fill(t);
        const LedgerBook repairs = october(t, LedgerKind::Maintenance);
        QVERIFY2(repairs.error.isEmpty(), qPrintable(repairs.error));
        QCOMPARE(repairs.rows.size(), 2); // 31 October is in, 1 November is not
        const LedgerSums all = LedgerBook::sums(repairs.rows);
        QVERIFY(near(all.costYuan, 2000.5));
        QVERIFY(near(LedgerBook::sums(repairs.filtered(by({}, QStringLiteral("U2"), {}))).costYuan, 1200.5));

        const LedgerBook payments = october(t, LedgerKind::Payments);
        QCOMPARE(payments.rows.size(), 2);
        QVERIFY(near(LedgerBook::sums(payments.rows).amountYuan, 1500.0));
        QVERIFY(
            near(LedgerBook::sums(payments.filtered(by({}, QStringLiteral("U1"), {}))).amountYuan, 1000.0));

        // The exported table ends with the sums under their columns.
        const TextTable table = LedgerBook::table(LedgerKind::Maintenance, repairs.rows);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.last().value(5), QStringLiteral("2000.50"));
        QCOMPARE(table.headers.size(), table.numeric.size());
    }
};

QTEST_GUILESS_MAIN(TestLedgerBook)
#include "tst_ledgerbook.moc"
