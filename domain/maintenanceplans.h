#pragma once
// When each vehicle's maintenance plans (servicing, annual inspection, insurance) fall due: by distance from
// the km it was last done at, by time from the day it was last done, whichever comes first. The car's km now
// is the highest odometer reading any record gives (a return, a refuel, a repair). Plain data for the start
// page, the board and the CLI; rules in docs/SETTLEMENT.md ("Maintenance plans").
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class RecordStore;
class AppSettings;

struct PlanFacts
{
    QString plate;
    QString item; // PlanItem
    std::optional<double> everyKm;
    std::optional<int> everyMonths;
    std::optional<QDate> lastDate;
    std::optional<double> lastKm;
};

struct PlanStatus
{
    enum State { NotDue, Due, Overdue, Unknown }; // Unknown: nothing to count from
    PlanFacts plan;
    State state = Unknown;
    std::optional<QDate> dueDate;
    std::optional<double> dueKm;
    std::optional<double> odometerKm; // the car's km now, when any record gives one
    std::optional<qint64> daysLeft; // negative when past
    std::optional<double> kmLeft; // negative when past
    QString stateName() const; // not_due, due, overdue, unknown (CLI and JSON)
};

class MaintenancePlans
{
    Q_DECLARE_TR_FUNCTIONS(MaintenancePlans)

public:
    struct Lead
    {
        int days = 30; // due this many days before the date
        double km = 1000; // due this many km before the distance
    };
    static Lead leadFrom(const AppSettings &settings);

    // Overdue once the day is after the due date or the km are past the due km; due from `lead` before
    // either (the due day and the due km themselves count as due, not overdue).
    static PlanStatus evaluate(
        const PlanFacts &plan, const QDate &today, std::optional<double> odometerKm, const Lead &lead);
    // Every live plan, worst first (overdue, due, not due, unknown), then by plate and item.
    static QList<PlanStatus> load(const RecordStore &store, const QDate &today, const Lead &lead);
    // The highest odometer reading of each vehicle id in its returns, refuels and repairs.
    static QHash<QString, double> odometers(const RecordStore &store);
};
