#include "base/timeparse.h"
#include "demo/demodata.h"
#include "domain/dispatchservice.h"
#include "domain/requestflow.h"
#include "support/requestsample.h"
#include "support/testdb.h"

#include <QtConcurrent>
#include <atomic>

class TestDispatch : public QObject
{
    Q_OBJECT

    static Record request(const QString &code, const char *from, const char *to, int passengers = 2)
    {
        return sampleRequest(code, from, to, passengers);
    }
    static QString plate(TestDb &t, int seats, const char *status = "active")
    {
        for (const Record &v : t.store->records(QStringLiteral("vehicles"))) {
            if (v.value(QStringLiteral("seats")).toInt() == seats
                && v.text(QStringLiteral("status")) == QLatin1String(status))
                return v.text(QStringLiteral("plate"));
        }
        return {};
    }

private slots:
    // Every pair of states: the flow allows exactly these steps.
    void flowAllowsExactlyItsSteps()
    {
        const QSet<QString> allowed
            = { QStringLiteral("submitted>approved"), QStringLiteral("submitted>rejected"),
                  QStringLiteral("approved>dispatched"), QStringLiteral("dispatched>departed"),
                  QStringLiteral("departed>returned"), QStringLiteral("returned>settled"),
                  QStringLiteral("submitted>cancelled"), QStringLiteral("approved>cancelled"),
                  QStringLiteral("dispatched>cancelled"), QStringLiteral("approved>referred"),
                  QStringLiteral("referred>settled"), QStringLiteral("referred>cancelled") };
        for (const QString &from : RequestFlow::states()) {
            for (const QString &to : RequestFlow::states()) {
                const bool ok = RequestFlow::refusal(from, to).isEmpty();
                QVERIFY2(ok == allowed.contains(from + QLatin1Char('>') + to),
                    qPrintable(from + QStringLiteral(" > ") + to));
            }
        }
        QVERIFY(RequestFlow::needsReason(QStringLiteral("rejected")));
        QVERIFY(RequestFlow::needsReason(QStringLiteral("cancelled")));
        QVERIFY(RequestFlow::needsReason(QStringLiteral("referred")));
        QVERIFY(!RequestFlow::needsReason(QStringLiteral("approved")));
        QVERIFY(RequestFlow::isOpen(QStringLiteral("referred")));
        QVERIFY(RequestFlow::label(QStringLiteral("referred")) != QStringLiteral("referred"));
    }

    // A new request is submitted, linked to no order and referred by nobody, whatever the caller put there.
    void submitSetsTheProgramsFieldsItself()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        Record r = request(QStringLiteral("S1"), "2026-10-08 09:00", "2026-10-08 11:00");
        r.values.insert(QStringLiteral("status"), QStringLiteral("approved"));
        r.values.insert(QStringLiteral("referred_by"), QStringLiteral("局长"));
        r.values.insert(QStringLiteral("referral_provider"), QStringLiteral("某平台"));
        r.values.insert(QStringLiteral("status_reason"), QStringLiteral("特批"));
        const DispatchResult submitted = service.submit(r, QStringLiteral("调度员甲"));
        QVERIFY2(submitted.ok, qPrintable(submitted.errors.join(QLatin1Char('\n'))));
        const Record stored = *t.store->findByKey(QStringLiteral("requests"), QStringLiteral("S1"));
        QCOMPARE(stored.text(QStringLiteral("status")), QStringLiteral("submitted"));
        for (const QString &field : DispatchService::fieldsSetByProgram()) {
            if (field != QLatin1String("status"))
                QVERIFY2(stored.text(field).isEmpty(), qPrintable(field));
        }
    }

    // 报备: an approved request goes to a social platform instead of a car; everything said is kept.
    void referralLeavesTheQueueAndIsRecorded()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        QVERIFY(
            service.submit(request(QStringLiteral("R1"), "2026-10-08 09:00", "2026-10-09 18:00", 12), {}).ok);
        const QString provider = AppSettings::defaultReferralProviders().first();
        // Submitted, not yet approved: refused.
        const DispatchResult early
            = service.refer(QStringLiteral("R1"), provider, QStringLiteral("12人"), {});
        QVERIFY(!early.ok);
        QVERIFY2(early.errors.first().contains(QStringLiteral("R1")), qPrintable(early.errors.first()));
        QVERIFY(service.approve(QStringLiteral("R1"), {}).ok);
        // Provider and reason are both required; nothing is saved without them.
        const DispatchResult noProvider
            = service.refer(QStringLiteral("R1"), QStringLiteral("  "), QStringLiteral("12人"), {});
        QVERIFY(!noProvider.ok);
        QVERIFY2(noProvider.errors.first().contains(QStringLiteral("service")),
            qPrintable(noProvider.errors.first()));
        const DispatchResult noReason
            = service.refer(QStringLiteral("R1"), provider, QStringLiteral(" "), {});
        QVERIFY(!noReason.ok);
        QVERIFY2(
            noReason.errors.first().contains(QStringLiteral("reason")), qPrintable(noReason.errors.first()));
        QCOMPARE(t.store->findByKey(QStringLiteral("requests"), QStringLiteral("R1"))
                     ->text(QStringLiteral("status")),
            QStringLiteral("approved"));
        QVERIFY(!service.refer(QStringLiteral("NOPE"), provider, QStringLiteral("x"), {}).ok);

        const DispatchResult referred = service.refer(QStringLiteral("R1"), provider,
            QStringLiteral("团体出行12人，超出本中心车型"), QStringLiteral("调度员甲"));
        QVERIFY2(referred.ok, qPrintable(referred.errors.join(QLatin1Char('\n'))));
        Record r = *t.store->findByKey(QStringLiteral("requests"), QStringLiteral("R1"));
        QCOMPARE(r.text(QStringLiteral("status")), QStringLiteral("referred"));
        QCOMPARE(r.text(QStringLiteral("referral_provider")), provider);
        QCOMPARE(r.text(QStringLiteral("referral_reason")), QStringLiteral("团体出行12人，超出本中心车型"));
        QCOMPARE(r.text(QStringLiteral("referred_by")), QStringLiteral("调度员甲"));
        const std::optional<qint64> at = TimeParse::parseMs(r.text(QStringLiteral("referred_at")));
        QVERIFY(at && qAbs(*at - QDateTime::currentMSecsSinceEpoch()) < 60000);
        // Out of the local queue: it can be neither dispatched nor referred twice, nor depart.
        QVERIFY(!service.dispatch(QStringLiteral("R1"), plate(t, 5), QStringLiteral("D002"), {}).ok);
        QVERIFY(!service.refer(QStringLiteral("R1"), provider, QStringLiteral("again"), {}).ok);
        QVERIFY(!service
                     .depart(QStringLiteral("R1"), *TimeParse::parseMs(QStringLiteral("2026-10-08 09:05")),
                         52000, {})
                     .ok);
        QVERIFY(service.settle(QStringLiteral("R1"), QStringLiteral("调度员甲")).ok);
        r = *t.store->findByKey(QStringLiteral("requests"), QStringLiteral("R1"));
        QCOMPARE(r.text(QStringLiteral("status")), QStringLiteral("settled"));
        QCOMPARE(r.text(QStringLiteral("referral_provider")), provider); // the 报备 record stays

        // A referred trip that does not happen is cancelled, with a reason; the referral is still on file.
        QVERIFY(service.submit(request(QStringLiteral("R2"), "2026-10-10 09:00", "2026-10-10 18:00"), {}).ok);
        QVERIFY(service.approve(QStringLiteral("R2"), {}).ok);
        QVERIFY(service.refer(QStringLiteral("R2"), provider, QStringLiteral("长途"), {}).ok);
        QVERIFY(!service.cancel(QStringLiteral("R2"), QString(), {}).ok);
        QVERIFY(service.cancel(QStringLiteral("R2"), QStringLiteral("会议取消"), {}).ok);
        r = *t.store->findByKey(QStringLiteral("requests"), QStringLiteral("R2"));
        QCOMPARE(r.text(QStringLiteral("status")), QStringLiteral("cancelled"));
        QCOMPARE(r.text(QStringLiteral("referral_reason")), QStringLiteral("长途"));

        // A dispatched request is no longer referred: its car is booked.
        QVERIFY(service.submit(request(QStringLiteral("R3"), "2026-10-11 09:00", "2026-10-11 12:00"), {}).ok);
        QVERIFY(service.approve(QStringLiteral("R3"), {}).ok);
        QVERIFY(service.dispatch(QStringLiteral("R3"), plate(t, 5), QStringLiteral("D002"), {}).ok);
        const DispatchResult late = service.refer(QStringLiteral("R3"), provider, QStringLiteral("长途"), {});
        QVERIFY(!late.ok);
        QVERIFY2(late.errors.first().contains(RequestFlow::label(QStringLiteral("dispatched"))),
            qPrintable(late.errors.first()));
    }

    void referralIsSuggestedForLongTripsAndLargeGroups()
    {
        Record r = request(QStringLiteral("R1"), "2026-10-08 09:00", "2026-10-08 12:00", 7);
        r.values.insert(QStringLiteral("trip_type"), QStringLiteral("city"));
        QVERIFY(!DispatchService::referralSuggested(r));
        r.values.insert(QStringLiteral("passengers"), 8);
        QVERIFY(DispatchService::referralSuggested(r));
        QVERIFY(!DispatchService::referralSuggested(r, 8));
        r.values.insert(QStringLiteral("passengers"), 2);
        r.values.insert(QStringLiteral("trip_type"), QStringLiteral("long"));
        QVERIFY(DispatchService::referralSuggested(r));
        r.values.insert(QStringLiteral("trip_type"), QStringLiteral("county"));
        QVERIFY(!DispatchService::referralSuggested(r));
    }

    void aRequestFromSubmissionToSettlement()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        QVERIFY(service
                    .submit(request(QStringLiteral("R1"), "2026-10-08 09:00", "2026-10-08 12:00"),
                        QStringLiteral("张"))
                    .ok);
        QVERIFY(!service.dispatch(QStringLiteral("R1"), plate(t, 5), QStringLiteral("D002"), {})
                     .ok); // not approved yet
        QVERIFY(service.approve(QStringLiteral("R1"), QStringLiteral("李")).ok);
        const DispatchResult d = service.dispatch(
            QStringLiteral("R1"), plate(t, 5), QStringLiteral("D002"), QStringLiteral("王"));
        QVERIFY2(d.ok, qPrintable(d.errors.join(QLatin1Char('\n'))));
        const Record task = *t.store->record(QStringLiteral("tasks"), d.id);
        QCOMPARE(task.text(QStringLiteral("code")), QStringLiteral("PR1"));
        QCOMPARE(task.text(QStringLiteral("start_at")), QStringLiteral("2026-10-08T01:00:00.000Z"));
        QCOMPARE(task.value(QStringLiteral("nav_km")).toDouble(), 96.0);
        QVERIFY(service
                    .depart(QStringLiteral("R1"), *TimeParse::parseMs(QStringLiteral("2026-10-08 09:05")),
                        52000, {})
                    .ok);
        QVERIFY(!service
                     .returned(QStringLiteral("R1"), *TimeParse::parseMs(QStringLiteral("2026-10-08 11:50")),
                         51000, {})
                     .ok);
        QVERIFY(service
                    .returned(QStringLiteral("R1"), *TimeParse::parseMs(QStringLiteral("2026-10-08 11:50")),
                        52201, {})
                    .ok);
        QVERIFY(service.settle(QStringLiteral("R1"), {}).ok);
        QVERIFY(!service.cancel(QStringLiteral("R1"), QStringLiteral("太晚了"), {}).ok);
        const Record done = *t.store->findByKey(QStringLiteral("tasks"), QStringLiteral("PR1"));
        QCOMPARE(done.value(QStringLiteral("odometer_in")).toDouble()
                - done.value(QStringLiteral("odometer_out")).toDouble(),
            201.0);
        // Each step is in the request's history, with who took it.
        const QString id = t.store->findByKey(QStringLiteral("requests"), QStringLiteral("R1"))->id;
        QCOMPARE(t.store->history(QStringLiteral("requests"), id).size(), 6);
        QCOMPARE(t.store->history(QStringLiteral("requests"), id).at(1).user, QStringLiteral("李"));
    }

    void conflictsAreRefusedBeforeAnythingIsSaved()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        for (const char *code : { "R1", "R2" }) {
            QVERIFY(
                service.submit(request(QLatin1String(code), "2026-10-08 09:00", "2026-10-08 12:00"), {}).ok);
            QVERIFY(service.approve(QLatin1String(code), {}).ok);
        }
        const QString car = plate(t, 5);
        QVERIFY(service.dispatch(QStringLiteral("R1"), car, QStringLiteral("D002"), {}).ok);
        const int tasks = t.store->count(QStringLiteral("tasks"));
        const DispatchResult same = service.dispatch(QStringLiteral("R2"), car, QStringLiteral("D003"), {});
        QVERIFY(!same.ok);
        QCOMPARE(same.conflicts.size(), 1);
        QCOMPARE(same.conflicts.first().kind, BookingConflict::Kind::VehicleBooked);
        QVERIFY(same.errors.first().contains(QStringLiteral("PR1")));
        const DispatchResult driver
            = service.dispatch(QStringLiteral("R2"), plate(t, 7), QStringLiteral("D002"), {});
        QCOMPARE(driver.conflicts.first().kind, BookingConflict::Kind::DriverBooked);
        const DispatchResult maintenance
            = service.dispatch(QStringLiteral("R2"), plate(t, 5, "maintenance"), QStringLiteral("D003"), {});
        QVERIFY(!maintenance.ok);
        QCOMPARE(t.store->count(QStringLiteral("tasks")), tasks);
        QCOMPARE(t.store->findByKey(QStringLiteral("requests"), QStringLiteral("R2"))
                     ->text(QStringLiteral("status")),
            QStringLiteral("approved"));
        // Cancelling the first frees the car for the second.
        QVERIFY(!service.cancel(QStringLiteral("R1"), QString(), {}).ok); // a reason is needed
        QVERIFY(service.cancel(QStringLiteral("R1"), QStringLiteral("会议取消"), {}).ok);
        QVERIFY(service.dispatch(QStringLiteral("R2"), car, QStringLiteral("D003"), {}).ok);
    }

    // A car booked into the shop (a repair with in_shop_until) is refused for trips in its stay, saying where
    // it is, by the dispatch itself and by the suggestions; a trip after the stay goes ahead.
    void aCarInTheShopIsNotBooked()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService service(*t.store);
        QVERIFY(service.submit(request(QStringLiteral("R1"), "2026-10-08 09:00", "2026-10-08 12:00"), {}).ok);
        QVERIFY(service.approve(QStringLiteral("R1"), {}).ok);
        QVERIFY(service.submit(request(QStringLiteral("R2"), "2026-10-10 09:00", "2026-10-10 12:00"), {}).ok);
        QVERIFY(service.approve(QStringLiteral("R2"), {}).ok);
        const QString car = plate(t, 5);
        Record stay;
        stay.values
            = { { QStringLiteral("vehicle_id"), t.store->findByKey(QStringLiteral("vehicles"), car)->id },
                  { QStringLiteral("date"), QStringLiteral("2026-10-07") },
                  { QStringLiteral("in_shop_until"), QStringLiteral("2026-10-09") },
                  { QStringLiteral("shop"), QStringLiteral("通达修理厂") },
                  { QStringLiteral("items"), QStringLiteral("大修") }, { QStringLiteral("cost_yuan"), 0 } };
        const SaveResult saved = t.store->save(QStringLiteral("maintenance"), stay, {});
        QVERIFY2(saved.ok, qPrintable(saved.message()));
        const DispatchResult refused
            = service.dispatch(QStringLiteral("R1"), car, QStringLiteral("D002"), {});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.conflicts.size(), 1);
        QCOMPARE(refused.conflicts.first().kind, BookingConflict::Kind::VehicleInShop);
        QVERIFY2(refused.errors.first().contains(QStringLiteral("通达修理厂")),
            qPrintable(refused.errors.first()));
        QCOMPARE(service.vehicleConflicts(QStringLiteral("R1"), car).size(), 1);
        QVERIFY(service.dispatch(QStringLiteral("R2"), car, QStringLiteral("D002"), {}).ok);
        // A stay that ends before it begins is refused as a record.
        stay.values.insert(QStringLiteral("date"), QStringLiteral("2026-10-12"));
        QVERIFY(!t.store->save(QStringLiteral("maintenance"), stay, {}).ok);
    }

    // Two desktops on one file: each thread its own connection, both try to book the same car for
    // overlapping trips at the same moment. Exactly one booking may win, every round.
    void twoWritersCannotDoubleBook()
    {
        TestDb t;
        QVERIFY(DemoData(*t.store).fill());
        DispatchService setup(*t.store);
        const int rounds = 15;
        for (int i = 0; i < rounds; ++i) {
            for (const char *side : { "A", "B" }) {
                const QString code = QStringLiteral("%1%2").arg(QLatin1String(side)).arg(i);
                const QString day = QStringLiteral("2026-11-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
                Record r = request(code, "", "");
                r.values[QStringLiteral("start_at")] = day + QStringLiteral(" 09:00");
                r.values[QStringLiteral("end_at")] = day
                    + (QLatin1String(side) == QLatin1String("A") ? QStringLiteral(" 11:00")
                                                                 : QStringLiteral(" 10:30"));
                QVERIFY(setup.submit(r, {}).ok);
                QVERIFY(setup.approve(code, {}).ok);
            }
        }
        const QString car = plate(t, 5);
        std::atomic<int> wins { 0 };
        auto desk = [&](const QString &side, const QString &driver) {
            Database db(QStringLiteral("desk-") + side);
            if (!db.open(t.path()))
                return;
            RecordStore store(db.connection());
            DispatchService service(store);
            for (int i = 0; i < rounds; ++i)
                wins += service.dispatch(side + QString::number(i), car, driver, side).ok ? 1 : 0;
        };
        QFuture<void> a = QtConcurrent::run(desk, QStringLiteral("A"), QStringLiteral("D002"));
        QFuture<void> b = QtConcurrent::run(desk, QStringLiteral("B"), QStringLiteral("D003"));
        a.waitForFinished();
        b.waitForFinished();
        QCOMPARE(wins.load(), rounds);
        // And the file agrees: one order per day for that car.
        const QString carId = t.store->findByKey(QStringLiteral("vehicles"), car)->id;
        QCOMPARE(t.store->recordsWhere(QStringLiteral("tasks"), QStringLiteral("vehicle_id"), carId).size(),
            rounds);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
