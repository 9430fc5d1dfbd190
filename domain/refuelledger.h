#pragma once
// The refuel ledger's figures: each refuel in a period with its fill-to-fill litres per 100 km since the
// vehicle's previous fill (checks::readFillToFill, the reading the fuel_consumption rule judges), and the
// totals per vehicle, per fuel card and per agency. Plain data; the ledger page and the CLI show it.
#include "checks/checkdata.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
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

    // Refuels with fromMs <= time < toMs. Tracks are read from the store's database file, through the jump
    // filter of `thresholds` (the rules' settings, CheckService::thresholdsFrom).
    static RefuelLedger load(
        RecordStore &store, qint64 fromMs, qint64 toMs, const checks::Thresholds &thresholds = {});
};
