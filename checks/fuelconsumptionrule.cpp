#include "checks/fuelconsumptionrule.h"

#include "base/beijingtime.h"
#include "checks/taskkm.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <mutex>
#include <utility>

namespace checks {

namespace {

// Litres and km of one driver in one month (month = YearMonth::index()).
struct Share
{
    double litres = 0.0;
    double km = 0.0;
    std::map<QString, double> kmByPlate;

    void add(const Share &other)
    {
        litres += other.litres;
        km += other.km;
        for (const auto &[plate, plateKm] : other.kmByPlate)
            kmByPlate[plate] += plateKm;
    }
};

using ShareMap = std::map<std::pair<QString, int>, Share>;

class FuelState : public RuleState
{
public:
    void merge(const ShareMap &shares)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (const auto &[key, share] : shares)
            m_shares[key].add(share);
    }
    // Read only after every worker finished.
    const ShareMap &shares() const { return m_shares; }

private:
    std::mutex m_mutex;
    ShareMap m_shares;
};

} // namespace

std::unique_ptr<RuleState> FuelConsumptionRule::createState() const
{
    return std::make_unique<FuelState>();
}

void FuelConsumptionRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *state, std::vector<Anomaly> &) const
{
    const QString &plate = track.plate();
    const std::vector<YearMonth> judged
        = beijingMonthsOverlapping(context.window().fromMs, context.window().toMs);
    if (judged.empty())
        return;
    const YearMonth firstMonth = judged.front().addMonths(-context.thresholds().fuelBaselineMonths);
    const YearMonth lastMonth = judged.back();
    const qint64 rangeFrom = beijingMonthStartMs(firstMonth);
    const qint64 rangeTo = beijingMonthEndMs(lastMonth);

    // Tasks whose km we need: those starting in the judged months or their baselines.
    const auto &tasks = context.tasksOf(plate);
    qint64 lo = 0, hi = 0;
    bool any = false;
    for (const Task *t : tasks) {
        if (t->startMs < rangeFrom || t->startMs >= rangeTo)
            continue;
        lo = any ? std::min(lo, t->startMs) : t->startMs;
        hi = any ? std::max(hi, t->endMs) : t->endMs;
        any = true;
    }
    const std::vector<const Refuel *> refuels = context.refuelsOfVehicle(plate);
    if (!any || refuels.size() < 2)
        return;

    // Refuel intervals (refuels[i], refuels[i + 1]] for i in [i0, i1) cover every km of those tasks that
    // any refuel can account for. The litres of refuel i + 1 are what was burnt in interval i.
    std::size_t i0 = 0;
    while (i0 + 1 < refuels.size() && refuels[i0 + 1]->timeMs < lo)
        ++i0;
    std::size_t i1 = i0;
    while (i1 + 1 < refuels.size() && refuels[i1]->timeMs < hi)
        ++i1;
    if (i1 == i0)
        return;
    const qint64 spanFrom = refuels[i0]->timeMs;
    const qint64 spanTo = refuels[i1]->timeMs;

    // km per (task, interval). Every task driven in those intervals counts, including tasks that started
    // before the range: they share the litres even though their own months are not judged.
    struct Part
    {
        const Task *task;
        std::size_t interval;
        double km;
    };
    std::vector<Part> parts;
    std::vector<double> intervalKm(refuels.size(), 0.0);
    TaskKmSink *sink = context.taskKmSink();
    for (const Task *t : tasks) {
        if (t->startMs > spanTo || t->endMs <= spanFrom)
            continue;
        // The task's km split at the refuels inside its window: kept by the store for a task judged before
        // (a closed month is not read again), else from its track.
        const std::vector<qint64> cuts = refuelCuts(refuels, t->startMs, t->endMs);
        std::vector<double> fromTrack;
        const std::vector<double> *pieces = &t->trackKm.pieces;
        if (!taskKmMatches(t->trackKm, context.thresholds(), cuts)) {
            fromTrack = kmPieces(track.clean(t->startMs, t->endMs), cuts);
            pieces = &fromTrack;
            if (sink) {
                TaskKm km;
                km.known = true;
                km.maxSpeedKmh = context.thresholds().maxSpeedKmh;
                km.sameTimeJumpM = context.thresholds().sameTimeJumpM;
                km.cuts = cuts;
                km.pieces = fromTrack;
                sink->add(t, std::move(km));
            }
        } else if (sink) {
            sink->used();
        }
        // Interval (a, b] of two refuels in a row: every step the task drove in it lies in one piece, the
        // one after the cuts up to a (a and b are cuts when inside the window; none lies between them).
        // The intervals from the first that ends at or after the task's start to the last that begins
        // before its end; the others hold no step of it.
        std::size_t j = std::size_t(std::lower_bound(refuels.begin() + std::ptrdiff_t(i0) + 1,
                                        refuels.begin() + std::ptrdiff_t(i1) + 1, t->startMs,
                                        [](const Refuel *r, qint64 ms) { return r->timeMs < ms; })
            - refuels.begin() - 1);
        for (; j < i1 && refuels[j]->timeMs < t->endMs; ++j) {
            const qint64 a = refuels[j]->timeMs;
            const qint64 b = refuels[j + 1]->timeMs;
            if (!(a < b))
                continue;
            const std::size_t p = std::size_t(std::upper_bound(cuts.begin(), cuts.end(), a) - cuts.begin());
            const double km = (*pieces)[p];
            if (km > 0.0) {
                parts.push_back({ t, j, km });
                intervalKm[j] += km;
            }
        }
    }

    ShareMap shares;
    for (const Part &part : parts) {
        const YearMonth month = beijingMonthOf(part.task->startMs);
        if (month < firstMonth || lastMonth < month)
            continue;
        Share &share = shares[{ part.task->driverCode, month.index() }];
        share.litres += refuels[part.interval + 1]->litres * part.km / intervalKm[part.interval];
        share.km += part.km;
        share.kmByPlate[plate] += part.km;
    }
    static_cast<FuelState *>(state)->merge(shares);
}

void FuelConsumptionRule::finish(
    const CheckContext &context, RuleState *state, std::vector<Anomaly> &out) const
{
    const Thresholds &th = context.thresholds();
    const ShareMap &shares = static_cast<FuelState *>(state)->shares();
    const std::vector<YearMonth> judged
        = beijingMonthsOverlapping(context.window().fromMs, context.window().toMs);

    QStringList drivers;
    for (const auto &entry : shares) {
        if (drivers.isEmpty() || drivers.back() != entry.first.first)
            drivers.append(entry.first.first);
    }
    for (const QString &driver : drivers) {
        for (const YearMonth &month : judged) {
            const auto it = shares.find({ driver, month.index() });
            if (it == shares.end())
                continue;
            const Share &current = it->second;
            Share baseline;
            QJsonArray baselineMonths;
            for (int back = 1; back <= th.fuelBaselineMonths; ++back) {
                const YearMonth m = month.addMonths(-back);
                baselineMonths.append(m.toString());
                const auto b = shares.find({ driver, m.index() });
                if (b != shares.end())
                    baseline.add(b->second);
            }
            // "needs >= 100 km in each part"; a baseline without litres gives no rate to compare with.
            if (!atLeast(current.km, th.fuelMinKm) || !atLeast(baseline.km, th.fuelMinKm)
                || !(baseline.litres > 0))
                continue;
            const double rate = current.litres / current.km * 100.0;
            const double baseRate = baseline.litres / baseline.km * 100.0;
            if (!atLeast(rate, th.fuelRatio * baseRate))
                continue;

            // The anomaly is the driver's; it is filed under the vehicle he drove most that month.
            QString mainPlate;
            double mainKm = -1.0;
            QJsonArray plates;
            for (const auto &[plate, km] : current.kmByPlate) {
                QJsonObject o;
                o.insert(QStringLiteral("plate"), plate);
                o.insert(QStringLiteral("km"), km);
                plates.append(o);
                if (km > mainKm) {
                    mainKm = km;
                    mainPlate = plate;
                }
            }
            QJsonObject e;
            e.insert(QStringLiteral("driver_code"), driver);
            e.insert(QStringLiteral("month"), month.toString());
            e.insert(QStringLiteral("litres"), current.litres);
            e.insert(QStringLiteral("km"), current.km);
            e.insert(QStringLiteral("litres_per_100km"), rate);
            e.insert(QStringLiteral("baseline"), baseRate);
            e.insert(QStringLiteral("baseline_litres"), baseline.litres);
            e.insert(QStringLiteral("baseline_km"), baseline.km);
            e.insert(QStringLiteral("baseline_months"), baselineMonths);
            e.insert(QStringLiteral("ratio"), rate / baseRate);
            e.insert(QStringLiteral("threshold"), th.fuelRatio);
            e.insert(QStringLiteral("min_km"), th.fuelMinKm);
            e.insert(QStringLiteral("plates"), plates);

            Anomaly a;
            a.rule = id();
            a.plate = mainPlate;
            a.driverCode = driver;
            a.startMs = beijingMonthStartMs(month);
            a.endMs = beijingMonthEndMs(month);
            a.evidence = e;
            out.push_back(a);
        }
    }
}

} // namespace checks
