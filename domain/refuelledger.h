#pragma once
// The refuel ledger's figures: each refuel in a period with its fill-to-fill litres per 100 km since the
// vehicle's previous fill (checks::readFillToFill, the reading the fuel_consumption rule judges), and the
// totals per vehicle, per fuel card and per agency. Plain data; the ledger page and the CLI show it.
#include "checks/checkdata.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class RecordStore;

struct RefuelLedgerRow
{
    qint64 timeMs = 0;
    QString cardNo;
    QString plate;
    QString unitCode; // the card's agency, or its car's when the card names none
    QString stationCode;
    QString driverCode; // of the car's trip whose booked window holds the refuel; empty when none did
    double litres = 0.0;
    double amountYuan = 0.0;
    std::optional<double> kmSincePrevious; // tracked task km since the vehicle's previous fill
    std::optional<double> litresPer100Km;
};

struct RefuelTotal
{
    int refuels = 0;
    double litres = 0.0;
    double amountYuan = 0.0;
    // Over the refuels that have a reading: their litres over their km, so refuels without km do not
    // inflate the rate.
    double readLitres = 0.0;
    double readKm = 0.0;
    std::optional<double> litresPer100Km() const
    {
        return readKm > 0.0 ? std::optional<double>(readLitres / readKm * 100.0) : std::nullopt;
    }
    void add(const RefuelLedgerRow &row);
};

// How a refuel ledger is read: on which flag to stop, whom to tell the progress, whether to take the store's
// kept task km (task_km) where they still hold.
struct RefuelLedgerOptions
{
    // Raised by the caller to stop (the ledger is then `cancelled`, its rows empty); the track reader raises
    // it too when a stored day does not decode (the ledger then has `error`).
    std::atomic<bool> *stop = nullptr;
    std::function<void(int done, int total)> progress; // vehicles read of those with cards
    // Take a finished task's km from task_km while its vehicle, start, end, refuel cuts and jump filter are
    // those the figure was worked out for (checks::taskKmMatches), as the fuel rule does: the same doubles
    // as reading its track. False reads every track (tests compare both).
    bool useDerived = true;
};

struct RefuelLedger
{
    Q_DECLARE_TR_FUNCTIONS(RefuelLedger)

public:
    QList<RefuelLedgerRow> rows; // by time
    QMap<QString, RefuelTotal> byVehicle;
    QMap<QString, RefuelTotal> byCard;
    QMap<QString, RefuelTotal> byUnit;
    RefuelTotal total;
    QString error; // a track that could not be read; the rows are then empty
    bool cancelled = false; // stopped by the caller; the rows are then empty
    int derivedUsed = 0; // tasks whose km came from task_km instead of their tracks
    qint64 fixesRead = 0; // fixes decoded from the stored tracks

    // Refuels with fromMs <= time < toMs. Tracks are read from the store's database file, through the jump
    // filter of `thresholds` (the rules' settings, CheckService::thresholdsFrom).
    static RefuelLedger load(RecordStore &store, qint64 fromMs, qint64 toMs,
        const checks::Thresholds &thresholds = {}, const RefuelLedgerOptions &options = {});
};
