// DESIGN §9 benchmark for checks/: all eight rules over one month of a city fleet (854 vehicles, a fix every
// 10 s while moving, ~2.5 h a day: ~23 M fixes) on 2 threads. Positions are generated on demand by a
// TrackSource, as the real store decodes them, so the month is never in memory at once.
// Usage: bench_checks [vehicles] [threads]
#include "base/beijingtime.h"
#include "checks/checkrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

#include <sys/resource.h>

#include <atomic>
#include <cmath>

using namespace checks;

namespace {

constexpr double kBaseLat = 32.0;
constexpr double kBaseLon = 120.86;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kStepMs = 10 * 1000;
constexpr int kTaskMinutes = 75; // two tasks a day: 2.5 h of driving

qint64 taskStart(int vehicle, qint64 dayStart, int slot)
{
    return dayStart + (slot == 0 ? 8 * 60 : 14 * 60) * kMinute + (vehicle % 60) * kMinute;
}

// Every vehicle drives two tasks a day on a circle around its own centre inside the city, 36 km/h; one in
// twenty also takes a private evening drive outside the city fence.
class SyntheticTracks : public TrackSource
{
public:
    SyntheticTracks(const QStringList &plates, qint64 fromMs, qint64 toMs)
        : m_from(fromMs)
        , m_to(toMs)
    {
        for (int i = 0; i < plates.size(); ++i)
            m_index.insert(plates[i], i);
    }

    std::vector<Fix> fixes(const QString &plate, qint64 fromMs, qint64 toMs) const override
    {
        std::vector<Fix> out;
        const int v = m_index.value(plate, -1);
        if (v < 0)
            return out;
        fromMs = std::max(fromMs, m_from);
        toMs = std::min(toMs, m_to);
        for (qint64 day = dayOf(fromMs); day < toMs; day += kDayMs) {
            for (int slot = 0; slot < 2; ++slot)
                drive(v, taskStart(v, day, slot), kTaskMinutes, 0.03, fromMs, toMs, out);
            if (v % 20 == 0)
                drive(v, day + 20 * 60 * kMinute, 10, 0.5, fromMs, toMs, out);
        }
        return out;
    }

private:
    static qint64 dayOf(qint64 ms)
    {
        const qint64 local = ms + kBeijingOffsetMs;
        return local - ((local % kDayMs) + kDayMs) % kDayMs - kBeijingOffsetMs;
    }

    static void drive(
        int v, qint64 start, int minutes, double offsetDeg, qint64 fromMs, qint64 toMs, std::vector<Fix> &out)
    {
        const double cLat = kBaseLat + offsetDeg + (v % 29) * 0.002;
        const double cLon = kBaseLon + (v % 31) * 0.002;
        const int steps = minutes * 6;
        for (int i = 0; i <= steps; ++i) {
            const qint64 t = start + i * kStepMs;
            if (t < fromMs || t >= toMs)
                continue;
            const double a = i * 0.02; // 100 m steps on a 5 km circle
            out.push_back({ t, cLat + 0.045 * std::sin(a), cLon + 0.053 * std::cos(a), 36.0f });
        }
    }

    QHash<QString, int> m_index;
    qint64 m_from;
    qint64 m_to;
};

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int vehicles = argc > 1 ? std::atoi(argv[1]) : 854;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    QTextStream out(stdout);

    // October 2026 judged; July–September are the fuel baseline, so data covers four months.
    const qint64 dataFrom = beijingMidnightMs(2026, 7, 1);
    const qint64 from = beijingMidnightMs(2026, 10, 1);
    const qint64 to = beijingMidnightMs(2026, 11, 1);

    CheckData data;
    QStringList plates;
    for (int v = 0; v < vehicles; ++v) {
        const QString plate = QStringLiteral("苏F·%1").arg(v, 5, 10, QLatin1Char('0'));
        plates.append(plate);
        data.vehicles.push_back({ plate, QStringLiteral("general"), QStringLiteral("U1"),
            v % 100 == 0 ? QStringLiteral("retired") : QStringLiteral("active") });
        const QString card = QStringLiteral("C%1").arg(v);
        data.cards.push_back({ card, plate });
        int n = 0;
        for (qint64 day = dataFrom; day < to; day += kDayMs, ++n) {
            for (int slot = 0; slot < 2; ++slot) {
                const qint64 start = taskStart(v, day, slot);
                data.tasks.push_back({ QStringLiteral("T%1-%2-%3").arg(v).arg(n).arg(slot), plate,
                    QStringLiteral("D%1").arg((v + slot) % (vehicles + 7)), QStringLiteral("U1"),
                    QStringLiteral("dest"), start, start + kTaskMinutes * kMinute,
                    kBaseLat + (v % 29) * 0.002 + 0.03, kBaseLon + (v % 31) * 0.002 + 0.053, 20.0 });
            }
            if (n % 3 == 0) // every third day, at noon between the two tasks
                data.refuels.push_back({ card, QStringLiteral("S%1").arg(v % 20), day + 12 * 60 * kMinute,
                    10.0 + (v % 7), 80.0 });
            if ((n + v) % 17 == 0)
                data.violations.push_back(
                    { plate, QStringLiteral("D%1").arg(v), QStringLiteral("1345"), day + 10 * 60 * kMinute });
        }
    }
    for (int s = 0; s < 20; ++s)
        data.stations.push_back({ QStringLiteral("S%1").arg(s), QStringLiteral("station"),
            kBaseLat + s * 0.003, kBaseLon + s * 0.003 });
    // The city fence: a 60 km square with a ragged 2 000-vertex outline, like a district boundary.
    geo::Ring outline;
    for (int i = 0; i < 2000; ++i) {
        const double a = 2 * 3.141592653589793 * i / 2000;
        const double r = 0.3 + 0.01 * std::sin(37 * a);
        outline.push_back({ kBaseLat + 0.03 + r * std::sin(a), kBaseLon + 0.03 + r * 1.18 * std::cos(a) });
    }
    data.fences.push_back({ QStringLiteral("city"), { geo::Polygon { outline, {} } }, {} });

    const SyntheticTracks tracks(plates, dataFrom, to);
    const CheckContext context(data, tracks, { from, to, to + kDayMs });

    // What the TrackSource alone costs (here: generating, in the app: decoding) for one pass over the month.
    QElapsedTimer fetchTimer;
    fetchTimer.start();
    std::size_t monthFixes = 0;
    for (const QString &plate : plates)
        monthFixes += tracks.fixes(plate, from, to).size();
    const qint64 fetchMs = fetchTimer.elapsed();
    out << vehicles << " vehicles, " << data.tasks.size() << " tasks (4 months), " << monthFixes
        << " fixes in the judged month, " << threads << " threads; one pass of the source over the month "
        << fetchMs << " ms\n";
    out.flush();

    CheckRunner runner;
    runner.setThreadCount(threads);
    for (const QString &rule : CheckRunner::ruleIds()) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        const auto result = runner.run(context, { rule });
        out << QStringLiteral("%1 %2 ms wall, %3 ms cpu, %4 anomalies\n")
                   .arg(rule, -17)
                   .arg(timer.elapsed(), 6)
                   .arg(qint64((cpuSeconds() - cpu) * 1000), 6)
                   .arg(result.anomalies.size());
        out.flush();
    }
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    const auto all = runner.run(context);
    out << QStringLiteral("all rules         %1 ms wall, %2 ms cpu, %3 anomalies, peak RSS %4 MB\n")
               .arg(timer.elapsed(), 6)
               .arg(qint64((cpuSeconds() - cpu) * 1000), 6)
               .arg(all.anomalies.size())
               .arg(peakRssMb());
    return 0;
}
