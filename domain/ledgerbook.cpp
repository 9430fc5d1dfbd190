#include "domain/ledgerbook.h"
#include "base/timeparse.h"
#include "domain/refuelledger.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace {

qint64 msOf(const QVariant &v)
{
    return TimeParse::parseMs(v.toString()).value_or(0);
}

QString minuteText(qint64 ms)
{
    return TimeParse::toBeijingDay(ms) + QLatin1Char(' ') + TimeParse::toBeijingShort(ms).right(5);
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString named(const QString &name, const QString &code)
{
    if (code.isEmpty())
        return {};
    return name.isEmpty() ? code : LedgerBook::tr("%1 (%2)").arg(name, code);
}

// Runs a read; on failure notes SQLite's reason with where it happened.
bool run(QSqlQuery &q, QString &error, const char *what)
{
    if (q.exec())
        return true;
    if (error.isEmpty())
        error = LedgerBook::tr("Could not read the %1 ledger: %2")
                    .arg(QLatin1String(what), q.lastError().text());
    return false;
}

struct Trip
{
    qint64 startMs = 0, endMs = 0;
    QString driverCode, driverName;
};

// Every live dispatch order's booked window and driver, by vehicle id: who drove a car at a given time.
QHash<QString, std::vector<Trip>> tripsByVehicle(const QSqlDatabase &db, QString &error)
{
    QHash<QString, std::vector<Trip>> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.vehicle_id, t.start_at, t.end_at, d.code, d.name FROM tasks t "
                             "JOIN drivers d ON d.id = t.driver_id WHERE t.deleted = 0"));
    if (!run(q, error, "dispatch orders"))
        return out;
    while (q.next())
        out[q.value(0).toString()].push_back(
            { msOf(q.value(1)), msOf(q.value(2)), q.value(3).toString(), q.value(4).toString() });
    return out;
}

void loadRefuels(RecordStore &store, LedgerBook &book, const checks::Thresholds &thresholds,
    const RefuelLedgerOptions &options)
{
    const RefuelLedger ledger = RefuelLedger::load(store, book.fromMs, book.toMs, thresholds, options);
    book.derivedUsed = ledger.derivedUsed;
    book.cancelled = ledger.cancelled;
    if (!ledger.error.isEmpty()) {
        book.error = ledger.error;
        return;
    }
    QHash<QString, QString> units, drivers, stations;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    for (const auto &[sql, names] : { std::pair { "SELECT code, name FROM units", &units },
             std::pair { "SELECT code, name FROM drivers", &drivers },
             std::pair { "SELECT code, name FROM stations", &stations } }) {
        q.prepare(QLatin1String(sql));
        if (!run(q, book.error, "refuel"))
            return;
        while (q.next())
            names->insert(q.value(0).toString(), q.value(1).toString());
    }
    for (const RefuelLedgerRow &r : ledger.rows) {
        LedgerRow row;
        row.timeMs = r.timeMs;
        row.day = TimeParse::toBeijingDay(r.timeMs);
        row.plate = r.plate;
        row.unitCode = r.unitCode;
        row.unitName = units.value(r.unitCode);
        row.driverCode = r.driverCode;
        row.driverName = drivers.value(r.driverCode);
        row.cardNo = r.cardNo;
        row.stationName = stations.value(r.stationCode, r.stationCode);
        row.litres = r.litres;
        row.amountYuan = r.amountYuan;
        row.kmSincePrevious = r.kmSincePrevious;
        row.litresPer100Km = r.litresPer100Km;
        book.rows.append(row);
    }
}

void loadViolations(const QSqlDatabase &db, LedgerBook &book)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT x.time, x.vehicle_id, v.plate, u.code, u.name, x.code, x.description, "
                       "d.code, d.name FROM violations x JOIN vehicles v ON v.id = x.vehicle_id "
                       "LEFT JOIN units u ON u.id = v.unit_id LEFT JOIN drivers d ON d.id = x.driver_id "
                       "WHERE x.deleted = 0"));
    if (!run(q, book.error, "violation"))
        return;
    QList<QPair<QString, LedgerRow>> unnamed; // (vehicle id, row) of violations recorded without a driver
    while (q.next()) {
        LedgerRow row;
        row.timeMs = msOf(q.value(0));
        if (row.timeMs < book.fromMs || row.timeMs >= book.toMs)
            continue;
        row.day = TimeParse::toBeijingDay(row.timeMs);
        row.plate = q.value(2).toString();
        row.unitCode = q.value(3).toString();
        row.unitName = q.value(4).toString();
        row.code = q.value(5).toString();
        row.description = q.value(6).toString();
        row.driverCode = q.value(7).toString();
        row.driverName = q.value(8).toString();
        if (row.driverCode.isEmpty())
            unnamed.append({ q.value(1).toString(), row });
        else
            book.rows.append(row);
    }
    if (!unnamed.isEmpty()) {
        const QHash<QString, std::vector<Trip>> trips = tripsByVehicle(db, book.error);
        for (auto &[vehicleId, row] : unnamed) {
            for (const Trip &t : trips.value(vehicleId)) {
                if (t.startMs <= row.timeMs && row.timeMs <= t.endMs) {
                    row.driverCode = t.driverCode;
                    row.driverName = t.driverName;
                    row.driverFromTrip = true;
                    break;
                }
            }
            book.rows.append(row);
        }
    }
}

// Repairs and payments are kept by day: [from, to) becomes the Beijing days it covers.
void loadByDay(const QSqlDatabase &db, LedgerBook &book)
{
    const bool repairs = book.kind == LedgerKind::Maintenance;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(repairs
            ? QStringLiteral("SELECT m.date, v.plate, u.code, u.name, m.shop, m.items, m.cost_yuan, "
                             "m.odometer_km FROM maintenance m JOIN vehicles v ON v.id = m.vehicle_id "
                             "LEFT JOIN units u ON u.id = v.unit_id "
                             "WHERE m.deleted = 0 AND m.date >= ? AND m.date < ?")
            : QStringLiteral("SELECT p.paid_on, '', u.code, u.name, p.reference, p.note, p.amount_yuan "
                             "FROM payments p JOIN units u ON u.id = p.unit_id "
                             "WHERE p.deleted = 0 AND p.paid_on >= ? AND p.paid_on < ?"));
    q.addBindValue(TimeParse::toBeijingDay(book.fromMs));
    q.addBindValue(TimeParse::toBeijingDay(book.toMs));
    if (!run(q, book.error, repairs ? "maintenance" : "payment"))
        return;
    while (q.next()) {
        LedgerRow row;
        row.day = q.value(0).toString();
        row.timeMs = TimeParse::parseDateMs(row.day).value_or(0);
        row.plate = q.value(1).toString();
        row.unitCode = q.value(2).toString();
        row.unitName = q.value(3).toString();
        if (repairs) {
            row.shop = q.value(4).toString();
            row.items = q.value(5).toString();
            row.costYuan = q.value(6).toDouble();
            row.odometerKm = q.value(7).toDouble();
        } else {
            row.reference = q.value(4).toString();
            row.note = q.value(5).toString();
            row.amountYuan = q.value(6).toDouble();
        }
        book.rows.append(row);
    }
}

} // namespace

bool LedgerFilter::accepts(const LedgerRow &row) const
{
    return (plate.isEmpty() || row.plate == plate) && (unitCode.isEmpty() || row.unitCode == unitCode)
        && (driverCode.isEmpty() || row.driverCode == driverCode);
}

void LedgerSums::add(const LedgerRow &row)
{
    ++count;
    litres += row.litres;
    amountYuan += row.amountYuan;
    costYuan += row.costYuan;
    if (row.litresPer100Km && row.kmSincePrevious) {
        readLitres += row.litres;
        readKm += *row.kmSincePrevious;
    }
    if (row.driverFromTrip)
        ++driverFromTrip;
}

LedgerBook LedgerBook::load(RecordStore &store, LedgerKind kind, qint64 fromMs, qint64 toMs,
    const checks::Thresholds &thresholds, const RefuelLedgerOptions &options)
{
    LedgerBook book;
    book.kind = kind;
    book.fromMs = fromMs;
    book.toMs = toMs;
    if (kind == LedgerKind::Refuels)
        loadRefuels(store, book, thresholds, options);
    else if (kind == LedgerKind::Violations)
        loadViolations(store.database(), book);
    else
        loadByDay(store.database(), book);
    if (options.stop && options.stop->load() && book.error.isEmpty())
        book.cancelled = true;
    if (!book.error.isEmpty() || book.cancelled) {
        book.rows.clear();
        return book;
    }
    std::stable_sort(book.rows.begin(), book.rows.end(),
        [](const LedgerRow &a, const LedgerRow &b) { return a.timeMs < b.timeMs; });
    return book;
}

LedgerBook::Choices LedgerBook::choices(const RecordStore &store)
{
    Choices out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    const std::pair<const char *, QList<Choice> *> lists[] = {
        { "SELECT plate, '' FROM vehicles WHERE deleted = 0 ORDER BY plate", &out.vehicles },
        { "SELECT code, name FROM units WHERE deleted = 0 ORDER BY code", &out.agencies },
        { "SELECT code, name FROM drivers WHERE deleted = 0 ORDER BY code", &out.drivers },
    };
    for (const auto &[sql, list] : lists) {
        if (!q.exec(QLatin1String(sql)))
            continue; // an empty list offers "all" only
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString name = q.value(1).toString();
            list->append({ key, name.isEmpty() ? key : named(name, key) });
        }
    }
    return out;
}

QList<LedgerRow> LedgerBook::filtered(const LedgerFilter &filter) const
{
    QList<LedgerRow> out;
    for (const LedgerRow &row : rows) {
        if (filter.accepts(row))
            out.append(row);
    }
    return out;
}

LedgerSums LedgerBook::sums(const QList<LedgerRow> &rows)
{
    LedgerSums s;
    for (const LedgerRow &row : rows)
        s.add(row);
    return s;
}

QList<QPair<QString, LedgerSums>> LedgerBook::grouped(const QList<LedgerRow> &rows, Group group)
{
    std::map<QString, LedgerSums> groups;
    for (const LedgerRow &row : rows) {
        const QString key = group == Group::Vehicle ? row.plate
            : group == Group::Card                  ? row.cardNo
                                                    : named(row.unitName, row.unitCode);
        groups[key].add(row);
    }
    QList<QPair<QString, LedgerSums>> out;
    for (const auto &[key, sums] : groups)
        out.append({ key, sums });
    return out;
}

QString LedgerBook::title(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Refuels:
        return tr("Refuel ledger");
    case LedgerKind::Violations:
        return tr("Violation ledger");
    case LedgerKind::Maintenance:
        return tr("Repair ledger");
    case LedgerKind::Payments:
        return tr("Payment ledger");
    }
    return {};
}

QStringList LedgerBook::headers(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Refuels:
        // The figures right after the car, so a narrow window shows them without scrolling.
        return { tr("Time"), tr("Vehicle"), tr("Litres"), tr("Amount (yuan)"), tr("Km since last fill"),
            tr("L/100 km"), tr("Fuel card"), tr("Agency"), tr("Driver"), tr("Station") };
    case LedgerKind::Violations:
        return { tr("Time"), tr("Vehicle"), tr("Agency"), tr("Driver"), tr("Code"), tr("Description") };
    case LedgerKind::Maintenance:
        return { tr("Date"), tr("Vehicle"), tr("Agency"), tr("Repair shop"), tr("Work done"),
            tr("Cost (yuan)"), tr("Odometer km") };
    case LedgerKind::Payments:
        return { tr("Paid on"), tr("Agency"), tr("Amount (yuan)"), tr("Reference"), tr("Note") };
    }
    return {};
}

QList<bool> LedgerBook::numeric(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Refuels:
        return { false, false, true, true, true, true, false, false, false, false };
    case LedgerKind::Violations:
        return { false, false, false, false, false, false };
    case LedgerKind::Maintenance:
        return { false, false, false, false, false, true, true };
    case LedgerKind::Payments:
        return { false, false, true, false, false };
    }
    return {};
}

QStringList LedgerBook::cells(LedgerKind kind, const LedgerRow &r)
{
    const QString agency = named(r.unitName, r.unitCode);
    QString driver = named(r.driverName, r.driverCode);
    switch (kind) {
    case LedgerKind::Refuels:
        return { minuteText(r.timeMs), r.plate, number(r.litres, 2), number(r.amountYuan, 2),
            r.kmSincePrevious ? number(*r.kmSincePrevious, 1) : QString(),
            r.litresPer100Km ? number(*r.litresPer100Km, 2) : QString(), r.cardNo, agency, driver,
            r.stationName };
    case LedgerKind::Violations:
        if (r.driverFromTrip && !driver.isEmpty())
            driver = tr("%1, on a trip then").arg(driver);
        return { minuteText(r.timeMs), r.plate, agency, driver, r.code, r.description };
    case LedgerKind::Maintenance:
        return { r.day, r.plate, agency, r.shop, r.items, number(r.costYuan, 2),
            r.odometerKm > 0 ? number(r.odometerKm, 0) : QString() };
    case LedgerKind::Payments:
        return { r.day, agency, number(r.amountYuan, 2), r.reference, r.note };
    }
    return {};
}

QString LedgerBook::footer(LedgerKind kind, const LedgerSums &s)
{
    switch (kind) {
    case LedgerKind::Refuels: {
        // The rate only when some refuel has a reading (a first fill, or one after no tracked km, has none).
        const std::optional<double> rate = s.litresPer100Km();
        return tr("%n refuel(s), %1 L, %2 yuan", nullptr, s.count)
                   .arg(number(s.litres, 2), number(s.amountYuan, 2))
            + (rate ? tr(", %1 L/100 km").arg(number(*rate, 2)) : QString());
    }
    case LedgerKind::Violations:
        // Say how many name the trip's driver only when some do.
        return tr("%n violation(s)", nullptr, s.count)
            + (s.driverFromTrip > 0
                    ? tr(", %n of them with the driver of the trip at that time", nullptr, s.driverFromTrip)
                    : QString());
    case LedgerKind::Maintenance:
        return tr("%n repair(s), %1 yuan", nullptr, s.count).arg(number(s.costYuan, 2));
    case LedgerKind::Payments:
        return tr("%n payment(s), %1 yuan", nullptr, s.count).arg(number(s.amountYuan, 2));
    }
    return {};
}

TextTable LedgerBook::table(LedgerKind kind, const QList<LedgerRow> &rows)
{
    TextTable t;
    t.title = title(kind);
    t.headers = headers(kind);
    t.numeric = numeric(kind);
    t.empty = tr("Nothing in this ledger for the period and filter.");
    for (const LedgerRow &row : rows)
        t.rows.append(cells(kind, row));
    // The sums under the figures they add up; the count under the first column's label.
    const LedgerSums s = sums(rows);
    QStringList total(t.headers.size());
    total[0] = tr("Total (%n)", nullptr, s.count);
    switch (kind) {
    case LedgerKind::Refuels: {
        total[2] = number(s.litres, 2);
        total[3] = number(s.amountYuan, 2);
        total[4] = s.readKm > 0 ? number(s.readKm, 1) : QString();
        const std::optional<double> rate = s.litresPer100Km();
        total[5] = rate ? number(*rate, 2) : QString();
        break;
    }
    case LedgerKind::Violations:
        break;
    case LedgerKind::Maintenance:
        total[5] = number(s.costYuan, 2);
        break;
    case LedgerKind::Payments:
        total[2] = number(s.amountYuan, 2);
        break;
    }
    t.rows.append(total);
    return t;
}

QString LedgerBook::groupName(Group group)
{
    switch (group) {
    case Group::Vehicle:
        return tr("Vehicle");
    case Group::Card:
        return tr("Fuel card");
    case Group::Agency:
        return tr("Agency");
    }
    return {};
}

TextTable LedgerBook::groupTable(const QList<LedgerRow> &rows, Group group)
{
    TextTable t;
    t.title = tr("Refuels by %1").arg(groupName(group));
    t.headers = { groupName(group), tr("Refuels"), tr("Litres"), tr("Amount (yuan)"), tr("L/100 km") };
    t.numeric = { false, true, true, true, true };
    t.empty = tr("No refuels to group.");
    for (const auto &[key, s] : grouped(rows, group)) {
        const std::optional<double> rate = s.litresPer100Km();
        t.rows.append({ key.isEmpty() ? tr("(none)") : key, QString::number(s.count), number(s.litres, 2),
            number(s.amountYuan, 2), rate ? number(*rate, 2) : QString() });
    }
    return t;
}
