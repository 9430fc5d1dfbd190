// Two or more dispatchers acting on one request at the same moment, each in its own thread with its own
// connection to the one SQLite file, as two desktops and the command line would. Every life-cycle step
// reads and writes under one write scope, so whatever the order the steps land in, the file ends in a state
// the flow allows, and a step that no longer applies is refused naming the state it found.
#include "demo/demodata.h"
#include "domain/dispatchservice.h"
#include "domain/naturalkeys.h"
#include "domain/requestflow.h"
#include "store/recordkinds.h"
#include "support/requestsample.h"
#include "support/testdb.h"

#include <QJsonArray>
#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace {

// Lets every thread of a round start its step at the same moment.
class Barrier
{
public:
    explicit Barrier(int parties)
        : m_parties(parties)
    { }
    void wait()
    {
        QMutexLocker lock(&m_mutex);
        const int generation = m_generation;
        if (++m_waiting == m_parties) {
            m_waiting = 0;
            ++m_generation;
            m_all.wakeAll();
            return;
        }
        while (generation == m_generation)
            m_all.wait(&m_mutex);
    }

private:
    QMutex m_mutex;
    QWaitCondition m_all;
    const int m_parties;
    int m_waiting = 0;
    int m_generation = 0;
};

// One step a desk takes in round i, with its own service on its own connection; true when it succeeded.
using Step = std::function<bool(DispatchService &service, int round)>;

// Runs each step in its own thread, `rounds` times, all steps of a round released together. Returns how
// many succeeded, per step.
std::vector<int> race(const QString &path, const std::vector<Step> &steps, int rounds)
{
    Barrier barrier(int(steps.size()));
    std::vector<std::atomic<int>> wins(steps.size());
    std::vector<std::thread> threads;
    for (size_t s = 0; s < steps.size(); ++s) {
        threads.emplace_back([&, s] {
            Database db(QStringLiteral("race-%1").arg(s));
            const bool open = db.open(path);
            RecordStore store(db.connection());
            DispatchService service(store);
            for (int i = 0; i < rounds; ++i) {
                barrier.wait();
                if (open && steps[s](service, i))
                    ++wins[s];
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    std::vector<int> result;
    for (const std::atomic<int> &w : wins)
        result.push_back(w.load());
    return result;
}

QString code(int round)
{
    return QStringLiteral("R%1").arg(round);
}

} // namespace

class TestRequestRaces : public QObject
{
    Q_OBJECT

    static constexpr int kRounds = 30;

    // kRounds requests R0…, each on its own day (so one car serves them all), submitted and, if asked,
    // approved.
    static void prepare(TestDb &t, bool approve)
    {
        QVERIFY(DemoData(*t.store).fill());
        DispatchService setup(*t.store);
        for (int i = 0; i < kRounds; ++i) {
            const QString day = QDate(2026, 11, 1).addDays(i).toString(Qt::ISODate);
            Record r = sampleRequest(code(i), "", "");
            r.values[Field::StartAt] = day + QStringLiteral(" 09:00");
            r.values[Field::EndAt] = day + QStringLiteral(" 11:00");
            QVERIFY(setup.submit(r, {}).ok);
            if (approve)
                QVERIFY(setup.approve(code(i), {}).ok);
        }
    }
    static QString state(TestDb &t, int round)
    {
        return t.store->findByKey(Kind::Requests, code(round))->text(Field::Status);
    }
    // The live dispatch order made for the request, if any.
    static bool liveOrder(TestDb &t, int round)
    {
        const std::optional<Record> task = t.store->findByKey(Kind::Tasks, QStringLiteral("P") + code(round));
        return task && !task->deleted;
    }
    static QString car(TestDb &t)
    {
        for (const Record &v : t.store->records(Kind::Vehicles)) {
            if (v.value(Field::Seats).toInt() == 5 && v.text(Field::Status) == QLatin1String("active"))
                return v.text(Field::Plate);
        }
        return {};
    }

    // The service dispatches by ids (issue 11); resolved once here, on the test's own connection, since the
    // racing threads each have their own.
    struct Ids
    {
        QStringList requests;
        QString vehicle, driver;
        Ids(TestDb &t, const QString &plate)
            : vehicle(NaturalKeys::vehicleId(*t.store, plate))
            , driver(NaturalKeys::driverId(*t.store, QStringLiteral("D002")))
        {
            for (int i = 0; i < kRounds; ++i)
                requests << NaturalKeys::requestId(*t.store, code(i));
        }
    };

private slots:
    // Cancel after dispatch removes the order it finds; cancel before it leaves nothing to dispatch. Never a
    // cancelled request with a live order holding the car.
    void dispatchRacingCancelLeavesNoLiveOrder()
    {
        TestDb t;
        prepare(t, true);
        const QString plate = car(t);
        const Ids ids(t, plate);
        const std::vector<int> wins = race(t.path(),
            { [&](DispatchService &s, int i) {
                 return s.dispatch(ids.requests.at(i), ids.vehicle, ids.driver, QStringLiteral("A")).ok;
             },
                [&](DispatchService &s, int i) {
                    return s.cancel(code(i), QStringLiteral("会议取消"), QStringLiteral("B")).ok;
                } },
            kRounds);
        QCOMPARE(wins[1], kRounds); // an approved or dispatched request can always be cancelled
        for (int i = 0; i < kRounds; ++i) {
            QCOMPARE(state(t, i), QString(RequestState::Cancelled));
            QVERIFY2(!liveOrder(t, i), qPrintable(code(i)));
        }
    }

    // Dispatched or referred, never both: the loser is refused.
    void dispatchRacingReferIsOneOrTheOther()
    {
        TestDb t;
        prepare(t, true);
        const QString plate = car(t);
        const Ids ids(t, plate);
        const QString provider = AppSettings::defaultReferralProviders().first();
        const std::vector<int> wins = race(t.path(),
            { [&](DispatchService &s, int i) {
                 return s.dispatch(ids.requests.at(i), ids.vehicle, ids.driver, QStringLiteral("A")).ok;
             },
                [&](DispatchService &s, int i) {
                    return s.refer(code(i), provider, QStringLiteral("长途"), QStringLiteral("B")).ok;
                } },
            kRounds);
        QCOMPARE(wins[0] + wins[1], kRounds);
        for (int i = 0; i < kRounds; ++i) {
            const QString now = state(t, i);
            QVERIFY2(now == RequestState::Dispatched ? liveOrder(t, i)
                                                     : now == RequestState::Referred && !liveOrder(t, i),
                qPrintable(code(i) + QLatin1Char(' ') + now));
        }
    }

    // Whichever lands first, the request ends cancelled: a referral never overwrites a cancellation.
    void referRacingCancelKeepsTheCancellation()
    {
        TestDb t;
        prepare(t, true);
        const QString provider = AppSettings::defaultReferralProviders().first();
        const std::vector<int> wins = race(t.path(),
            { [&](DispatchService &s, int i) {
                 return s.refer(code(i), provider, QStringLiteral("长途"), QStringLiteral("A")).ok;
             },
                [&](DispatchService &s, int i) {
                    return s.cancel(code(i), QStringLiteral("会议取消"), QStringLiteral("B")).ok;
                } },
            kRounds);
        QCOMPARE(wins[1], kRounds);
        for (int i = 0; i < kRounds; ++i)
            QCOMPARE(state(t, i), QString(RequestState::Cancelled));
    }

    // One of the two wins; the change log holds exactly one step out of "submitted", and the loser hears
    // the state it found.
    void approveRacingRejectWritesOneStep()
    {
        TestDb t;
        prepare(t, false);
        QStringList refusals;
        QMutex refusalsMutex;
        auto note = [&](const DispatchResult &r) {
            if (!r.ok) {
                QMutexLocker lock(&refusalsMutex);
                refusals << r.errors;
            }
            return r.ok;
        };
        const std::vector<int> wins = race(t.path(),
            { [&](DispatchService &s, int i) { return note(s.approve(code(i), QStringLiteral("A"))); },
                [&](DispatchService &s, int i) {
                    return note(s.reject(code(i), QStringLiteral("无此必要"), QStringLiteral("B")));
                } },
            kRounds);
        QCOMPARE(wins[0] + wins[1], kRounds);
        for (int i = 0; i < kRounds; ++i) {
            const Record request = *t.store->findByKey(Kind::Requests, code(i));
            int steps = 0;
            for (const ChangeEntry &e : t.store->history(Kind::Requests, request.id)) {
                if (e.changes.contains(Field::Status) && e.action == QLatin1String("update")) {
                    ++steps;
                    QCOMPARE(e.changes.value(Field::Status).toArray().at(0).toString(),
                        QString(RequestState::Submitted));
                }
            }
            QCOMPARE(steps, 1);
        }
        for (const QString &refusal : std::as_const(refusals)) {
            QVERIFY2(refusal.contains(RequestFlow::label(RequestState::Approved))
                    || refusal.contains(RequestFlow::label(RequestState::Rejected)),
                qPrintable(refusal));
        }
    }

    // Eight desks approve one request at once: exactly one succeeds.
    void eightApprovalsOneSucceeds()
    {
        TestDb t;
        prepare(t, false);
        const int rounds = kRounds;
        std::vector<Step> steps;
        for (int d = 0; d < 8; ++d) {
            steps.push_back([d](DispatchService &s, int i) {
                return s.approve(code(i), QStringLiteral("desk%1").arg(d)).ok;
            });
        }
        const std::vector<int> wins = race(t.path(), steps, rounds);
        int total = 0;
        for (int w : wins)
            total += w;
        QCOMPARE(total, rounds);
    }
};

QTEST_GUILESS_MAIN(TestRequestRaces)
#include "tst_requestraces.moc"
