// What the dispatch board reads (DispatchBoardData, the request queues) and the two service calls made for
// it: the car-only judgement shown while a request is dragged, and moving a dispatch order.
#include "base/timeparse.h"
#include "demo/demodata.h"
#include "domain/dispatchboarddata.h"
#include "domain/dispatchservice.h"
#include "domain/requestnumbers.h"
#include "domain/savedplaces.h"
#include "models/recordtablemodel.h"
#include "models/requestqueuemodel.h"
#include "support/requestsample.h"
#include "support/testdb.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

class TestDispatchBoard : public QObject
{
    Q_OBJECT

    static Record request(const QString &code, const char *from, const char *to, int passengers = 2)
    {
        return sampleRequest(code, from, to, passengers);
    }
    static Record vehicle(TestDb &t, int seats, const char *status = "active")
    {
        for (const Record &v : t.store->records(QStringLiteral("vehicles"))) {
            if (v.value(QStringLiteral("seats")).toInt() == seats
                && v.text(QStringLiteral("status")) == QLatin1String(status))
                return v;
        }
        return {};
    }
    static qint64 ms(const char *text) { return *TimeParse::parseMs(QString::fromLatin1(text)); }

    // Two requests approved, the first dispatched to a 5-seat car with driver D003 (C1).
    static void prepare(TestDb &t, DispatchService &service, QString *plate5)
    {
        QVERIFY(DemoData(*t.store).fill());
        *plate5 = vehicle(t, 5).text(QStringLiteral("plate"));
        QVERIFY(service.submit(request(QStringLiteral("R1"), "2026-10-08 09:00", "2026-10-08 12:00"), {}).ok);
        QVERIFY(service.submit(request(QStringLiteral("R2"), "2026-10-08 11:00", "2026-10-08 13:00"), {}).ok);
        QVERIFY(service.approve(QStringLiteral("R1"), {}).ok);
        QVERIFY(service.approve(QStringLiteral("R2"), {}).ok);
        const DispatchResult d = service.dispatch(QStringLiteral("R1"), *plate5, QStringLiteral("D003"), {});
        QVERIFY2(d.ok, qPrintable(d.errors.join(QLatin1Char('\n'))));
    }

private slots:
    void boardDataHoldsTheSpanOnly()
    {
        TestDb t;
        DispatchService service(*t.store);
        QString plate;
        prepare(t, service, &plate);
        const qint64 day = ms("2026-10-08 00:00");
        const DispatchBoardData data = DispatchBoardData::load(*t.store, day, day + 24 * 3600 * 1000LL);
        QCOMPARE(data.vehicles.size(), t.store->count(QStringLiteral("vehicles")));
        QCOMPARE(data.bars.size(), 1);
        QCOMPARE(data.bars[0].taskCode, QStringLiteral("PR1"));
        QCOMPARE(data.bars[0].requestCode, QStringLiteral("R1"));
        QCOMPARE(data.bars[0].state, BoardBar::State::Dispatched);
        QCOMPARE(data.bars[0].startMs, ms("2026-10-08 09:00"));
        QVERIFY(!data.bars[0].driverName.isEmpty());
        // Grouped: emergency cars first, then enforcement, then the pool.
        QCOMPARE(data.vehicles.first().category, QStringLiteral("emergency"));
        QCOMPARE(data.vehicles.last().category, QStringLiteral("general"));

        // The next day has no bars; a trip ending exactly at the span's start is not in it.
        const DispatchBoardData next
            = DispatchBoardData::load(*t.store, day + 24 * 3600 * 1000LL, day + 48 * 3600 * 1000LL);
        QVERIFY(next.bars.isEmpty());
        const DispatchBoardData after
            = DispatchBoardData::load(*t.store, ms("2026-10-08 12:00"), ms("2026-10-08 18:00"));
        QVERIFY(after.bars.isEmpty());

        QVERIFY(service.depart(QStringLiteral("R1"), ms("2026-10-08 09:05"), 1000, {}).ok);
        QCOMPARE(
            DispatchBoardData::load(*t.store, day, day + 86400000).bars[0].state, BoardBar::State::Departed);
    }

    void maintenanceDaysAreShaded()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const Record car = vehicle(t, 5);
        Record entry;
        entry.values = { { QStringLiteral("vehicle_id"), car.id },
            { QStringLiteral("date"), QStringLiteral("2026-10-09") },
            { QStringLiteral("shop"), QStringLiteral("通达修理厂") },
            { QStringLiteral("items"), QStringLiteral("保养") }, { QStringLiteral("cost_yuan"), 300 } };
        const SaveResult saved = t.store->save(QStringLiteral("maintenance"), entry, {});
        QVERIFY2(saved.ok, qPrintable(saved.message()));
        const qint64 monday = ms("2026-10-05 00:00");
        const DispatchBoardData week = DispatchBoardData::load(*t.store, monday, monday + 7 * 86400000LL);
        QCOMPARE(week.shades.size(), 1);
        QCOMPARE(week.shades[0].vehicleId, car.id);
        QCOMPARE(week.shades[0].startMs, ms("2026-10-09 00:00"));
        QCOMPARE(week.shades[0].endMs, ms("2026-10-10 00:00"));
        QVERIFY(week.shades[0].reason.contains(QStringLiteral("通达修理厂")));
        QVERIFY(DispatchBoardData::load(*t.store, ms("2026-10-10 00:00"), ms("2026-10-11 00:00"))
                    .shades.isEmpty());
    }

    // A stay in the shop shades its whole span, from the repair's date to in_shop_until inclusive, marked
    // as such; a week that only touches its last day still gets it.
    void aStayInTheShopIsShadedWhole()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        const Record car = vehicle(t, 5);
        Record entry;
        entry.values = { { QStringLiteral("vehicle_id"), car.id },
            { QStringLiteral("date"), QStringLiteral("2026-10-02") },
            { QStringLiteral("in_shop_until"), QStringLiteral("2026-10-06") },
            { QStringLiteral("shop"), QStringLiteral("通达修理厂") },
            { QStringLiteral("items"), QStringLiteral("大修") }, { QStringLiteral("cost_yuan"), 0 } };
        const SaveResult saved = t.store->save(QStringLiteral("maintenance"), entry, {});
        QVERIFY2(saved.ok, qPrintable(saved.message()));
        const qint64 monday = ms("2026-10-05 00:00");
        const DispatchBoardData week = DispatchBoardData::load(*t.store, monday, monday + 7 * 86400000LL);
        QList<BoardShade> stays;
        for (const BoardShade &s : week.shades) {
            if (s.vehicleId == car.id)
                stays << s;
        }
        QCOMPARE(stays.size(), 1);
        QVERIFY(stays[0].inShop);
        QCOMPARE(stays[0].startMs, ms("2026-10-02 00:00"));
        QCOMPARE(stays[0].endMs, ms("2026-10-07 00:00"));
        QVERIFY(DispatchBoardData::load(*t.store, ms("2026-10-07 00:00"), ms("2026-10-08 00:00"))
                    .shades.isEmpty());
    }

    void queuesHoldTheirStatesAndDragTheCode()
    {
        TestDb t;
        DispatchService service(*t.store);
        QString plate;
        prepare(t, service, &plate);
        QVERIFY(service.submit(request(QStringLiteral("R3"), "2026-10-08 07:00", "2026-10-08 08:00"), {}).ok);
        RecordTableModel requests(t.store.get(), QStringLiteral("requests"));
        RequestQueueModel approved(&requests, { QStringLiteral("approved") });
        RequestQueueModel pending(&requests, { QStringLiteral("submitted") });
        QAbstractItemModelTester approvedTester(
            &approved, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pendingTester(
            &pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(approved.rowCount(), 1);
        QCOMPARE(approved.codeAt(0), QStringLiteral("R2"));
        QCOMPARE(pending.rowCount(), 1);
        QCOMPARE(pending.codeAt(0), QStringLiteral("R3"));

        std::unique_ptr<QMimeData> mime(approved.mimeData({ approved.index(0, 0) }));
        QVERIFY(mime);
        QCOMPARE(QString::fromUtf8(mime->data(RequestQueueModel::kMimeType)), QStringLiteral("R2"));
        QCOMPARE(mime->data(RequestQueueModel::kWindowMimeType),
            QByteArray::number(ms("2026-10-08 11:00")) + ' ' + QByteArray::number(ms("2026-10-08 13:00")));
        QVERIFY(approved.flags(approved.index(0, 0)) & Qt::ItemIsDragEnabled);

        // Approving moves a request from one queue to the other as the store announces it.
        QVERIFY(service.approve(QStringLiteral("R3"), {}).ok);
        QCOMPARE(pending.rowCount(), 0);
        QCOMPARE(approved.rowCount(), 2);
        QCOMPARE(approved.codeAt(0), QStringLiteral("R3")); // earliest booked first
        QCOMPARE(approved.rowOfCode(QStringLiteral("R2")), 1);
    }

    void anAgencysUsualPlacesComeMostUsedFirst()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        auto add = [&](const QString &code, const char *dest, double lat, const char *start) {
            Record r = request(code, start, "2026-10-20 12:00");
            r.values.insert(QStringLiteral("dest_name"), QString::fromUtf8(dest));
            r.values.insert(QStringLiteral("dest_lat"), lat);
            QVERIFY(service.submit(r, {}).ok);
        };
        add(QStringLiteral("S1"), "市民中心", 31.98, "2026-10-01 09:00");
        add(QStringLiteral("S2"), "如皋市政府", 32.37, "2026-10-02 09:00");
        add(QStringLiteral("S3"), "市民中心", 31.99, "2026-10-03 09:00"); // moved a little: the latest wins
        add(QStringLiteral("S4"), "", 32.0, "2026-10-04 09:00"); // no name: not a place one can pick
        Record noCoordinates = request(QStringLiteral("S5"), "2026-10-05 09:00", "2026-10-20 12:00");
        noCoordinates.values.insert(
            QStringLiteral("origin_name"), QStringLiteral("机关大院")); // typed without a point
        noCoordinates.values.insert(QStringLiteral("dest_name"), QString());
        QVERIFY(service.submit(noCoordinates, {}).ok);
        const QString unit = DemoData::idFor(QStringLiteral("units"), QStringLiteral("NT003"));
        const QList<SavedPlace> places = SavedPlaces::forUnit(*t.store, unit);
        QCOMPARE(places.size(), 2);
        QCOMPARE(places[0].name, QStringLiteral("市民中心"));
        QCOMPARE(places[0].uses, 2);
        QCOMPARE(places[0].lat, 31.99);
        QCOMPARE(places[1].name, QStringLiteral("如皋市政府"));
        // Another agency's trips are not this agency's places.
        QVERIFY(
            SavedPlaces::forUnit(*t.store, DemoData::idFor(QStringLiteral("units"), QStringLiteral("NT001")))
                .isEmpty());
    }

    void requestNumbersRunPerDay()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        const QDate day(2026, 11, 28);
        QCOMPARE(RequestNumbers::next(*t.store, day), QStringLiteral("SQ20261128-01"));
        QVERIFY(
            service
                .submit(request(QStringLiteral("SQ20261128-01"), "2026-11-28 09:00", "2026-11-28 10:00"), {})
                .ok);
        QVERIFY(
            service
                .submit(request(QStringLiteral("SQ20261128-09"), "2026-11-28 09:00", "2026-11-28 10:00"), {})
                .ok);
        QCOMPARE(RequestNumbers::next(*t.store, day), QStringLiteral("SQ20261128-10"));
        QCOMPARE(RequestNumbers::next(*t.store, day.addDays(1)), QStringLiteral("SQ20261129-01"));
        // Submitted without a number: the service takes the next one of the booked (Beijing) day itself.
        const DispatchResult numbered
            = service.submit(request(QString(), "2026-11-29 07:30", "2026-11-29 09:00"), {});
        QVERIFY2(numbered.ok, qPrintable(numbered.errors.join(QLatin1Char('\n'))));
        QCOMPARE(t.store->record(QStringLiteral("requests"), numbered.id)->text(QStringLiteral("code")),
            QStringLiteral("SQ20261129-01"));
        // A removed request keeps its number taken.
        const QString id
            = t.store->findByKey(QStringLiteral("requests"), QStringLiteral("SQ20261128-09"))->id;
        QVERIFY(t.store->remove(QStringLiteral("requests"), id, {}).ok);
        QCOMPARE(RequestNumbers::next(*t.store, day), QStringLiteral("SQ20261128-10"));
    }

    void anotherConnectionsCommitIsSeen()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        QVERIFY(!t.store->changedElsewhere()); // the first reading
        DispatchService own(*t.store);
        QVERIFY(own.submit(request(QStringLiteral("E1"), "2026-10-08 09:00", "2026-10-08 10:00"), {}).ok);
        QVERIFY(!t.store->changedElsewhere()); // its own writes do not count
        Database second(QStringLiteral("second-desktop"));
        QVERIFY(second.open(t.path()));
        RecordStore other(second.connection());
        QVERIFY(DispatchService(other).approve(QStringLiteral("E1"), QStringLiteral("另一台")).ok);
        QVERIFY(t.store->changedElsewhere());
        QVERIFY(!t.store->changedElsewhere()); // once

        // The watch names the kinds the other connection wrote, so only their views reload.
        QSignalSpy announced(t.store.get(), &RecordStore::recordsChanged);
        t.store->checkOtherWriters(); // the first look only takes the readings
        QCOMPARE(announced.count(), 0);
        Record unit;
        unit.values = { { QStringLiteral("code"), QStringLiteral("NT999") },
            { QStringLiteral("name"), QStringLiteral("测试单位") } };
        QVERIFY(other.save(QStringLiteral("units"), unit, {}).ok);
        t.store->checkOtherWriters();
        QStringList kinds;
        for (const QList<QVariant> &args : std::as_const(announced))
            kinds << args.value(0).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList { QStringLiteral("positions"), QStringLiteral("units") }));
    }

    void theCarAloneIsJudgedWhileDragging()
    {
        TestDb t;
        DispatchService service(*t.store);
        QString plate;
        prepare(t, service, &plate);
        // R2 overlaps R1's car: refused for that car, with the booking named.
        const QList<BookingConflict> busy = service.vehicleConflicts(QStringLiteral("R2"), plate);
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy[0].kind, BookingConflict::Kind::VehicleBooked);
        QVERIFY(busy[0].message.contains(QStringLiteral("PR1")));
        // Another 5-seat car is free; no driver is asked about yet, so no licence is missing.
        QString other;
        for (const Record &v : t.store->records(QStringLiteral("vehicles"))) {
            if (v.value(QStringLiteral("seats")).toInt() == 5
                && v.text(QStringLiteral("status")) == QStringLiteral("active")
                && v.text(QStringLiteral("plate")) != plate)
                other = v.text(QStringLiteral("plate"));
        }
        QVERIFY(service.vehicleConflicts(QStringLiteral("R2"), other).isEmpty());
        // Too many passengers for the seats is the car's business.
        QVERIFY(
            service.submit(request(QStringLiteral("R4"), "2026-10-09 09:00", "2026-10-09 10:00", 6), {}).ok);
        // Not approved yet: that is said first, whatever the car.
        const QList<BookingConflict> early = service.vehicleConflicts(QStringLiteral("R4"), other);
        QCOMPARE(early.size(), 1);
        QCOMPARE(early[0].kind, BookingConflict::Kind::RequestNotApproved);
        QVERIFY(early[0].message.contains(QStringLiteral("R4")));
        QVERIFY(service.approve(QStringLiteral("R4"), {}).ok);
        QCOMPARE(service.vehicleConflicts(QStringLiteral("R4"), other).value(0).kind,
            BookingConflict::Kind::TooFewSeats);
        const Record resting = vehicle(t, 5, "maintenance");
        if (!resting.id.isEmpty())
            QCOMPARE(service.vehicleConflicts(QStringLiteral("R2"), resting.text(QStringLiteral("plate")))
                         .value(0)
                         .kind,
                BookingConflict::Kind::VehicleInMaintenance);
    }

    void anOrderMovesOnlyWhereTheRulesAllow()
    {
        TestDb t;
        DispatchService service(*t.store);
        QString plate;
        prepare(t, service, &plate);
        QString other;
        for (const Record &v : t.store->records(QStringLiteral("vehicles"))) {
            if (v.value(QStringLiteral("seats")).toInt() == 5
                && v.text(QStringLiteral("status")) == QStringLiteral("active")
                && v.text(QStringLiteral("plate")) != plate)
                other = v.text(QStringLiteral("plate"));
        }
        // R2 goes to the other car, 11:00–13:00; then PR1 may not move onto it over that window …
        QVERIFY(service.dispatch(QStringLiteral("R2"), other, QStringLiteral("D004"), {}).ok);
        const DispatchResult refused = service.reassign(
            QStringLiteral("PR1"), other, ms("2026-10-08 10:00"), ms("2026-10-08 12:00"), {});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.conflicts.value(0).kind, BookingConflict::Kind::VehicleBooked);
        QCOMPARE(t.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"))
                     ->text(QStringLiteral("start_at")),
            QStringLiteral("2026-10-08T01:00:00.000Z")); // nothing saved
        // … but earlier in the morning it may, and the request's window follows.
        const DispatchResult moved = service.reassign(QStringLiteral("PR1"), other, ms("2026-10-08 07:00"),
            ms("2026-10-08 10:00"), QStringLiteral("调度"));
        QVERIFY2(moved.ok, qPrintable(moved.errors.join(QLatin1Char('\n'))));
        const Record task = *t.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"));
        QCOMPARE(task.text(QStringLiteral("vehicle_id")),
            t.store->findByKey(QStringLiteral("vehicles"), other)->id);
        QCOMPARE(task.text(QStringLiteral("start_at")), QStringLiteral("2026-10-07T23:00:00.000Z"));
        const Record r1 = *t.store->findByKey(QStringLiteral("requests"), QStringLiteral("R1"));
        QCOMPARE(r1.text(QStringLiteral("start_at")), QStringLiteral("2026-10-07T23:00:00.000Z"));
        QCOMPARE(r1.text(QStringLiteral("end_at")), QStringLiteral("2026-10-08T02:00:00.000Z"));
        // Moving within its own window onto itself is no conflict; the driver's other trip still counts.
        QVERIFY(
            service.reassign(QStringLiteral("PR1"), other, ms("2026-10-08 07:30"), ms("2026-10-08 10:30"), {})
                .ok);
        // Once on the road, it stays put.
        QVERIFY(service.depart(QStringLiteral("R1"), ms("2026-10-08 07:35"), 1000, {}).ok);
        const DispatchResult late = service.reassign(
            QStringLiteral("PR1"), plate, ms("2026-10-08 07:30"), ms("2026-10-08 10:30"), {});
        QVERIFY(!late.ok);
        QVERIFY(late.errors.value(0).contains(QStringLiteral("PR1")));
    }
};

QTEST_GUILESS_MAIN(TestDispatchBoard)
#include "tst_dispatchboard.moc"
