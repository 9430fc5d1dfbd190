#pragma once
// The car's own file (一车一档) and the driver's: everything the fleet center knows about one vehicle or one
// driver over a period, gathered in one pass for the file page and its printout. Plain data out; the widgets
// only lay it out.
//
// - Trips are the dispatch orders starting in the period, with navigation km and tracked km (the vehicle's
//   fixes inside the booked window through the §5 jump filter, as the mileage rule measures them).
// - Refuels carry the fill-to-fill litres per 100 km of checks::readFillToFill, the fuel rule's own code:
//   a fill's litres over the trip km driven since the car's fill before it. Each trip gets its share of
//   those litres (and of their cost) by its km in each interval (FillToFill::parts), as the fuel rule
//   spreads them over drivers.
// - Violations name the driver recorded with them or, when none was recorded, the driver of the car's trip
//   whose booked window holds the violation's time ("the driver at that time").
// - Costs are what the books hold today: fuel (refuel amounts) and repairs. Trip prices come with
//   settlement (issue 14's charging standard) and are not part of these totals yet.
#include "checks/filltofill.h"
#include "maps/geo/trackfilter.h"
#include "positionio/positionfix.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <vector>

class VehicleFile
{
    Q_DECLARE_TR_FUNCTIONS(VehicleFile)

public:
    enum class Subject { Vehicle, Driver };

    struct Trip
    {
        QString taskId, code, plate, driverCode, driverName, destName, purpose, state;
        qint64 startMs = 0, endMs = 0; // the booked window
        double navKm = 0;
        double trackedKm = 0;
        int fixCount = 0; // fixes in the window; 0 = no track to measure
        double litres = 0; // its share of the fills' litres by km (fill-to-fill)
        double fuelYuan = 0; // and of their cost
    };
    struct Fill
    {
        qint64 timeMs = 0;
        QString plate, cardNo, stationName;
        double litres = 0, amountYuan = 0;
        checks::FillReading reading;
    };
    struct Repair
    {
        QString date; // yyyy-MM-dd, Beijing
        QString plate, shop, items;
        double costYuan = 0;
        double odometerKm = 0; // 0 = not recorded
    };
    struct Violation
    {
        qint64 timeMs = 0;
        QString plate, code, description, driverCode, driverName;
        bool driverFromTrip = false; // not recorded with the violation: the driver of the trip at that time
    };
    struct Finding
    {
        QString id, rule, status, plate, driverCode, taskCode;
        qint64 startMs = 0, endMs = 0;
    };
    struct Totals
    {
        QString label; // "2026-10" for a month, "2026" for a year
        int trips = 0;
        double navKm = 0, trackedKm = 0;
        double litres = 0, fuelYuan = 0, repairYuan = 0;
        int violations = 0, findings = 0;
        double costYuan() const { return fuelYuan + repairYuan; }
        // Adds another period's figures (a month into its year, the years into the whole span); keeps the
        // label.
        void add(const Totals &other)
        {
            trips += other.trips;
            navKm += other.navKm;
            trackedKm += other.trackedKm;
            litres += other.litres;
            fuelYuan += other.fuelYuan;
            repairYuan += other.repairYuan;
            violations += other.violations;
            findings += other.findings;
        }
    };
    struct Data
    {
        Subject subject = Subject::Vehicle;
        QString id;
        QString title; // the plate, or the driver's name and code
        Record record;
        QList<ChangeEntry> history;
        qint64 fromMs = 0, toMs = 0; // the period, [from, to)
        std::vector<Trip> trips;
        std::vector<Fill> fills; // a vehicle's refuels in the period; a driver has none of his own
        std::vector<Repair> repairs;
        std::vector<Violation> violations;
        std::vector<Finding> findings;
        std::vector<Totals> months; // each Beijing month of the period
        std::vector<Totals> years; // each calendar year of the period
        std::vector<std::vector<PositionFix>> tracks; // each trip's filtered track, for the map
        QString error; // empty when the file was read whole
        bool ok() const { return error.isEmpty(); }
    };

    // The period is [fromMs, toMs). The jump filter's options are the rules' (settings).
    static Data vehicle(const RecordStore &store, const QString &vehicleId, qint64 fromMs, qint64 toMs,
        const geo::JumpFilterOptions &options = {});
    static Data driver(const RecordStore &store, const QString &driverId, qint64 fromMs, qint64 toMs,
        const geo::JumpFilterOptions &options = {});

private:
    // The opening both files share: a file on the subject `id` over [fromMs, toMs) with its record and the
    // record's change history, or, when the store holds no such record, with only the error saying so.
    static Data readRecordAndHistory(
        const RecordStore &store, Subject subject, const QString &id, qint64 fromMs, qint64 toMs);
};
