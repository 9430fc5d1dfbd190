#pragma once
// The demo fleet's operations: October 2026 in full, July–September more lightly as the fuel baseline.
// Dispatch orders (派车单) from the center to places in Nantong, their tracks, refuels at the designated
// stations, traffic violations and maintenance, nearly all clean, plus one deliberate case for each DESIGN §5
// rule so that a check over October finds every kind of anomaly. Planned from the fleet already in the store,
// with fixed dates and DemoRandom only: the same fleet gives the same ids, records and fixes, so re-running
// the demo changes nothing.
#include "positionio/positionfix.h"
#include "store/record.h"

#include <QList>
#include <QString>
#include <utility>
#include <vector>

class RecordStore;

// A fixed generator (not std::mt19937 + distributions, whose output differs between standard libraries)
// so the demo is the same on every machine.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    { }
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
    // true with probability percent / 100
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

namespace demo {

// The center's plates share a series (苏F·A…) so they are easy to tell apart; n numbers the demo vehicles.
QString plate(int n);

// Where the deliberate cases are, so tests (and whoever shows the demo) know what a check must find.
struct Cases
{
    QString locationPlate; // location: a weekend drive to Suzhou, outside the city fence, with no task
    QString destinationTask; // destination: booked to 启东, drove to 海门
    QString noTrackTask; // destination (no_track): the terminal sent nothing during the task
    QString mileageTask; // mileage: a detour by way of 如东 on a trip to 通州
    QString fuelDriver, fuelPlate; // fuel_consumption: October litres well above his July–September rate
    QString unregisteredCard, retiredCard; // card_binding: bound to a private car / to the retired car
    QString cardUsageCard, cardUsagePlate; // card_usage: used in the city while the car stood in 如皋
    QString frequencyCard, frequencyPlate; // refuel_frequency: two refuels in one afternoon between tasks
    QString violationsPlate; // violations: two in October
};

struct Traffic
{
    QList<Record> tasks, refuels, violations, maintenance;
    std::vector<std::pair<QString, std::vector<PositionFix>>> tracks; // vehicle id → its fixes, time order
    Cases cases;
};

// Plans the operations of the demo fleet found in `store` (units, vehicles, drivers, cards and stations as
// DemoData writes them). False, with *error, when something it needs is missing.
bool planTraffic(const RecordStore &store, Traffic *traffic, QString *error);

} // namespace demo
