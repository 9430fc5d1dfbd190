// Test helper: builds records and an in-memory track around a base point in Nantong, and runs one rule.
#pragma once

#include "base/beijingtime.h"
#include "checks/checkrunner.h"
#include "checks/memorytracksource.h"
#include "maps/geo/greatcircle.h"

#include <QString>

namespace testing {

inline const geo::LatLon kBase { 32.0, 120.86 };

// A point `northM` north and `eastM` east of the base (negative = south / west).
inline geo::LatLon at(double northM, double eastM = 0.0)
{
    const geo::LatLon p
        = geo::destinationPoint(kBase, northM >= 0 ? 0.0 : 180.0, northM >= 0 ? northM : -northM);
    return geo::destinationPoint(p, eastM >= 0 ? 90.0 : 270.0, eastM >= 0 ? eastM : -eastM);
}

// Beijing wall-clock time.
inline qint64 bj(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return checks::beijingMidnightMs(year, month, day) + ((hour * 60LL + minute) * 60LL + second) * 1000LL;
}

constexpr qint64 kMinute = 60 * 1000;

struct Scenario
{
    checks::CheckData data;
    checks::MemoryTrackSource tracks;
    checks::Window window;
    checks::Thresholds thresholds;

    Scenario()
    {
        // Default window: October 2026, checked in December.
        window.fromMs = bj(2026, 10, 1);
        window.toMs = bj(2026, 11, 1);
        window.nowMs = bj(2026, 12, 1);
    }

    void vehicle(const QString &plate, const QString &status = QStringLiteral("active"))
    {
        data.vehicles.push_back({ plate, QStringLiteral("general"), QStringLiteral("U1"), status });
    }

    void task(const QString &code, const QString &plate, const QString &driver, qint64 startMs, qint64 endMs,
        const geo::LatLon &dest = kBase, double navKm = 10.0)
    {
        data.tasks.push_back({ code, plate, driver, QStringLiteral("U1"), QStringLiteral("dest ") + code,
            startMs, endMs, dest.lat, dest.lon, navKm });
    }

    void fix(const QString &plate, qint64 timeMs, const geo::LatLon &p)
    {
        tracks.add(plate, checks::Fix { timeMs, p.lat, p.lon, 0.0f });
    }

    // `steps` straight steps of `stepM` metres every `stepS` seconds on `bearing` from `from`, starting with
    // a fix at `from` at `startMs`; returns the last position.
    geo::LatLon drive(const QString &plate, qint64 startMs, geo::LatLon from, double bearing, double stepM,
        int stepS, int steps)
    {
        fix(plate, startMs, from);
        for (int i = 1; i <= steps; ++i) {
            from = geo::destinationPoint(from, bearing, stepM);
            fix(plate, startMs + qint64(i) * stepS * 1000, from);
        }
        return from;
    }

    void card(const QString &cardNo, const QString &plate) { data.cards.push_back({ cardNo, plate }); }

    void station(const QString &code, const geo::LatLon &p)
    {
        data.stations.push_back({ code, QStringLiteral("station ") + code, p.lat, p.lon });
    }

    void refuel(const QString &cardNo, qint64 timeMs, double litres = 40.0,
        const QString &stationCode = QStringLiteral("S1"))
    {
        data.refuels.push_back({ cardNo, stationCode, timeMs, litres, litres * 7.5 });
    }

    void violation(const QString &plate, qint64 timeMs, const QString &driver = QStringLiteral("D1"))
    {
        data.violations.push_back({ plate, driver, QStringLiteral("1345"), timeMs });
    }

    void fence(const QString &name, const geo::MultiPolygon &area, const QStringList &plates = {})
    {
        data.fences.push_back({ name, area, plates });
    }

    std::vector<checks::Anomaly> run(const QString &rule, int threads = 1) const
    {
        const checks::CheckContext context(data, tracks, window, thresholds);
        checks::CheckRunner runner;
        runner.setThreadCount(threads);
        return runner.run(context, { rule }).anomalies;
    }
};

// A square fence of side 2*halfM around the base.
inline geo::MultiPolygon squareAroundBase(double halfM)
{
    const geo::LatLon sw = at(-halfM, -halfM);
    const geo::LatLon ne = at(halfM, halfM);
    return { geo::Polygon {
        { { sw.lat, sw.lon }, { sw.lat, ne.lon }, { ne.lat, ne.lon }, { ne.lat, sw.lon } }, {} } };
}

} // namespace testing
