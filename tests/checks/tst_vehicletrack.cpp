// VehicleTrack: every range it hands out is exactly what filtering the source's own fixes of that range
// gives, bit for bit, whether the range is a slice of one fetch or joins days fetched by several calls, and
// each Beijing day is fetched from the source once.
#include "base/beijingtime.h"
#include "checks/memorytracksource.h"
#include "checks/vehicletrack.h"

#include <QtTest>

#include <cstring>
#include <random>

using namespace checks;

namespace {

const QString kPlate = QStringLiteral("苏F·A0001");
// Counts what the rules' VehicleTrack asks of the source.
class CountingSource : public TrackSource
{
public:
    explicit CountingSource(const MemoryTrackSource &inner)
        : m_inner(inner)
    { }
    std::vector<Fix> fixes(const QString &plate, qint64 fromMs, qint64 toMs) const override
    {
        ++calls;
        for (qint64 d = fromMs; d < toMs; d += kDayMs)
            ++daysFetched[d];
        return m_inner.fixes(plate, fromMs, toMs);
    }
    mutable int calls = 0;
    mutable std::map<qint64, int> daysFetched;

private:
    const MemoryTrackSource &m_inner;
};

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestVehicleTrack : public QObject
{
    Q_OBJECT

private slots:
    void rangesEqualTheirOwnFilter();
};

void TestVehicleTrack::rangesEqualTheirOwnFilter()
{
    // Eight days of a fix every 20 s, wandering, with jumps (a fix 50 km off), same-instant duplicates
    // (near and far) and fixes exactly on Beijing midnights.
    std::mt19937 rng(3);
    std::vector<Fix> all;
    std::vector<qint64> oddFixes; // the times of the jumps and of the far same-instant reports
    double lat = 31.30, lon = 120.60;
    const qint64 startDay = beijingMidnightMs(2026, 10, 1);
    for (qint64 t = startDay; t < startDay + 8 * kDayMs; t += 20000) {
        lat += (int(rng() % 201) - 100) * 1e-6;
        lon += (int(rng() % 201) - 100) * 1e-6;
        const int kind = int(rng() % 500);
        if (kind == 0) {
            all.push_back({ t, lat + 0.45, lon, 0.0f }); // a jump
            oddFixes.push_back(t);
        } else
            all.push_back({ t, lat, lon, 0.0f });
        if (kind == 1)
            all.push_back({ t, lat + 1e-6, lon, 0.0f }); // a repeated report
        if (kind == 2) {
            all.push_back({ t, lat + 0.01, lon, 0.0f }); // the same instant, 1 km off
            oddFixes.push_back(t);
        }
    }
    MemoryTrackSource memory;
    memory.add(kPlate, all);
    CountingSource source(memory);
    geo::JumpFilterOptions options;
    VehicleTrack track(source, kPlate, options);

    // Ranges in an order that fetches days by separate calls first (days 2 and 5), then ranges across
    // them (joined from several fetches), then the whole span, then slices inside single fetches.
    std::vector<std::pair<qint64, qint64>> ranges = {
        { startDay + 2 * kDayMs + 3600000, startDay + 2 * kDayMs + 7200000 },
        { startDay + 5 * kDayMs, startDay + 6 * kDayMs - 1 },
        { startDay + kDayMs + 1000, startDay + 6 * kDayMs + 5000 },
        { startDay - kDayMs, startDay + 8 * kDayMs },
        { startDay + 7 * kDayMs - 20000, startDay + 7 * kDayMs }, // ends exactly on a midnight fix
        { startDay + 3 * kDayMs, startDay + 3 * kDayMs }, // one instant
        { startDay + 4 * kDayMs, startDay + 3 * kDayMs }, // empty (to before from)
    };
    // Ranges that start on a fix the whole day's filtering drops: the range keeps it (its first fix) and
    // must judge what follows against it, not against the day's filtering, until the two meet again.
    for (qint64 t : oddFixes)
        ranges.push_back({ t, t + 2 * 3600000 });
    for (int i = 0; i < 300; ++i) {
        const qint64 from = startDay + qint64(rng() % quint32(8 * 86400)) * 1000 - 3600000;
        ranges.push_back({ from, from + qint64(rng() % quint32(2 * 86400)) * 1000 });
    }
    for (const auto &[from, to] : ranges) {
        const CleanTrack &clean = track.clean(from, to);
        std::vector<Fix> raw = to < from ? std::vector<Fix>() : memory.fixes(kPlate, from, to + 1);
        std::vector<double> steps;
        const std::vector<std::size_t> kept = geo::keptFixIndices(raw, options, &steps);
        QCOMPARE(clean.fixes.size(), kept.size());
        QCOMPARE(clean.dropped, int(raw.size() - kept.size()));
        QCOMPARE(clean.stepsM.size(), steps.size());
        double length = 0.0;
        for (std::size_t k = 0; k < kept.size(); ++k) {
            const Fix &a = clean.fixes[k];
            const Fix &b = raw[kept[k]];
            QCOMPARE(a.timeMs, b.timeMs);
            QVERIFY(sameBits(a.lat, b.lat) && sameBits(a.lon, b.lon));
            QVERIFY(sameBits(clean.stepsM[k], steps[k]));
            length += steps[k];
        }
        QVERIFY(sameBits(clean.lengthM, length));
        // Asked again: the same object, nothing fetched.
        const int calls = source.calls;
        QCOMPARE(&track.clean(from, to), &clean);
        QCOMPARE(source.calls, calls);
    }
    QVERIFY(source.calls >= 3); // the first ranges really came from separate fetches
    for (const auto &[day, times] : source.daysFetched)
        QVERIFY2(times == 1, qPrintable(QString::number(day)));
}

QTEST_GUILESS_MAIN(TestVehicleTrack)
#include "tst_vehicletrack.moc"
