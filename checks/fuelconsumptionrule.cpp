#include "checks/fuelconsumptionrule.h"

#include "base/beijingtime.h"
#include "checks/filltofill.h"

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
    if (!any)
        return;
    // The fill-to-fill reading (checks/filltofill.h), the same the refuel ledger shows.
    const FillToFill fills = readFillToFill(context, track, lo, hi);

    ShareMap shares;
    for (const FillToFill::Part &part : fills.parts) {
        const YearMonth month = beijingMonthOf(part.task->startMs);
        if (month < firstMonth || lastMonth < month)
            continue;
        Share &share = shares[{ part.task->driverCode, month.index() }];
        share.litres += fills.refuels[part.interval + 1]->litres * part.km / fills.intervalKm[part.interval];
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
