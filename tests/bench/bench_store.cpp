// DESIGN §9 benchmarks through the real store: a city fleet's month (plus the three months the fuel rule
// reads as its baseline) written into a SQLite file with the project's own APIs, then
//   storage  bytes a stored fix takes (target <= 8),
//   import   fixes/s and peak RSS of a positions CSV through PositionImporter (what RecordImporter
//            "positions" runs; target >= 1 M/s in bounded memory),
//   check    all eight rules through CheckService over the judged month (target <= 10 s, <= 1 GB).
// Usage:
//   bench_store generate DB [VEHICLES]   write the fleet (registry, tasks, refuels, violations, tracks)
//   bench_store storage DB
//   bench_store check DB [--keep] [--no-derived] [all | RULE...]   all rules once (peak RSS), then each
//                                        rule alone; --no-derived reads every track and keeps no derived km
//   bench_store import DIR [DAYS [FLUSH]]  a CSV of DAYS days of the whole fleet into a fresh DB in DIR,
//                                        merged into the store every FLUSH fixes (default 2 M)
// Figures go to stdout. See docs/PERFORMANCE.md for the figures measured and how.
#include "base/beijingtime.h"
#include "base/timeparse.h"
#include "checks/checkrunner.h"
#include "cityfleet.h"
#include "domain/checkservice.h"
#include "domain/refuelledger.h"
#include "interchange/positionimporter.h"
#include "interchange/recordimporter.h"
#include "store/database.h"
#include "store/positionstore.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <sys/resource.h>

#include <cstdio>

using bench::CityFleet;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString idFor(const QString &kind, const QString &key)
{
    static const QUuid ns(QStringLiteral("{0b7c9a52-5d1e-4f7a-8c3b-2a9e6d4f1c88}"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

Record make(const QString &kind, const QString &key, QVariantMap values)
{
    Record r;
    r.id = idFor(kind, key);
    r.values = std::move(values);
    return r;
}

// Peak resident set of this process (VmHWM), in MB; resetPeak() starts a new measurement.
long peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool saveAll(RecordStore &store, const QString &kind, const QList<Record> &records)
{
    const SaveResult r = store.saveAll(kind, records, QStringLiteral("bench"));
    if (!r.ok)
        out() << kind << " record " << r.index << ": " << r.message() << Qt::endl;
    return r.ok;
}

QString geometryJson(const std::vector<std::pair<double, double>> &latLon)
{
    QJsonArray ring;
    for (const auto &[lat, lon] : latLon)
        ring.append(QJsonArray { lon, lat });
    ring.append(ring.first());
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
                          { QStringLiteral("coordinates"), QJsonArray { ring } } })
            .toJson(QJsonDocument::Compact));
}

// Units, vehicles, drivers, stations, cards and the city fence.
bool writeRegistry(RecordStore &store, const CityFleet &fleet)
{
    QList<Record> units, vehicles, drivers, stations, cards;
    for (int u = 0; u < 20; ++u) {
        const QString code = QStringLiteral("U%1").arg(u, 2, 10, QLatin1Char('0'));
        units << make(QStringLiteral("units"), code,
            { { QStringLiteral("code"), code },
                { QStringLiteral("name"), QStringLiteral("单位 %1").arg(u) } });
    }
    for (int v = 0; v < fleet.spec().vehicles; ++v) {
        vehicles << make(QStringLiteral("vehicles"), fleet.plate(v),
            { { QStringLiteral("plate"), fleet.plate(v) },
                { QStringLiteral("category"), QStringLiteral("general") },
                { QStringLiteral("unit_id"), units[v % 20].id },
                { QStringLiteral("status"), fleet.status(v) } });
        cards << make(QStringLiteral("cards"), fleet.cardNo(v),
            { { QStringLiteral("card_no"), fleet.cardNo(v) }, { QStringLiteral("plate"), fleet.plate(v) } });
    }
    const QStringList stray = fleet.strayCardPlates();
    for (int i = 0; i < stray.size(); ++i) {
        const QString no = QStringLiteral("9200%1").arg(i);
        cards << make(QStringLiteral("cards"), no,
            { { QStringLiteral("card_no"), no }, { QStringLiteral("plate"), stray[i] } });
    }
    for (int d = 0; d < fleet.driverCount(); ++d) {
        drivers << make(QStringLiteral("drivers"), fleet.driverCode(d),
            { { QStringLiteral("code"), fleet.driverCode(d) },
                { QStringLiteral("name"), QStringLiteral("司机 %1").arg(d) } });
    }
    for (const bench::GenStation &s : fleet.stations()) {
        stations << make(QStringLiteral("stations"), s.code,
            { { QStringLiteral("code"), s.code }, { QStringLiteral("name"), s.name },
                { QStringLiteral("lat"), s.lat }, { QStringLiteral("lon"), s.lon } });
    }
    const QList<Record> fences { make(QStringLiteral("fences"), QStringLiteral("city"),
        { { QStringLiteral("name"), QStringLiteral("市域") },
            { QStringLiteral("geometry"), geometryJson(fleet.fenceOutline()) } }) };
    return saveAll(store, QStringLiteral("units"), units)
        && saveAll(store, QStringLiteral("vehicles"), vehicles)
        && saveAll(store, QStringLiteral("drivers"), drivers)
        && saveAll(store, QStringLiteral("stations"), stations)
        && saveAll(store, QStringLiteral("cards"), cards) && saveAll(store, QStringLiteral("fences"), fences);
}

// Opens the benchmark's database, or says why not.
bool opened(Database &db, const QString &path)
{
    if (db.open(path))
        return true;
    out() << db.errorString() << Qt::endl;
    return false;
}

int generate(const QString &path, int vehicles)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    Database db(QStringLiteral("bench"));
    if (!opened(db, path))
        return 1;
    RecordStore store(db.connection());
    CityFleet fleet({ vehicles });
    QElapsedTimer total;
    total.start();
    if (!writeRegistry(store, fleet))
        return 1;
    PositionStore positions(db.connection());
    qint64 fixes = 0, judgedFixes = 0, tasks = 0, refuels = 0, violations = 0;
    double recordSeconds = 0, trackSeconds = 0, generateSeconds = 0;
    for (int v = 0; v < vehicles; ++v) {
        QElapsedTimer timer;
        timer.start();
        bench::VehicleData data = fleet.vehicle(v);
        generateSeconds += timer.nsecsElapsed() / 1e9;
        timer.restart();
        QList<Record> taskRecords, refuelRecords, violationRecords;
        const QString vehicleId = idFor(QStringLiteral("vehicles"), fleet.plate(v));
        for (const bench::GenTask &t : data.tasks) {
            taskRecords << make(QStringLiteral("tasks"), t.code,
                { { QStringLiteral("code"), t.code }, { QStringLiteral("vehicle_id"), vehicleId },
                    { QStringLiteral("driver_id"),
                        idFor(QStringLiteral("drivers"), fleet.driverCode(t.driver)) },
                    { QStringLiteral("start_at"), TimeParse::toUtcIso(t.startMs) },
                    { QStringLiteral("end_at"), TimeParse::toUtcIso(t.endMs) },
                    { QStringLiteral("dest_name"), QStringLiteral("目的地") },
                    { QStringLiteral("dest_lat"), t.destLat }, { QStringLiteral("dest_lon"), t.destLon },
                    { QStringLiteral("nav_km"), t.navKm } });
        }
        const QString cardId = idFor(QStringLiteral("cards"), fleet.cardNo(v));
        for (const bench::GenRefuel &r : data.refuels) {
            refuelRecords << make(QStringLiteral("refuels"), fleet.cardNo(v) + QString::number(r.timeMs),
                { { QStringLiteral("card_id"), cardId },
                    { QStringLiteral("time"), TimeParse::toUtcIso(r.timeMs) },
                    { QStringLiteral("station_id"),
                        idFor(QStringLiteral("stations"), fleet.stations()[size_t(r.station)].code) },
                    { QStringLiteral("litres"), r.litres }, { QStringLiteral("amount_yuan"), r.yuan } });
        }
        for (const bench::GenViolation &w : data.violations) {
            violationRecords << make(QStringLiteral("violations"), fleet.plate(v) + QString::number(w.timeMs),
                { { QStringLiteral("vehicle_id"), vehicleId },
                    { QStringLiteral("time"), TimeParse::toUtcIso(w.timeMs) },
                    { QStringLiteral("code"), w.code },
                    { QStringLiteral("driver_id"),
                        idFor(QStringLiteral("drivers"), fleet.driverCode(w.driver)) } });
        }
        if (!saveAll(store, QStringLiteral("tasks"), taskRecords)
            || !saveAll(store, QStringLiteral("refuels"), refuelRecords)
            || !saveAll(store, QStringLiteral("violations"), violationRecords))
            return 1;
        recordSeconds += timer.nsecsElapsed() / 1e9;
        timer.restart();
        tasks += data.tasks.size();
        refuels += data.refuels.size();
        violations += data.violations.size();
        fixes += qint64(data.fixes.size());
        for (const PositionFix &f : data.fixes)
            judgedFixes += f.timeMs >= fleet.judgedFromMs() ? 1 : 0;
        db.connection().transaction();
        const PositionStore::AddResult added = positions.add(vehicleId, std::move(data.fixes));
        if (!added.ok || !db.connection().commit()) {
            out() << "positions of " << fleet.plate(v) << ": " << added.error << Qt::endl;
            return 1;
        }
        trackSeconds += timer.nsecsElapsed() / 1e9;
        if (v % 50 == 0)
            out() << "vehicle " << v << "/" << vehicles << ", " << fixes << " fixes so far, "
                  << total.elapsed() / 1000 << " s" << Qt::endl;
    }
    out() << "generated " << vehicles << " vehicles over " << fleet.days() << " days: " << tasks << " tasks, "
          << refuels << " refuels, " << violations << " violations, " << fixes << " fixes (" << judgedFixes
          << " in the judged month) in " << total.elapsed() / 1000 << " s (generating "
          << qRound(generateSeconds) << " s, records " << qRound(recordSeconds) << " s, PositionStore::add "
          << qRound(trackSeconds) << " s)" << Qt::endl;
    return 0;
}

int storage(const QString &path)
{
    Database db(QStringLiteral("bench"));
    if (!opened(db, path))
        return 1;
    PositionStore positions(db.connection());
    const qint64 fixes = positions.fixCount();
    const qint64 blobBytes = positions.storedBytes();
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM track_days"));
    const qint64 days = q.next() ? q.value(0).toLongLong() : 0;
    // The blobs alone; the blobs with their row's key columns (36-char vehicle id, day, first/last ms,
    // count); and the whole file, every record and index included, as an upper bound.
    q.exec(QStringLiteral(
        "SELECT coalesce(sum(length(vehicle_id) + length(day) + 8 + 8 + 4), 0) FROM track_days"));
    const qint64 keyBytes = q.next() ? q.value(0).toLongLong() : 0;
    const qint64 fileBytes = QFileInfo(path).size();
    out() << fixes << " fixes in " << days << " vehicle-days; blobs " << blobBytes
          << " B = " << QString::number(double(blobBytes) / double(fixes), 'f', 2) << " B/fix; with row keys "
          << QString::number(double(blobBytes + keyBytes) / double(fixes), 'f', 2) << " B/fix; whole file "
          << fileBytes << " B = " << QString::number(double(fileBytes) / double(fixes), 'f', 2)
          << " B/fix (all records included)" << Qt::endl;
    return 0;
}

int check(const QString &path, bool keep, bool useDerived, QStringList rules)
{
    Database db(QStringLiteral("bench"));
    if (!opened(db, path))
        return 1;
    RecordStore store(db.connection());
    CityFleet fleet;
    CheckService service(store, path);
    CheckRequest request;
    request.fromMs = fleet.judgedFromMs();
    request.toMs = fleet.toMs();
    request.nowMs = fleet.toMs() + checks::kDayMs;
    request.keepFindings = keep;
    request.useDerived = useDerived;

    auto runOnce = [&](const QStringList &selected, const QString &label) {
        request.rules = selected;
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        const CheckOutcome outcome = service.run(request, QStringLiteral("bench"));
        out() << QStringLiteral("%1 %2 ms wall, %3 ms cpu, %4 anomalies, peak RSS %5 MB; %6 fixes read, "
                                "derived km used for %7 tasks, kept for %8%9\n")
                     .arg(label, -17)
                     .arg(timer.elapsed(), 6)
                     .arg(qint64((cpuSeconds() - cpu) * 1000), 6)
                     .arg(outcome.anomalies.size(), 6)
                     .arg(peakRssMb())
                     .arg(outcome.fixesRead)
                     .arg(outcome.derivedUsed)
                     .arg(outcome.derivedKept)
                     .arg(outcome.ok ? QString() : QStringLiteral(" FAILED: ") + outcome.error);
        out().flush();
    };
    QElapsedTimer timer;
    timer.start();
    const checks::CheckData data = service.loadData();
    out() << "loading the records (CheckService::loadData): " << timer.elapsed() << " ms; "
          << data.tasks.size() << " tasks, " << data.refuels.size() << " refuels, " << data.violations.size()
          << " violations" << Qt::endl;
    // No rule named: all eight together (the target), then each alone. "all": only the former.
    if (rules.isEmpty() || rules == QStringList { QStringLiteral("all") }) {
        runOnce({}, QStringLiteral("all rules"));
        rules = rules.isEmpty() ? checks::CheckRunner::ruleIds() : QStringList();
    }
    for (const QString &rule : rules)
        runOnce({ rule }, rule);
    return 0;
}

int import(const QString &dir, int days, qint64 flushEvery)
{
    QDir().mkpath(dir);
    const QString csvPath = dir + QStringLiteral("/positions.csv");
    const QString dbPath = dir + QStringLiteral("/import.db");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(dbPath + suffix);
    CityFleet fleet;
    Database db(QStringLiteral("bench"));
    if (!opened(db, dbPath))
        return 1;
    RecordStore store(db.connection());
    if (!writeRegistry(store, fleet))
        return 1;
    // The judged month's first days, every vehicle, in time order as a server export would write them.
    const int first = fleet.days() - 31;
    qint64 rows = 0;
    {
        std::vector<std::pair<int, PositionFix>> all;
        for (int v = 0; v < fleet.spec().vehicles; ++v) {
            for (const PositionFix &f : fleet.vehicle(v, first, first + days).fixes)
                all.emplace_back(v, f);
        }
        std::stable_sort(all.begin(), all.end(),
            [](const auto &a, const auto &b) { return a.second.timeMs < b.second.timeMs; });
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        csv.write("plate,time,lat,lon,speed_kmh,heading\n");
        QByteArray chunk;
        std::vector<QByteArray> plates;
        for (int v = 0; v < fleet.spec().vehicles; ++v)
            plates.push_back(fleet.plate(v).toUtf8());
        for (const auto &[v, f] : all) {
            char line[160];
            const QByteArray time = TimeParse::toBeijingIso(f.timeMs).toLatin1();
            const int n = std::snprintf(line, sizeof line, ",%s,%.6f,%.6f,%.1f,%.0f\n", time.constData(),
                f.lat, f.lon, double(f.speedKmh), double(f.headingDeg));
            chunk += plates[size_t(v)];
            chunk.append(line, n);
            if (chunk.size() > (1 << 20)) {
                csv.write(chunk);
                chunk.clear();
            }
        }
        csv.write(chunk);
        rows = qint64(all.size());
    }
    const qint64 csvBytes = QFileInfo(csvPath).size();
    // What RecordImporter "positions" runs; FLUSH (optional) changes how many fixes are held between
    // merges into the store (default two million).
    PositionImporter importer(store, store.database());
    if (flushEvery > 0)
        importer.setFlushEvery(flushEvery);
    const long rssBefore = peakRssMb();
    resetPeak(); // the generator's memory is gone; measure the import alone
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    const ImportOutcome outcome = importer.importFile(csvPath, {});
    const qint64 ms = timer.elapsed();
    out() << "import of " << rows << " fixes (" << days << " days x " << fleet.spec().vehicles
          << " vehicles, " << csvBytes / (1024 * 1024) << " MB CSV) through PositionImporter: " << ms
          << " ms wall, " << qint64((cpuSeconds() - cpu) * 1000)
          << " ms cpu = " << QString::number(rows / (ms / 1000.0) / 1e6, 'f', 2) << " M fixes/s; "
          << (outcome.ok ? "ok" : "FAILED") << ", " << outcome.rows << " rows, " << outcome.changed
          << " changed; peak RSS " << peakRssMb() << " MB during the import (" << rssBefore
          << " MB peak while generating)" << Qt::endl;
    for (const ImportError &e : outcome.errors.mid(0, 5))
        out() << "  " << e.line << ":" << e.column << " " << e.reason << Qt::endl;
    return outcome.ok ? 0 : 1;
}

// The refuel ledger of the judged month (RefuelLedger::load, what the Ledgers page's worker runs for
// refuels), taking the km the store kept for finished tasks, or, with --no-derived, reading every track.
int ledger(const QString &path, bool useDerived)
{
    Database db(QStringLiteral("bench"));
    if (!opened(db, path))
        return 1;
    RecordStore store(db.connection());
    CityFleet fleet;
    RefuelLedgerOptions options;
    options.useDerived = useDerived;
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    const RefuelLedger ledger = RefuelLedger::load(store, fleet.judgedFromMs(), fleet.toMs(), {}, options);
    const qint64 wall = timer.elapsed();
    const qint64 cpuMs = qint64((cpuSeconds() - cpu) * 1000);
    // Every reading's bits, to compare the two ways: the same digest means the same doubles.
    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (const RefuelLedgerRow &r : ledger.rows) {
        for (const double v : { r.kmSincePrevious.value_or(-1.0), r.litresPer100Km.value_or(-1.0) })
            digest.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
        digest.addData(r.cardNo.toUtf8());
    }
    out() << QStringLiteral(
        "refuel ledger%1: %2 ms wall, %3 ms cpu, peak RSS %4 MB; %5 refuels, readings %6; "
        "%7 fixes read, kept km used for %8 tasks%9\n")
                 .arg(useDerived ? QString() : QStringLiteral(" (--no-derived)"))
                 .arg(wall)
                 .arg(cpuMs)
                 .arg(peakRssMb())
                 .arg(ledger.rows.size())
                 .arg(QString::fromLatin1(digest.result().toHex().left(12)))
                 .arg(ledger.fixesRead)
                 .arg(ledger.derivedUsed)
                 .arg(ledger.error.isEmpty() ? QString() : QStringLiteral(" FAILED: ") + ledger.error);
    return ledger.error.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString usage
        = QStringLiteral("usage: bench_store generate DB [VEHICLES] | storage DB | check DB [--keep] "
                         "[--no-derived] [RULE...] | ledger DB [--no-derived] | import DIR [DAYS [FLUSH]]\n");
    if (args.size() < 2) {
        out() << usage;
        return 2;
    }
    const QString command = args.takeFirst();
    const QString path = args.takeFirst();
    if (command == QStringLiteral("generate"))
        return generate(path, args.isEmpty() ? 854 : args.first().toInt());
    if (command == QStringLiteral("storage"))
        return storage(path);
    if (command == QStringLiteral("check")) {
        const bool keep = args.removeAll(QStringLiteral("--keep")) > 0;
        const bool plain = args.removeAll(QStringLiteral("--no-derived")) > 0;
        return check(path, keep, !plain, args);
    }
    if (command == QStringLiteral("ledger"))
        return ledger(path, !args.contains(QStringLiteral("--no-derived")));
    if (command == QStringLiteral("import"))
        return import(
            path, args.isEmpty() ? 4 : args.first().toInt(), args.size() > 1 ? args.at(1).toLongLong() : 0);
    out() << usage;
    return 2;
}
