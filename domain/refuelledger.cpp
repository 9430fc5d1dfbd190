#include "domain/refuelledger.h"

#include "base/beijingtime.h"
#include "checks/filltofill.h"
#include "checks/taskkm.h"
#include "domain/checkservice.h"
#include "store/checktasks.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/trackreader.h"

#include <QSqlQuery>

#include <atomic>
#include <limits>

void RefuelTotal::add(const RefuelLedgerRow &row)
{
    ++refuels;
    litres += row.litres;
    amountYuan += row.amountYuan;
    if (row.litresPer100Km) {
        readLitres += row.litres;
        readKm += *row.kmSincePrevious;
    }
}

RefuelLedger RefuelLedger::load(RecordStore &store, qint64 fromMs, qint64 toMs,
    const checks::Thresholds &thresholds, const RefuelLedgerOptions &options)
{
    RefuelLedger ledger;
    const QString path = store.database().databaseName();
    // With the km the store kept for tasks near the period attached (store/checktasks: the check's own
    // reading and matching of task_km), two months of margin, as a check loads them. A task left out, or
    // whose kept km no longer match, is measured on its track, so the margin costs time at worst, never a
    // figure.
    constexpr qint64 kMarginMs = 62 * checks::kDayMs;
    QString error;
    const CheckService service(store, path);
    checks::CheckData data = options.useDerived
        ? service.loadData(CheckTasks::DerivedWindow { fromMs - kMarginMs, toMs + kMarginMs }, &error)
        : service.loadData();
    if (!error.isEmpty()) {
        ledger.error = tr("The refuel ledger could not read the dispatch orders of %1: %2").arg(path, error);
        return ledger;
    }
    QHash<QString, QString> vehicleIds;
    for (const Record &r : store.records(Kind::Vehicles, true))
        vehicleIds.insert(r.text(Field::Plate), r.id);
    QHash<QString, QString> cardUnits;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT c.card_no, u.code FROM cards c JOIN units u ON u.id = c.unit_id"));
    while (q.next())
        cardUnits.insert(q.value(0).toString(), q.value(1).toString());

    TrackReader tracks(path, vehicleIds);
    std::atomic<bool> ownStop { false };
    std::atomic<bool> &stop = options.stop ? *options.stop : ownStop;
    tracks.setStopFlag(&stop);
    const checks::Window window { fromMs, toMs, std::numeric_limits<qint64>::max() };
    checks::CheckContext context(data, tracks, window, thresholds);
    QStringList plates;
    for (const checks::Card &c : data.cards) {
        if (!plates.contains(c.plate))
            plates << c.plate;
    }
    // Counts the tasks whose kept km answered (the ledger keeps nothing itself: CheckService does).
    checks::TaskKmSink sink;
    context.setTaskKmSink(&sink);
    for (qsizetype done = 0; done < plates.size(); ++done) {
        if (stop.load())
            break;
        if (options.progress)
            options.progress(int(done), int(plates.size()));
        const QString &plate = plates.at(done);
        checks::VehicleTrack track(tracks, plate, context.jumpOptions());
        const checks::FillToFill fills = checks::readFillToFill(context, track, fromMs, toMs);
        const checks::Vehicle *vehicle = context.vehicle(plate);
        for (std::size_t i = 0; i < fills.refuels.size(); ++i) {
            const checks::Refuel *r = fills.refuels[i];
            if (r->timeMs < fromMs || r->timeMs >= toMs)
                continue;
            RefuelLedgerRow row;
            row.timeMs = r->timeMs;
            row.cardNo = r->cardNo;
            row.plate = plate;
            row.unitCode = cardUnits.value(r->cardNo, vehicle ? vehicle->unitCode : QString());
            row.stationCode = r->stationCode;
            if (const checks::Task *trip = context.taskCovering(plate, r->timeMs))
                row.driverCode = trip->driverCode;
            row.litres = r->litres;
            row.amountYuan = r->amountYuan;
            row.kmSincePrevious = fills.kmSincePrevious(i);
            row.litresPer100Km = fills.litresPer100Km(i);
            ledger.rows.append(row);
        }
    }
    ledger.derivedUsed = sink.usedCount();
    ledger.fixesRead = tracks.fixesRead();
    if (!tracks.error().isEmpty() || stop.load()) {
        ledger.error = tracks.error();
        ledger.cancelled = ledger.error.isEmpty();
        ledger.rows.clear();
        return ledger;
    }
    if (options.progress)
        options.progress(int(plates.size()), int(plates.size()));
    std::sort(ledger.rows.begin(), ledger.rows.end(), [](const RefuelLedgerRow &a, const RefuelLedgerRow &b) {
        return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.cardNo < b.cardNo;
    });
    for (const RefuelLedgerRow &row : std::as_const(ledger.rows)) {
        ledger.byVehicle[row.plate].add(row);
        ledger.byCard[row.cardNo].add(row);
        ledger.byUnit[row.unitCode].add(row);
        ledger.total.add(row);
    }
    return ledger;
}
