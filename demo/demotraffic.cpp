#include "demo/demotraffic.h"
#include "base/timeparse.h"
#include "demo/demodata.h"
#include "demo/demodrive.h"
#include "maps/geo/greatcircle.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace demo {

QString plate(int n)
{
    return QStringLiteral("苏F·A%1").arg(1000 + n * 37 % 9000, 4, 10, QLatin1Char('0'));
}

namespace {

const QDate kFirstDay(2026, 7, 1); // the three months before October: the fuel baseline
const QDate kMonth(2026, 10, 1); // the month the demo is about
const QDate kLastDay(2026, 10, 31);

// The deliberate cases: which demo vehicle (by number, see DemoData::addVehicles) plays which. Electric cars
// play the cases that would otherwise disturb their driver's fuel figures: they have no fuel card.
constexpr int kFuelCar = 1; // 大众帕萨特
constexpr int kLocationCar = 14; // 比亚迪汉EV
constexpr int kNoTrackCar = 24; // 比亚迪汉EV
constexpr int kMileageCar = 33; // 别克GL8
constexpr int kCardUsageCar = 46; // 长安CS75 (enforcement)
constexpr int kViolationsCar = 50; // 江铃全顺 (enforcement)
constexpr int kDestinationCar = 52; // 长安CS75 (enforcement)
constexpr int kFrequencyCar = 66; // 大众帕萨特 (general pool)
const QDate kLocationDay(2026, 10, 17); // a Saturday
const QDate kMileageDay(2026, 10, 15);
const QDate kDestinationDay(2026, 10, 20);
const QDate kCardUsageDay(2026, 10, 21);
const QDate kNoTrackDay(2026, 10, 22);
const QDate kFrequencyDay(2026, 10, 13);
const QDate kViolationDays[] = { QDate(2026, 10, 12), QDate(2026, 10, 23) };
// Cars in maintenance (DemoData::addVehicles) went to the shop late in October.
const QDate kLastDayBeforeShop(2026, 10, 23);

struct Repair
{
    int car;
    QDate date;
    const char *shop, *items;
    double cost;
};
const Repair kRepairs[] = {
    { 3, QDate(2026, 7, 16), kShopA, "常规保养：更换机油、机油滤芯、空气滤芯", 680.0 },
    { 12, QDate(2026, 8, 20), kShopB, "常规保养：更换机油、机油滤芯，四轮定位", 860.0 },
    { 48, QDate(2026, 9, 10), kShopA, "更换前刹车片、刹车油", 1120.0 },
    { 64, QDate(2026, 10, 9), kShopB, "常规保养：更换机油、柴油滤芯、空调滤芯", 1260.0 },
    { 60, QDate(2026, 10, 15), kShopA, "更换左后轮胎", 780.0 },
    { kNoTrackCar, kNoTrackDay.addDays(1), kShopA, "北斗车载终端无定位数据上传，更换终端并重新标定", 980.0 },
    { 7, QDate(2026, 10, 26), kShopB, "发动机异响检修，更换正时链条套件", 6850.0 },
    { 30, QDate(2026, 10, 28), kShopA, "事故维修：前保险杠、左前翼子板钣金喷漆", 4320.0 },
};

Record make(const QString &kind, const QString &key, QVariantMap values)
{
    Record r;
    r.id = DemoData::idFor(kind, key);
    r.values = std::move(values);
    return r;
}

struct Station
{
    QString id, code;
    LatLon where;
};

struct Car
{
    int n = 0;
    QString id, plate, category, fuel, unitId, cardNo, cardId, driverId, driverCode;
    bool coach = false, inShop = false;
    double rate = 9.0; // litres per 100 km
    double tankKm = 300.0; // refuels after about this many km
    double odometerBase = 0.0;
    // The full-tank method: what the next refuel puts in is what was burnt since the last one.
    double kmSinceRefuel = 0.0;
    bool fuelled = false;
    qint64 lastRefuelMs = 0;
    std::map<QDate, double> odometerOn; // read on the mornings of its repairs
};

// What a planned trip left for later steps (violations are placed on trips).
struct TripInfo
{
    QString code;
    qint64 startMs = 0, endMs = 0, movingMs = 0, parkedMs = 0;
};

class Planner
{
public:
    Planner(const RecordStore &store, Traffic &out)
        : m_store(store)
        , m_out(out)
    { }

    bool load(QString *error);
    void run();

private:
    enum class Refuel { Auto, Never, CardElsewhere };
    struct TripOptions
    {
        const Place *booked = nullptr; // the destination on the order
        std::vector<LatLon> route; // where the car really went (default: the booked destination)
        int stayMinutes = 60;
        Refuel refuel = Refuel::Auto;
        bool noTrack = false;
    };

    void planCar(Car &car);
    qint64 trip(
        Car &car, Drive &drive, const QDate &day, qint64 startMs, int seq, const TripOptions &options);
    void randomTrips(Car &car, Drive &drive, const QDate &day);
    void refuel(Car &car, const Station &station, qint64 timeMs, double litres = -1.0);
    const Place &pickPlace(bool cityOnly);
    const Station *stationOnTheWayBack(LatLon from, double navKm) const;
    const Station &station(const char *code) const;
    void addViolation(const Car &car, qint64 timeMs, const Violation &v);
    QString unitFor(const Car &car);

    const RecordStore &m_store;
    Traffic &m_out;
    std::vector<Car> m_cars;
    std::vector<Station> m_stations;
    QStringList m_unitIds;
    DemoRandom m_random { 1 };
    std::vector<TripInfo> m_trips;
};

bool Planner::load(QString *error)
{
    for (const Record &u : m_store.records(Kind::Units))
        m_unitIds << u.id;
    std::sort(m_unitIds.begin(), m_unitIds.end());
    for (const Record &s : m_store.records(Kind::Stations)) {
        m_stations.push_back({ s.id, s.text(Field::Code),
            { s.value(Field::Lat).toDouble(), s.value(Field::Lon).toDouble() } });
    }
    std::sort(m_stations.begin(), m_stations.end(),
        [](const Station &a, const Station &b) { return a.code < b.code; });
    QHash<QString, Record> cardOf;
    for (const Record &c : m_store.records(Kind::Cards))
        cardOf.insert(c.text(Field::Plate), c);

    // Each car has its regular driver (一车一驾): one driver's tasks then never overlap, and his fuel figures
    // compare like with like from month to month. The coaches get drivers with an A1 (large bus) licence.
    QList<Record> drivers;
    for (const Record &d : m_store.records(Kind::Drivers)) {
        if (d.text(Field::Status) != DriverStatus::Inactive)
            drivers << d;
    }
    std::sort(drivers.begin(), drivers.end(),
        [](const Record &a, const Record &b) { return a.text(Field::Code) < b.text(Field::Code); });
    QSet<QString> taken;
    auto takeDriver = [&](bool bus) -> const Record * {
        // Bus drivers are taken from the end of the list, everyone else from the start.
        for (qsizetype k = 0; k < drivers.size(); ++k) {
            const Record &d = drivers.at(bus ? drivers.size() - 1 - k : k);
            if (taken.contains(d.id) || (bus && d.text(Field::LicenseClass) != QStringLiteral("A1")))
                continue;
            taken.insert(d.id);
            return &d;
        }
        return nullptr;
    };

    for (int n = 0;; ++n) {
        const std::optional<Record> v = m_store.findByKey(Kind::Vehicles, plate(n));
        if (!v)
            break;
        if (v->deleted || v->text(Field::Status) == VehicleStatus::Retired)
            continue;
        Car car;
        car.n = n;
        car.id = v->id;
        car.plate = plate(n);
        car.category = v->text(Field::Category);
        car.fuel = v->text(Field::FuelType);
        car.unitId = v->text(Field::UnitId);
        car.coach = v->value(Field::Seats).toInt() > 9;
        car.inShop = v->text(Field::Status) == VehicleStatus::Maintenance;
        if (cardOf.contains(car.plate)) {
            car.cardNo = cardOf.value(car.plate).text(Field::CardNo);
            car.cardId = cardOf.value(car.plate).id;
        }
        m_cars.push_back(car);
    }
    // Coaches first, so the bus drivers are not handed out to cars before them.
    for (Car &car : m_cars) {
        if (car.coach) {
            if (const Record *d = takeDriver(true)) {
                car.driverId = d->id;
                car.driverCode = d->text(Field::Code);
            }
        }
    }
    for (Car &car : m_cars) {
        if (car.driverId.isEmpty()) {
            if (const Record *d = takeDriver(false)) {
                car.driverId = d->id;
                car.driverCode = d->text(Field::Code);
            }
        }
    }
    for (const Car &car : m_cars) {
        if (car.driverId.isEmpty()) {
            *error = QStringLiteral("demo traffic: no driver left for %1").arg(car.plate);
            return false;
        }
    }
    if (m_cars.size() <= size_t(kFrequencyCar) || m_stations.size() < 3 || m_unitIds.isEmpty()) {
        *error
            = QStringLiteral("demo traffic: the demo fleet, its stations and agencies must be filled first");
        return false;
    }
    return true;
}

const Station &Planner::station(const char *code) const
{
    for (const Station &s : m_stations) {
        if (s.code == QLatin1String(code))
            return s;
    }
    return m_stations.front();
}

const Place &Planner::pickPlace(bool cityOnly)
{
    int total = 0;
    for (const Place &p : places())
        total += cityOnly && p.county ? 0 : p.weight;
    int pick = m_random.below(total);
    for (const Place &p : places()) {
        const int w = cityOnly && p.county ? 0 : p.weight;
        if (pick < w)
            return p;
        pick -= w;
    }
    return places().front();
}

// The designated station that lengthens the way back least; none when even that would add more than a
// sixth of the navigation km (the tank can wait for a better trip, and mileage stays honest).
const Station *Planner::stationOnTheWayBack(LatLon from, double navKm) const
{
    const Station *best = nullptr;
    double bestDetour = 0.0;
    for (const Station &s : m_stations) {
        const double detour = geo::distanceM(from, s.where) + geo::distanceM(s.where, kCenter)
            - geo::distanceM(from, kCenter);
        if (!best || detour < bestDetour) {
            best = &s;
            bestDetour = detour;
        }
    }
    return best && bestDetour * 1.2 / 1000.0 <= navKm / 6.0 ? best : nullptr;
}

QString Planner::unitFor(const Car &car)
{
    // The pool's cars serve whichever agency asked; the others belong to their agency.
    return car.category == VehicleCategory::General ? m_unitIds.at(m_random.below(int(m_unitIds.size())))
                                                    : car.unitId;
}

void Planner::refuel(Car &car, const Station &station, qint64 timeMs, double litres)
{
    if (car.cardId.isEmpty())
        return;
    if (litres < 0) {
        if (!car.fuelled) {
            litres = 28.0 + m_random.below(150) / 10.0; // the first fill: what was burnt before is unknown
        } else {
            const double noise = 1.0 + (m_random.below(61) - 30) / 1000.0; // pumps and tanks are not exact
            litres = car.rate * car.kmSinceRefuel / 100.0 * noise;
            // The fuel_consumption case: from its first October refuel on, every fill is 40 % more than the
            // car burns, the figure a card skimmed for another tank leaves behind.
            if (car.n == kFuelCar && car.lastRefuelMs >= beijingMs(kMonth, 0))
                litres *= 1.4;
        }
    }
    litres = round2(litres);
    const QString time = TimeParse::toUtcIso(timeMs);
    const double price = car.fuel == QStringLiteral("diesel") ? 7.28 : 7.62;
    QVariantMap values { { Field::CardId, car.cardId }, { Field::Time, time },
        { Field::StationId, station.id }, { Field::Litres, litres },
        { Field::AmountYuan, round2(litres * price) } };
    if (!car.id.isEmpty()) // a car outside the registry has no odometer the center knows
        values.insert(Field::OdometerKm, std::round(car.odometerBase + car.kmSinceRefuel));
    m_out.refuels << make(Kind::Refuels, car.cardNo + QLatin1Char('@') + time, values);
    car.odometerBase += car.kmSinceRefuel;
    car.kmSinceRefuel = 0.0;
    car.fuelled = true;
    car.lastRefuelMs = timeMs;
}

void Planner::addViolation(const Car &car, qint64 timeMs, const Violation &v)
{
    const QString time = TimeParse::toUtcIso(timeMs);
    m_out.violations << make(Kind::Violations, car.plate + QLatin1Char('@') + time,
        { { Field::VehicleId, car.id }, { Field::Time, time }, { Field::Code, QLatin1String(v.code) },
            { Field::Description, QString::fromUtf8(v.description) }, { Field::DriverId, car.driverId } });
}

// One dispatch order and, unless told otherwise, the drive it books: from the center to the destination,
// a stay there, and back, by way of a station when the tank is due. Returns the booked end.
qint64 Planner::trip(Car &car, Drive &drive, const QDate &day, qint64 startMs, int seq, const TripOptions &o)
{
    const Place &dest = *o.booked;
    const double navKm = std::round(kRoadFactor * 2.0 * geo::distanceM(kCenter, at(dest)) / 100.0) / 10.0;
    const QString code = QStringLiteral("PC%1-%2")
                             .arg(day.toString(QStringLiteral("yyyyMMdd")))
                             .arg(car.n * 2 + seq + 1, 3, 10, QLatin1Char('0'));
    TripInfo info { code, startMs, 0, 0, 0 };

    qint64 arrival = 0;
    if (o.noTrack) {
        // The terminal sent nothing; the car still went and came back (about 40 km/h and an hour's stay).
        arrival = startMs + qint64(navKm / 40.0 * 3600000.0) + o.stayMinutes * kMinuteMs;
    } else {
        drive.start(kCenter, startMs + (3 + m_random.below(7)) * kMinuteMs);
        // Every km driven goes into the tank's account before a refuel reads it.
        double counted = drive.km();
        auto account = [&] {
            car.kmSinceRefuel += drive.km() - counted;
            counted = drive.km();
        };
        const std::vector<LatLon> route = o.route.empty() ? std::vector<LatLon> { at(dest) } : o.route;
        for (size_t i = 0; i < route.size(); ++i) {
            drive.to(route[i]);
            if (i == 0)
                info.movingMs = drive.time() - kMinuteMs; // on the road, a minute before the first stop
        }
        const qint64 stayMs = (o.stayMinutes + m_random.below(10)) * kMinuteMs;
        info.parkedMs = drive.time() + stayMs / 2;
        if (o.refuel == Refuel::CardElsewhere) {
            // The card_usage case: while the car stands here, its card is used at the station by the center.
            // The litres look ordinary; only where the car was gives it away.
            account();
            refuel(car, station("S01"), drive.time() + stayMs / 2 + 17 * 1000);
        }
        drive.stay(stayMs, kParkedEveryMs);
        const Station *st = nullptr;
        if (o.refuel == Refuel::Auto && !car.cardId.isEmpty()
            && (!car.fuelled || car.kmSinceRefuel >= car.tankKm))
            st = stationOnTheWayBack(at(dest), navKm);
        if (st) {
            drive.to(st->where);
            drive.stay(2 * kMinuteMs + m_random.below(60) * 1000, kMinuteMs);
            account();
            refuel(car, *st, drive.time());
            drive.stay(4 * kMinuteMs, kMinuteMs);
        }
        drive.to(kCenter);
        account();
        arrival = drive.time();
    }
    const qint64 endMs = roundUpTo10Min(arrival + (5 + m_random.below(11)) * kMinuteMs);
    info.endMs = endMs;
    m_trips.push_back(info);

    static const char *const kEmergencyPurposes[]
        = { "机要文件交换", "领导公务出行", "应急值守", "会议保障", "调研" };
    static const char *const kEnforcementPurposes[]
        = { "执法检查", "现场执法", "联合执法巡查", "案件调查取证" };
    static const char *const kGeneralPurposes[] = { "公务接待", "会议保障", "集体调研", "培训接送" };
    const char *purpose = car.category == VehicleCategory::Emergency
        ? kEmergencyPurposes[m_random.below(int(std::size(kEmergencyPurposes)))]
        : car.category == VehicleCategory::Enforcement
        ? kEnforcementPurposes[m_random.below(int(std::size(kEnforcementPurposes)))]
        : kGeneralPurposes[m_random.below(int(std::size(kGeneralPurposes)))];
    m_out.tasks << make(Kind::Tasks, code,
        { { Field::Code, code }, { Field::VehicleId, car.id }, { Field::DriverId, car.driverId },
            { Field::StartAt, TimeParse::toUtcIso(startMs) }, { Field::EndAt, TimeParse::toUtcIso(endMs) },
            { Field::DestName, QString::fromUtf8(dest.name) }, { Field::DestLat, dest.lat },
            { Field::DestLon, dest.lon }, { Field::NavKm, navKm }, { Field::UnitId, unitFor(car) },
            { Field::Purpose, QString::fromUtf8(purpose) },
            { Field::TripType, dest.county ? QStringLiteral("county") : QStringLiteral("city") } });
    return endMs;
}

void Planner::randomTrips(Car &car, Drive &drive, const QDate &day)
{
    const bool october = day >= kMonth;
    int percent = 0;
    if (isWorkday(day))
        percent = october ? 60 : 15; // the baseline months are lighter: they only feed the fuel rule
    else if (car.category == VehicleCategory::Emergency)
        percent = 5; // on call at weekends and holidays
    if (car.n == kFuelCar)
        percent = isWorkday(day) ? 90 : 0; // enough km on both sides of the fuel comparison
    if (car.inShop && day > kLastDayBeforeShop)
        percent = 0;
    if (!m_random.chance(percent))
        return;
    TripOptions o;
    o.booked = &pickPlace(!isWorkday(day));
    o.stayMinutes = o.booked->county ? 90 + m_random.below(90) : 30 + m_random.below(90);
    const qint64 start = beijingMs(day, 8 * 60 + 10 * m_random.below(16)); // 08:00–10:30
    const qint64 end = trip(car, drive, day, start, 0, o);
    // A second, short trip in the afternoon now and then, booked after the first one is back.
    if (october && isWorkday(day) && car.n != kFuelCar && m_random.chance(30)) {
        const qint64 second = roundUpTo10Min(end + (30 + m_random.below(60)) * kMinuteMs);
        if (second <= beijingMs(day, 15 * 60)) {
            TripOptions o2;
            o2.booked = &pickPlace(true);
            o2.stayMinutes = 30 + m_random.below(60);
            trip(car, drive, day, second, 1, o2);
        }
    }
}

void Planner::planCar(Car &car)
{
    m_random = DemoRandom(20261100 + quint64(car.n)); // one stream per car: a change to one leaves the rest
    car.rate = car.fuel == QStringLiteral("diesel") ? 9.6 : car.fuel == QStringLiteral("hybrid") ? 8.0 : 8.8;
    car.rate += m_random.below(5) / 10.0; // a little spread between cars of one model
    car.tankKm = 260.0 + m_random.below(80); // drivers fill up at about half a tank
    if (car.n == kFuelCar)
        car.tankKm = 240.0; // refuels often enough for whole October intervals
    car.odometerBase = 15000.0 + m_random.below(90000);
    std::vector<PositionFix> &fixes = m_out.tracks.emplace_back(car.id, std::vector<PositionFix>()).second;
    Drive drive(m_random, fixes);

    for (QDate day = kFirstDay; day <= kLastDay; day = day.addDays(1)) {
        for (const Repair &r : kRepairs) {
            if (r.car == car.n && r.date == day)
                car.odometerOn[day] = car.odometerBase + car.kmSinceRefuel;
        }
        TripOptions o;
        if (car.n == kLocationCar && day == kLocationDay) {
            // The location case: a Saturday drive to Suzhou over the Sutong bridge and back, with no task.
            drive.start(kCenter, beijingMs(day, 8 * 60 + 40));
            drive.to({ 31.7800, 120.9900 }); // north end of the Sutong Yangtze bridge (approximate)
            drive.to({ 31.3000, 120.6000 }); // Suzhou
            drive.stay(4 * 60 * kMinuteMs, kParkedEveryMs);
            drive.to({ 31.7800, 120.9900 });
            drive.to(kCenter);
            m_out.cases.locationPlate = car.plate;
        } else if (car.n == kDestinationCar && day == kDestinationDay) {
            o.booked = &place("启东市人民政府");
            o.route = { at(place("海门区人民政府")) };
            o.stayMinutes = 120;
            o.refuel = Refuel::Never;
            trip(car, drive, day, beijingMs(day, 8 * 60 + 30), 0, o);
            m_out.cases.destinationTask = m_trips.back().code;
        } else if (car.n == kNoTrackCar && day == kNoTrackDay) {
            o.booked = &place("南通兴东国际机场");
            o.noTrack = true;
            trip(car, drive, day, beijingMs(day, 9 * 60), 0, o);
            m_out.cases.noTrackTask = m_trips.back().code;
        } else if (car.n == kMileageCar && day == kMileageDay) {
            o.booked = &place("通州区人民政府");
            o.route = { at(place("如东县人民政府")), at(place("通州区人民政府")) };
            o.stayMinutes = 60;
            o.refuel = Refuel::Never;
            trip(car, drive, day, beijingMs(day, 8 * 60 + 20), 0, o);
            m_out.cases.mileageTask = m_trips.back().code;
        } else if (car.n == kCardUsageCar && day == kCardUsageDay) {
            o.booked = &place("如皋市人民政府");
            o.stayMinutes = 150;
            o.refuel = Refuel::CardElsewhere;
            trip(car, drive, day, beijingMs(day, 8 * 60), 0, o);
            m_out.cases.cardUsageCard = car.cardNo;
            m_out.cases.cardUsagePlate = car.plate;
        } else if (car.n == kFrequencyCar && (day == kFrequencyDay || day == kFrequencyDay.addDays(1))) {
            o.booked = &place("南通市人民政府");
            o.stayMinutes = 60;
            o.refuel = Refuel::Never;
            trip(car, drive, day, beijingMs(day, 8 * 60 + 30), 0, o);
            if (day == kFrequencyDay) {
                // The refuel_frequency case: back from the morning's task, the car is filled up twice in one
                // afternoon with no task booked (the second fill cannot have gone into its own tank).
                drive.start(kCenter, beijingMs(day, 14 * 60 + 5));
                double counted = drive.km();
                auto account = [&] {
                    car.kmSinceRefuel += drive.km() - counted;
                    counted = drive.km();
                };
                drive.to(station("S02").where);
                drive.stay(3 * kMinuteMs, kMinuteMs);
                account();
                refuel(car, station("S02"), drive.time());
                drive.stay(4 * kMinuteMs, kMinuteMs);
                drive.to(kCenter);
                drive.stay(90 * kMinuteMs, kParkedEveryMs);
                drive.to(station("S03").where);
                drive.stay(3 * kMinuteMs, kMinuteMs);
                account();
                refuel(car, station("S03"), drive.time(), 38.5);
                drive.stay(4 * kMinuteMs, kMinuteMs);
                drive.to(kCenter);
                account();
                m_out.cases.frequencyCard = car.cardNo;
                m_out.cases.frequencyPlate = car.plate;
            }
        } else if (car.n == kViolationsCar
            && std::find(std::begin(kViolationDays), std::end(kViolationDays), day)
                != std::end(kViolationDays)) {
            // The violations case: a red light on one trip, a parking ticket on another, both in October.
            o.booked = &pickPlace(true);
            o.stayMinutes = 60;
            trip(car, drive, day, beijingMs(day, 9 * 60), 0, o);
            const bool first = day == kViolationDays[0];
            addViolation(
                car, first ? m_trips.back().movingMs : m_trips.back().parkedMs, first ? kRedLight : kParking);
            m_out.cases.violationsPlate = car.plate;
        } else {
            randomTrips(car, drive, day);
        }
        if (car.n == kFuelCar && day == kLastDay) {
            m_out.cases.fuelDriver = car.driverCode;
            m_out.cases.fuelPlate = car.plate;
        }
    }
}

void Planner::run()
{
    for (Car &car : m_cars) {
        const size_t firstTrip = m_trips.size();
        planCar(car);
        for (const SingleViolation &v : kSingleViolations) {
            if (v.car != car.n)
                continue;
            for (size_t i = firstTrip; i < m_trips.size(); ++i) {
                const TripInfo &t = m_trips[i];
                if (t.movingMs && TimeParse::toBeijingDay(t.startMs).mid(5, 2).toInt() == v.month) {
                    addViolation(car, &v.violation == &kParking ? t.parkedMs : t.movingMs, v.violation);
                    break;
                }
            }
        }
    }
    // The card_binding cases are in the cards (DemoData::addCards); a refuel on the private car's card gives
    // the auditor the litres it cost.
    QHash<QString, Record> cardOf;
    for (const Record &c : m_store.records(Kind::Cards)) {
        const std::optional<Record> v = m_store.findByKey(Kind::Vehicles, c.text(Field::Plate));
        if (!v)
            m_out.cases.unregisteredCard = c.text(Field::CardNo);
        else if (v->text(Field::Status) == VehicleStatus::Retired)
            m_out.cases.retiredCard = c.text(Field::CardNo);
        cardOf.insert(c.text(Field::CardNo), c);
    }
    if (!m_out.cases.unregisteredCard.isEmpty()) {
        Car privateCar;
        privateCar.cardNo = m_out.cases.unregisteredCard;
        privateCar.cardId = cardOf.value(privateCar.cardNo).id;
        privateCar.fuelled = true;
        refuel(privateCar, station("S02"), beijingMs(QDate(2026, 10, 18), 10 * 60 + 12) + 37 * 1000, 46.8);
    }
    for (const Repair &r : kRepairs) {
        const auto car
            = std::find_if(m_cars.begin(), m_cars.end(), [&](const Car &c) { return c.n == r.car; });
        if (car == m_cars.end())
            continue;
        const QString date = r.date.toString(Qt::ISODate);
        m_out.maintenance << make(Kind::Maintenance,
            car->plate + QLatin1Char('@') + date + QLatin1Char('@') + QString::fromUtf8(r.shop),
            { { Field::VehicleId, car->id }, { Field::Date, date },
                { Field::Shop, QString::fromUtf8(r.shop) }, { Field::Items, QString::fromUtf8(r.items) },
                { Field::CostYuan, r.cost }, { Field::OdometerKm, std::round(car->odometerOn[r.date]) } });
    }
}

} // namespace

bool planTraffic(const RecordStore &store, Traffic *traffic, QString *error)
{
    *traffic = Traffic();
    Planner planner(store, *traffic);
    if (!planner.load(error))
        return false;
    planner.run();
    return true;
}

} // namespace demo
