#pragma once
// The ledgers (台账) as the administrator keeps them: the refuels, traffic violations, repairs and payments
// of a period as plain rows, filtered by vehicle, agency and driver, with their sums and the wording the
// page, the workbook and the printout share (docs/REPORTS.md "Ledgers").
// - Refuels come from RefuelLedger, so each carries the fill-to-fill litres per 100 km of
//   checks::readFillToFill, the fuel rule's own reading; their agency is the card's (else its car's), their
//   driver the one of the car's trip whose booked window holds the refuel (none when the car was not out).
// - Violations name the driver recorded with them or, when none was, the driver of the car's trip at that
//   time (as the car's file does); their agency is the car's.
// - Repairs and payments are by day; a repair's agency is its car's, a payment names its own. Neither has a
//   driver, and a payment has no car.
#include "checks/checkdata.h"
#include "domain/refuelledger.h"
#include "domain/texttable.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

class RecordStore;

enum class LedgerKind { Refuels, Violations, Maintenance, Payments };

struct LedgerRow
{
    qint64 timeMs = 0; // refuels and violations: their time; repairs and payments: their Beijing day's start
    QString day; // yyyy-MM-dd (Beijing)
    QString plate, unitCode, unitName, driverCode, driverName;
    bool driverFromTrip = false; // a violation's driver not recorded with it: the one of the trip then
    // refuels
    QString cardNo, stationName;
    double litres = 0.0;
    std::optional<double> kmSincePrevious; // checks::readFillToFill, as the fuel rule reads it
    std::optional<double> litresPer100Km;
    // refuels and payments
    double amountYuan = 0.0;
    // violations
    QString code, description;
    // repairs
    QString shop, items;
    double costYuan = 0.0;
    double odometerKm = 0.0; // 0 = not recorded
    // payments
    QString reference, note;
};

// Empty strings accept every value; a row without a driver passes only the "all drivers" filter.
struct LedgerFilter
{
    QString plate, unitCode, driverCode;
    bool accepts(const LedgerRow &row) const;
};

struct LedgerSums
{
    int count = 0;
    double litres = 0.0, amountYuan = 0.0, costYuan = 0.0;
    // Over the refuels that have a reading: their litres over their km (refuels without km do not inflate
    // the rate), as RefuelTotal does.
    double readLitres = 0.0, readKm = 0.0;
    int driverFromTrip = 0;
    std::optional<double> litresPer100Km() const
    {
        return readKm > 0.0 ? std::optional<double>(readLitres / readKm * 100.0) : std::nullopt;
    }
    void add(const LedgerRow &row);
};

class LedgerBook
{
    Q_DECLARE_TR_FUNCTIONS(LedgerBook)

public:
    enum class Group { Vehicle, Card, Agency };
    struct Choice
    {
        QString key, label; // the code or plate, and how the combo names it
    };
    struct Choices
    {
        QList<Choice> vehicles, agencies, drivers; // the registry's live ones, sorted
    };

    LedgerKind kind = LedgerKind::Refuels;
    qint64 fromMs = 0, toMs = 0; // the period, [from, to)
    QList<LedgerRow> rows; // by time
    QString error; // what could not be read; the rows are then empty
    bool cancelled = false; // stopped through options.stop; the rows are then empty
    int derivedUsed = 0; // refuels: tasks whose km came from the store's kept task km

    // The rows of `kind` in [fromMs, toMs). Refuels read tracks (the fuel rule's thresholds), or the km the
    // store kept for finished tasks; `options` (stop, progress) serve the refuels, the others are one query.
    static LedgerBook load(RecordStore &store, LedgerKind kind, qint64 fromMs, qint64 toMs,
        const checks::Thresholds &thresholds = {}, const RefuelLedgerOptions &options = {});
    static Choices choices(const RecordStore &store);
    // Which filters a kind offers: payments have no car, repairs and payments no driver.
    static bool filtersByVehicle(LedgerKind kind) { return kind != LedgerKind::Payments; }
    static bool filtersByDriver(LedgerKind kind)
    {
        return kind == LedgerKind::Refuels || kind == LedgerKind::Violations;
    }

    QList<LedgerRow> filtered(const LedgerFilter &filter) const;
    static LedgerSums sums(const QList<LedgerRow> &rows);
    // Sums per vehicle, fuel card or agency, by key; `rows` already filtered.
    static QList<QPair<QString, LedgerSums>> grouped(const QList<LedgerRow> &rows, Group group);

    // The wording shared by the screen, the workbook and the printout.
    static QString title(LedgerKind kind);
    static QStringList headers(LedgerKind kind);
    static QList<bool> numeric(LedgerKind kind);
    static QStringList cells(LedgerKind kind, const LedgerRow &row);
    static QString footer(LedgerKind kind, const LedgerSums &sums);
    // The rows with a last row of sums ("合计"), for the workbook and the printout.
    static TextTable table(LedgerKind kind, const QList<LedgerRow> &rows);
    static TextTable groupTable(const QList<LedgerRow> &rows, Group group);
    static QString groupName(Group group);
};
