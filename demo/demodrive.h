#pragma once
// Where the demo fleet drives and how (demotraffic's ground, not part of the demo's interface): the center
// and the places its cars go to, the Beijing calendar the demo is planned on, the traffic police's codes,
// the repair shops, and Drive, which turns a car's day into the fixes its terminal would send.
#include "demo/demotraffic.h"
#include "maps/geo/greatcircle.h"
#include "positionio/positionfix.h"

#include <QDate>
#include <vector>

namespace demo {

using geo::LatLon;

// 南通市公务用车服务中心: where every car is parked overnight and every trip starts and ends (approximate).
constexpr LatLon kCenter { 32.0105, 120.8605 };
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kTickMs = 10 * 1000; // terminals report every 10 s while moving
constexpr qint64 kParkedEveryMs = 5 * kMinuteMs; // and a heartbeat every 5 min while parked
// nav_km: the navigation route there and back, taken as 1.25 × the great-circle distance each way.
constexpr double kRoadFactor = 1.25;

struct Place
{
    const char *name;
    double lat, lon;
    bool county; // trip_type county, else city
    int weight; // how often the center's cars go there
};
const std::vector<Place> &places(); // the first is the city's government
const Place &place(const char *name); // by name; the first place when there is none
inline LatLon at(const Place &p)
{
    return { p.lat, p.lon };
}

qint64 beijingMs(const QDate &day, int minutes); // the Beijing day's minute as UTC milliseconds
qint64 roundUpTo10Min(qint64 ms);
double round2(double v);
bool isWorkday(const QDate &day); // Monday to Friday outside the National Day week

// Appends the fixes of one vehicle as it drives and parks, keeping its time, place and the km it drove.
class Drive
{
public:
    Drive(DemoRandom &random, std::vector<PositionFix> &fixes)
        : m_random(random)
        , m_fixes(fixes)
    { }

    void start(LatLon where, qint64 timeMs);

    // Along a few waypoints wiggled off the straight line (roads are not straight), at town speeds near
    // either end and road speeds between. The step chord is what the rules measure, so that is what counts.
    void to(LatLon target);

    // Standing still for `ms`, the terminal reporting every `everyMs` and once more as the car moves off.
    void stay(qint64 ms, qint64 everyMs);

    qint64 time() const { return m_time; }
    LatLon position() const { return m_pos; }
    double km() const { return m_km; }

private:
    void moveTo(LatLon p, float speed, float heading);
    void fix(float speed, float heading);

    DemoRandom &m_random;
    std::vector<PositionFix> &m_fixes;
    LatLon m_pos;
    qint64 m_time = 0;
    double m_km = 0.0;
};

// Traffic violations as the police record them (code, what), and one ordinary violation for a few cars,
// each in a different month, so the violations rule stays quiet for them.
struct Violation
{
    const char *code, *description;
};
const Violation kRedLight { "1625", "驾驶机动车违反道路交通信号灯通行" };
const Violation kParking { "1039", "机动车违反规定停放、临时停车，妨碍其他车辆、行人通行" };
const Violation kSpeeding { "1352", "驾驶机动车超过规定时速未达20%" };
const Violation kMarking { "1345", "驾驶机动车违反禁止标线指示" };
struct SingleViolation
{
    int car, month;
    const Violation &violation;
};
const SingleViolation kSingleViolations[] = { { 5, 7, kRedLight }, { 18, 8, kSpeeding }, { 29, 9, kMarking },
    { 38, 10, kParking }, { 57, 10, kSpeeding }, { 65, 9, kRedLight } };

// The repair shops the center uses.
const char *const kShopA = "南通市公务用车定点维修厂";
const char *const kShopB = "南通通达汽车服务有限公司";

} // namespace demo
