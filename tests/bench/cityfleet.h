// A deterministic city fleet for the DESIGN §9 benchmarks: 854 vehicles, each with two 75-minute tasks a day
// (out to a destination and back along the same streets, a fix every 10 s while driving, red lights, turns,
// 1.5 m of receiver noise), a short private drive now and then, refuels at its home station every third day
// with litres that follow the km driven, and a few planted anomalies of every rule. Nothing random between
// runs or machines: the generator is a fixed LCG, not <random>'s distributions.
#pragma once

#include "positionio/positionfix.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bench {

struct FleetSpec
{
    int vehicles = 854;
    int year = 2026;
    int month = 10; // the judged month
    int baselineMonths = 3; // tracks, tasks and refuels also cover these months before it (fuel rule)
};

struct GenTask
{
    QString code;
    int driver = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    double destLat = 0, destLon = 0, navKm = 0;
};

struct GenRefuel
{
    int station = 0;
    qint64 timeMs = 0;
    double litres = 0, yuan = 0;
};

struct GenViolation
{
    int driver = 0;
    qint64 timeMs = 0;
    QString code;
};

struct GenStation
{
    QString code, name;
    double lat = 0, lon = 0;
};

// Everything of one vehicle over the data span, fixes sorted by time.
struct VehicleData
{
    std::vector<PositionFix> fixes;
    std::vector<GenTask> tasks;
    std::vector<GenRefuel> refuels;
    std::vector<GenViolation> violations;
};

class CityFleet
{
public:
    explicit CityFleet(FleetSpec spec = {});

    const FleetSpec &spec() const { return m_spec; }
    qint64 dataFromMs() const { return m_dataFrom; } // first day of the first baseline month
    qint64 judgedFromMs() const { return m_judgedFrom; }
    qint64 toMs() const { return m_to; } // end of the judged month (exclusive)
    int days() const { return int((m_to - m_dataFrom) / (24 * 3600 * 1000LL)); }

    QString plate(int v) const; // 苏F·00000 ...
    QString status(int v) const; // one in a hundred is retired
    QString cardNo(int v) const;
    int driverCount() const { return m_spec.vehicles + m_spec.vehicles / 10; }
    QString driverCode(int d) const;
    const std::vector<GenStation> &stations() const { return m_stations; }
    // The city fence: a 2 000-vertex ragged outline ~30 km across, like a district boundary. [lat, lon].
    std::vector<std::pair<double, double>> fenceOutline() const;
    // Cards bound to plates that are not official vehicles (card_binding).
    QStringList strayCardPlates() const;

    // Days [firstDay, lastDay) of the data span (0 = dataFromMs()); tasks, refuels and fixes of those days.
    VehicleData vehicle(int v, int firstDay = 0, int lastDay = -1) const;

private:
    FleetSpec m_spec;
    qint64 m_dataFrom = 0, m_judgedFrom = 0, m_to = 0;
    std::vector<GenStation> m_stations;
};

} // namespace bench
