#pragma once
// The fleet's figures over a period for the Reports page: km (tracked and navigation), trips, fuel, cost and
// findings per month, per agency and per vehicle category; the utilisation (hours booked per car per working
// day) and the idle cars. Plain data out, tested against sums done by hand (tests/domain/tst_fleetreport).
//
// Every figure belongs to a vehicle, and a vehicle to its agency (the unit that owns it) and its category:
// a trip, its km and its hours count for the car that drove it, a refuel for the car its card is bound to
// (by the refuel's time), a repair for its car (by its date), a finding for its plate (by its start). So the
// three groupings each add up to the same fleet totals. Trips by the agency that booked them, with their
// price, are the monthly statement's (settlement), not this report's.
//
// Cost = fuel (refuel amounts) + repairs; trip prices come with settlement and are not included.
// Working days are those of the settings' one calendar (AppSettings::workCalendar, base/WorkCalendar):
// Monday to Friday less the public holidays, plus the make-up weekend days (调休), as supervision counts
// them.
#include "base/workcalendar.h"
#include "domain/texttable.h"
#include "maps/geo/trackfilter.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <vector>

class FleetReport
{
    Q_DECLARE_TR_FUNCTIONS(FleetReport)

public:
    struct Row
    {
        QString key; // "2026-10", a unit code, a category value
        QString label; // what a person reads: the month, the agency's name, the category's name
        int trips = 0;
        double navKm = 0, trackedKm = 0;
        double litres = 0, fuelYuan = 0, repairYuan = 0;
        int findings = 0;
        double costYuan() const { return fuelYuan + repairYuan; }
    };
    struct CarUse
    {
        QString vehicleId, plate, category, unitName;
        int trips = 0;
        double bookedHours = 0; // the booked windows, clipped to the period
        double hoursPerWorkingDay = 0;
        QString lastTripDay; // yyyy-MM-dd of the last trip before the period's end; empty = none
        bool idle() const { return trips == 0; }
    };
    struct Data
    {
        qint64 fromMs = 0, toMs = 0; // [from, to)
        std::vector<Row> byMonth, byAgency, byCategory;
        Row total;
        std::vector<CarUse> cars; // every car in service or in maintenance, busiest first
        int workingDays = 0;
        double fleetHoursPerCarPerDay = 0;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // `calendar`: the working days utilisation is counted over (AppSettings::workCalendar).
    static Data compute(const RecordStore &store, qint64 fromMs, qint64 toMs, const WorkCalendar &calendar,
        const geo::JumpFilterOptions &options = {});

    // The calendar's working days in [fromMs, toMs), by Beijing days.
    static int workingDays(qint64 fromMs, qint64 toMs, const WorkCalendar &calendar);

    enum class Grouping { Month, Agency, Category };
    static TextTable table(const Data &data, Grouping grouping);
    static TextTable utilisationTable(const Data &data);
    // Every finding starting in the period with its evidence in words and as the rule's JSON.
    static TextTable findingsTable(const RecordStore &store, qint64 fromMs, qint64 toMs);
};
