#include "cityfleet.h"

#include "base/beijingtime.h"
#include "maps/geo/greatcircle.h"

#include <cmath>

namespace bench {

namespace {

constexpr double kCentreLat = 32.0;
constexpr double kCentreLon = 120.86;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kStepMs = 10 * 1000;
constexpr int kTaskMinutes = 75;
constexpr int kStations = 60;
const double kMetresPerDegree = geo::kEarthRadiusM * geo::kPi / 180.0;

class Lcg
{
public:
    explicit Lcg(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 1)
    {
        next();
    }
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    double uniform() { return next() / 4294967296.0; } // [0, 1)
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    double noise() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.3; } // ~N(0, 0.75)
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

struct Point
{
    double x = 0, y = 0; // metres east / north of the depot
};

// A vehicle's depot lies 150 m from its home station.
int homeStation(int v)
{
    return v % kStations;
}

class Driver
{
public:
    Driver(double depotLat, double depotLon, Lcg &random, std::vector<PositionFix> *out)
        : m_lat(depotLat)
        , m_lon(depotLon)
        , m_kx(1.0 / (kMetresPerDegree * std::cos(geo::degToRad(depotLat))))
        , m_random(random)
        , m_out(out)
    { }

    // A trip out for `steps` fixes and back the same way. Returns the km driven (true path) and the
    // turnaround point.
    double trip(qint64 t0, int steps, Point *far)
    {
        std::vector<Point> path { {} };
        std::vector<float> speeds { 0.0f };
        double heading = m_random.range(0, 2 * geo::kPi);
        double speed = 0, target = m_random.range(25, 55);
        int stopped = 0;
        double km = 0;
        for (int i = 1; i <= steps / 2; ++i) {
            if (stopped > 0) {
                --stopped;
                speed = 0;
            } else {
                if (m_random.chance(1.0 / 30))
                    stopped = 3 + int(m_random.next() % 6); // a red light
                if (m_random.chance(1.0 / 8))
                    target = m_random.range(20, 60);
                speed += std::clamp(target - speed, -12.0, 8.0);
                heading += geo::degToRad(m_random.noise() * 2.0);
                if (m_random.chance(1.0 / 40)) { // a turn, rather away from the depot than back
                    const Point &p = path.back();
                    const double left = heading + geo::kPi / 2, right = heading - geo::kPi / 2;
                    const double dl = p.x * std::sin(left) + p.y * std::cos(left);
                    heading = dl >= 0 ? left : right;
                }
            }
            const double step = speed / 3.6 * (kStepMs / 1000.0);
            km += step / 1000.0;
            path.push_back(
                { path.back().x + step * std::sin(heading), path.back().y + step * std::cos(heading) });
            speeds.push_back(float(speed));
        }
        *far = path.back();
        int i = 0;
        for (std::size_t k = 0; k < path.size(); ++k, ++i)
            record(t0 + i * kStepMs, path[k], speeds[k]);
        for (std::size_t k = path.size() - 1; k-- > 0; ++i)
            record(t0 + i * kStepMs, path[k], speeds[k + 1]);
        return 2 * km;
    }

    // Fixes while wandering for `steps` around a point `offset` away from the depot.
    void wander(qint64 t0, int steps, Point offset)
    {
        double heading = m_random.range(0, 2 * geo::kPi);
        Point p = offset;
        for (int i = 0; i < steps; ++i) {
            heading += geo::degToRad(m_random.noise() * 10.0);
            p = { p.x + 80 * std::sin(heading), p.y + 80 * std::cos(heading) };
            record(t0 + i * kStepMs, p, 29.0f);
        }
    }

    double latOf(const Point &p) const { return m_lat + p.y / kMetresPerDegree; }
    double lonOf(const Point &p) const { return m_lon + p.x * m_kx; }

private:
    void record(qint64 t, const Point &p, float speed)
    {
        if (!m_out)
            return;
        PositionFix f;
        // Terminals report on a timer; one report in five comes a few ms late.
        f.timeMs = t + (m_random.chance(0.2) ? qint64(m_random.next() % 40) : 0);
        const double nx = m_random.noise() * 2.0, ny = m_random.noise() * 2.0; // sigma 1.5 m
        f.lat = latOf({ 0, p.y + ny });
        f.lon = lonOf({ p.x + nx, 0 });
        f.speedKmh = std::max(0.0f, speed + float(m_random.noise()));
        f.headingDeg = float(m_random.next() % 360);
        m_out->push_back(f);
    }

    double m_lat, m_lon, m_kx;
    Lcg &m_random;
    std::vector<PositionFix> *m_out;
};

} // namespace

CityFleet::CityFleet(FleetSpec spec)
    : m_spec(spec)
{
    const checks::YearMonth judged { spec.year, spec.month };
    m_judgedFrom = checks::beijingMonthStartMs(judged);
    m_to = checks::beijingMonthEndMs(judged);
    m_dataFrom = checks::beijingMonthStartMs(judged.addMonths(-spec.baselineMonths));
    Lcg random(4242);
    for (int s = 0; s < kStations; ++s) {
        const double r = 15000 * std::sqrt(random.uniform()), a = random.range(0, 2 * geo::kPi);
        m_stations.push_back({ QStringLiteral("S%1").arg(s + 1, 3, 10, QLatin1Char('0')),
            QStringLiteral("加油站 %1").arg(s + 1), kCentreLat + r * std::cos(a) / kMetresPerDegree,
            kCentreLon + r * std::sin(a) / (kMetresPerDegree * std::cos(geo::degToRad(kCentreLat))) });
    }
}

QString CityFleet::plate(int v) const
{
    return QStringLiteral("苏F·%1").arg(v, 5, 10, QLatin1Char('0'));
}

QString CityFleet::status(int v) const
{
    return v % 100 == 50 ? QStringLiteral("retired")
                         : (v % 50 == 7 ? QStringLiteral("maintenance") : QStringLiteral("active"));
}

QString CityFleet::cardNo(int v) const
{
    return QStringLiteral("9100113206%1").arg(v, 6, 10, QLatin1Char('0'));
}

QString CityFleet::driverCode(int d) const
{
    return QStringLiteral("D%1").arg(d, 5, 10, QLatin1Char('0'));
}

QStringList CityFleet::strayCardPlates() const
{
    return { QStringLiteral("苏F·K8M21"), QStringLiteral("苏A·99999"), QStringLiteral("沪B·12345") };
}

std::vector<std::pair<double, double>> CityFleet::fenceOutline() const
{
    std::vector<std::pair<double, double>> ring;
    for (int i = 0; i < 2000; ++i) {
        const double a = 2 * geo::kPi * i / 2000;
        const double r = 0.3 + 0.01 * std::sin(37 * a);
        ring.emplace_back(kCentreLat + r * std::sin(a), kCentreLon + r * 1.18 * std::cos(a));
    }
    return ring;
}

VehicleData CityFleet::vehicle(int v, int firstDay, int lastDay) const
{
    if (lastDay < 0)
        lastDay = days();
    VehicleData data;
    const GenStation &home = m_stations[size_t(homeStation(v))];
    const double depotLat = home.lat + 150.0 / kMetresPerDegree;
    const double depotLon = home.lon;
    const double ratePer100 = 8.0 + v % 7; // litres per 100 km
    const int mainDriver = v;
    const int spareDriver = m_spec.vehicles + v % (driverCount() - m_spec.vehicles);
    double kmSinceRefuel = 0, litresSinceRefuel = 0;
    int taskNo = 0;
    for (int day = 0; day < lastDay; ++day) {
        const qint64 midnight = m_dataFrom + day * checks::kDayMs;
        const bool judged = midnight >= m_judgedFrom;
        Lcg random(quint64(v) * 100003 + quint64(day));
        std::vector<PositionFix> *out = day >= firstDay ? &data.fixes : nullptr;
        Driver driver(depotLat, depotLon, random, out);
        // One in ten vehicles has a spare driver for its afternoon task on odd days.
        for (int slot = 0; slot < 2; ++slot) {
            const int who = (slot == 1 && v % 10 == 3 && day % 2) ? spareDriver : mainDriver;
            const qint64 start = midnight + (slot == 0 ? 8 * 60 : 14 * 60) * kMinute + (v % 60) * kMinute;
            const qint64 end = start + kTaskMinutes * kMinute;
            Point far;
            const double km = driver.trip(start + 2 * kMinute, (kTaskMinutes - 5) * 6, &far);
            GenTask t;
            t.code = QStringLiteral("T%1-%2")
                         .arg(v, 4, 10, QLatin1Char('0'))
                         .arg(taskNo++, 4, 10, QLatin1Char('0'));
            t.driver = who;
            t.startMs = start;
            t.endMs = end;
            // The destination is where the trip turned; one task in a hundred was booked 4 km off it.
            const bool wrongPlace = (v * 7 + day * 3 + slot) % 100 == 0;
            t.destLat = driver.latOf({ far.x, far.y + (wrongPlace ? 4000 : random.range(-200, 200)) });
            t.destLon = driver.lonOf({ far.x + random.range(-200, 200), 0 });
            // Navigation plans ~the route; one in fifty booked a third of what was driven (mileage).
            t.navKm = std::round(km * ((v + day + slot) % 50 == 0 ? 0.3 : random.range(0.92, 1.1)) * 10) / 10;
            if (day >= firstDay)
                data.tasks.push_back(t);
            // A driver in thirty burns 30 % more in the judged month (fuel_consumption).
            const double factor = (judged && who % 30 == 4) ? 1.3 : random.range(0.97, 1.03);
            kmSinceRefuel += km;
            litresSinceRefuel += km * ratePer100 / 100 * factor;
            // Every third day the afternoon task ends with a refuel at the home station (full tank).
            if (slot == 1 && (day + v) % 3 == 0) {
                GenRefuel r;
                r.station = homeStation(v);
                // One refuel in 150 is booked at a station across town (card_usage).
                if ((day * 13 + v) % 150 == 0)
                    r.station = (r.station + kStations / 2) % kStations;
                r.timeMs = end - 3 * kMinute;
                r.litres = std::round(std::max(5.0, litresSinceRefuel) * 100) / 100;
                r.yuan = std::round(r.litres * 7.9 * 100) / 100;
                if (day >= firstDay)
                    data.refuels.push_back(r);
                kmSinceRefuel = litresSinceRefuel = 0;
            }
        }
        // Evening drives outside any task: most near the depot (inside the fence), and one vehicle in forty
        // every ninth day 45 km out of town (location).
        if ((day + v) % 4 == 0)
            driver.wander(midnight + 18 * 60 * kMinute + (v % 30) * kMinute, 60, { 500, 500 });
        if (v % 40 == 1 && day % 9 == 0)
            driver.wander(midnight + 20 * 60 * kMinute, 60, { 45000 - (depotLon - kCentreLon) * 94000, 0 });
        // Two evening refuels between tasks with one card, one vehicle in a hundred, every tenth day
        // (refuel_frequency); they are not on any track either (card_usage).
        if (v % 100 == 17 && day % 10 == 4 && day >= firstDay) {
            for (int k = 0; k < 2; ++k)
                data.refuels.push_back(
                    { homeStation(v), midnight + (19 + 2 * k) * 60 * kMinute, 15.0, 118.5 });
        }
        // About one violation a vehicle in 45 days, and a second one in the judged month for one vehicle in
        // 25 (violations).
        if (((v * 31 + day * 17) % 45 == 0 || (judged && v % 25 == 3 && day % 31 == 20)) && day >= firstDay)
            data.violations.push_back({ mainDriver, midnight + 8 * 60 * kMinute + (v % 60 + 30) * kMinute,
                QStringLiteral("1345") });
    }
    return data;
}

} // namespace bench
