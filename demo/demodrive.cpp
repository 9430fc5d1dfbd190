#include "demo/demodrive.h"
#include "base/timeparse.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>

namespace demo {

// The county seats are those of the city's gazetteer (approximate to about a kilometre); the city places
// are approximate too. 崇川区's seat is left out: it is a few hundred metres from the center.
const std::vector<Place> &places()
{
    static const std::vector<Place> all {
        { "南通市人民政府", 31.9802, 120.8943, false, 6 },
        { "南通兴东国际机场", 32.0718, 120.9761, false, 2 },
        { "南通市经济技术开发区管委会", 31.9530, 120.9420, false, 3 },
        { "南通大学啬园校区", 31.9760, 120.9120, false, 2 },
        { "狼山风景区管理处", 31.9427, 120.8797, false, 1 },
        { "南通创新区管委会", 31.9880, 120.9560, false, 2 },
        { "通州区人民政府", 32.0654, 121.0732, true, 3 },
        { "海门区人民政府", 31.8713, 121.1816, true, 2 },
        { "如皋市人民政府", 32.3711, 120.5737, true, 2 },
        { "海安市人民政府", 32.5327, 120.4675, true, 1 },
        { "如东县人民政府", 32.3317, 121.1859, true, 1 },
        { "启东市人民政府", 31.8080, 121.6574, true, 1 },
    };
    return all;
}

const Place &place(const char *name)
{
    for (const Place &p : places()) {
        if (qstrcmp(p.name, name) == 0)
            return p;
    }
    return places().front();
}

qint64 beijingMs(const QDate &day, int minutes)
{
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch() - TimeParse::kBeijingOffsetMs + minutes * kMinuteMs;
}

qint64 roundUpTo10Min(qint64 ms)
{
    const qint64 step = 10 * kMinuteMs;
    return (ms + step - 1) / step * step;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

bool isWorkday(const QDate &day)
{
    // National Day week (1–7 October) is a holiday; emergency cars still run the odd duty trip then.
    return day.dayOfWeek() <= 5 && !(day.month() == 10 && day.day() <= 7);
}

void Drive::start(LatLon where, qint64 timeMs)
{
    m_pos = where;
    m_time = timeMs;
    fix(0.0f, std::numeric_limits<float>::quiet_NaN());
}

void Drive::to(LatLon target)
{
    const LatLon from = m_pos;
    const double d = geo::distanceM(from, target);
    std::vector<LatLon> path { from };
    if (d > 1500.0) {
        const int k = std::clamp(int(d / 6000.0), 1, 8);
        const double bearing = geo::initialBearingDeg(from, target);
        const double segment = d / (k + 1);
        for (int i = 1; i <= k; ++i) {
            const double f = double(i) / (k + 1);
            const LatLon base { from.lat + f * (target.lat - from.lat),
                from.lon + f * (target.lon - from.lon) };
            const double offset = segment * 0.7 * (m_random.below(2001) - 1000) / 1000.0;
            path.push_back(geo::destinationPoint(
                base, offset >= 0 ? bearing + 90.0 : bearing + 270.0, std::abs(offset)));
        }
    }
    path.push_back(target);
    std::vector<double> lengths;
    for (size_t i = 1; i < path.size(); ++i)
        lengths.push_back(geo::distanceM(path[i - 1], path[i]));

    const int town = 30 + m_random.below(31), road = 60 + m_random.below(31);
    size_t seg = 0; // path[seg] → path[seg + 1]
    double along = 0.0;
    for (;;) {
        const bool inTown = geo::distanceM(m_pos, from) < 4000.0 || geo::distanceM(m_pos, target) < 4000.0;
        const int v = inTown ? std::clamp(town + m_random.below(9) - 4, 30, 60)
                             : std::clamp(road + m_random.below(9) - 4, 60, 90);
        const double step = v / 3.6 * (kTickMs / 1000.0);
        double remaining = step;
        while (seg < lengths.size() && along + remaining >= lengths[seg]) {
            remaining -= lengths[seg] - along;
            along = 0.0;
            ++seg;
        }
        if (seg == lengths.size()) {
            // Arrives within this tick: the last fix at the target, at the whole second it gets there.
            const double seconds = std::ceil((step - remaining) / (v / 3.6));
            m_time += std::max<qint64>(1, qint64(seconds)) * 1000;
            moveTo(target, 0.0f, float(geo::initialBearingDeg(path[path.size() - 2], target)));
            return;
        }
        along += remaining;
        const double f = along / lengths[seg];
        const LatLon &a = path[seg], &b = path[seg + 1];
        m_time += kTickMs;
        moveTo({ a.lat + f * (b.lat - a.lat), a.lon + f * (b.lon - a.lon) }, float(v),
            float(geo::initialBearingDeg(a, b)));
    }
}

void Drive::stay(qint64 ms, qint64 everyMs)
{
    const qint64 until = m_time + ms;
    for (qint64 t = m_time + everyMs; t < until; t += everyMs) {
        m_time = t;
        fix(0.0f, std::numeric_limits<float>::quiet_NaN());
    }
    m_time = until;
    fix(0.0f, std::numeric_limits<float>::quiet_NaN());
}

void Drive::moveTo(LatLon p, float speed, float heading)
{
    m_km += geo::distanceM(m_pos, p) / 1000.0;
    m_pos = p;
    // Whole degrees in [0, 360), as terminals report them: PositionStore compares a heading that rounds
    // to 360 with the 0 it stored and would count a re-run as a change.
    fix(speed, std::fmod(std::round(heading) + 360.0f, 360.0f));
}

void Drive::fix(float speed, float heading)
{
    PositionFix f;
    f.timeMs = m_time;
    f.lat = m_pos.lat;
    f.lon = m_pos.lon;
    f.speedKmh = speed;
    f.headingDeg = heading;
    m_fixes.push_back(f);
}

} // namespace demo
