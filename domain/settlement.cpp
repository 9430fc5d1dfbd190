#include "domain/settlement.h"

#include "base/timeparse.h"
#include "domain/taskmileage.h"
#include "store/recordkinds.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

std::optional<double> optionalNumber(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return v.toDouble();
}

} // namespace

QJsonObject SettlementLine::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("task_code"), taskCode);
    o.insert(QStringLiteral("plate"), plate);
    o.insert(QStringLiteral("unit_code"), unitCode);
    o.insert(QStringLiteral("category"), category);
    o.insert(QStringLiteral("departed"), TimeParse::toBeijingIso(departedMs));
    o.insert(QStringLiteral("returned"), TimeParse::toBeijingIso(returnedMs));
    o.insert(QStringLiteral("km"), price.km);
    o.insert(QStringLiteral("km_source"), price.kmSource);
    if (trackedKm)
        o.insert(QStringLiteral("tracked_km"), *trackedKm);
    o.insert(QStringLiteral("hours"), price.hours);
    o.insert(QStringLiteral("km_charge"), price.kmCharge);
    o.insert(QStringLiteral("time_charge"), price.timeCharge);
    o.insert(QStringLiteral("minimum_applied"), price.minimumApplied);
    o.insert(QStringLiteral("base"), price.base);
    o.insert(QStringLiteral("night_surcharge"), price.nightSurcharge);
    o.insert(QStringLiteral("out_of_city_surcharge"), price.outOfCitySurcharge);
    o.insert(QStringLiteral("wait_hours"), price.waitHours);
    o.insert(QStringLiteral("wait_charge"), price.waitCharge);
    o.insert(QStringLiteral("price_yuan"), price.total);
    if (storedYuan)
        o.insert(QStringLiteral("stored_yuan"), *storedYuan);
    if (adjustedYuan) {
        o.insert(QStringLiteral("adjusted_yuan"), *adjustedYuan);
        o.insert(QStringLiteral("adjust_reason"), adjustReason);
    }
    o.insert(QStringLiteral("billed_yuan"), billedYuan());
    return o;
}

double AgencyStatement::totalYuan() const
{
    double sum = 0;
    for (const SettlementLine &l : lines)
        sum += l.billedYuan();
    return ChargingStandard::roundYuan(sum);
}

double AgencyStatement::totalKm() const
{
    double sum = 0;
    for (const SettlementLine &l : lines)
        sum += l.price.km;
    return sum;
}

QString AgencyStatement::title() const
{
    const QString unit = unitName.isEmpty() ? unitCode : QStringLiteral("%1（%2）").arg(unitName, unitCode);
    return tr("Vehicle charges of %1 for %2").arg(unit, month.toString());
}

QStringList AgencyStatement::columns()
{
    return { tr("No."), tr("Order"), tr("Day"), tr("Vehicle"), tr("Driver"), tr("Destination"), tr("km"),
        tr("Hours"), tr("Amount (yuan)"), tr("Adjustment reason") };
}

QStringList AgencyStatement::cells(int number, const SettlementLine &l)
{
    return { QString::number(number), l.taskCode, TimeParse::toBeijingDay(l.departedMs), l.plate,
        l.driverCode, l.destName, QString::number(l.price.km, 'f', 1), QString::number(l.price.hours, 'f', 1),
        QString::number(l.billedYuan(), 'f', 2), l.adjustedYuan ? l.adjustReason : QString() };
}

AgencyStatement Settlement::statement(const QString &unitCode, const checks::YearMonth &month) const
{
    AgencyStatement s;
    s.unitCode = unitCode;
    s.month = month;
    if (const std::optional<Record> unit = m_store.findByKey(Kind::Units, unitCode); unit && !unit->deleted)
        s.unitName = unit->text(Field::Name);
    s.lines = lines(month, unitCode);
    return s;
}

Settlement::Settlement(RecordStore &store, ChargingStandard standard)
    : m_store(store)
    , m_standard(std::move(standard))
{ }

std::optional<checks::YearMonth> Settlement::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    return checks::YearMonth { m.captured(1).toInt(), month };
}

QList<SettlementLine> Settlement::lines(const checks::YearMonth &month, const QString &unitCode) const
{
    const qint64 from = checks::beijingMonthStartMs(month);
    const qint64 to = checks::beijingMonthEndMs(month);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT t.id, t.code, v.plate, v.category, COALESCE(tu.code, ru.code, vu.code), d.code, t.trip_type, "
        "t.departed_at, t.returned_at, t.end_at, t.odometer_out, t.odometer_in, t.charge_yuan, "
        "t.adjusted_yuan, t.adjust_reason, t.vehicle_id, t.dest_name, COALESCE(tu.name, ru.name, vu.name), "
        "r.code "
        "FROM tasks t JOIN vehicles v ON v.id = t.vehicle_id JOIN drivers d ON d.id = t.driver_id "
        "LEFT JOIN units tu ON tu.id = t.unit_id "
        "LEFT JOIN requests r ON r.task_id = t.id AND r.deleted = 0 "
        "LEFT JOIN units ru ON ru.id = r.unit_id LEFT JOIN units vu ON vu.id = v.unit_id "
        "WHERE t.deleted = 0 AND t.departed_at IS NOT NULL AND t.returned_at IS NOT NULL"));
    const TaskMileage mileage(m_store.database());
    QList<SettlementLine> out;
    while (q.next()) {
        const std::optional<qint64> returned = TimeParse::parseMs(q.value(8).toString());
        const std::optional<qint64> departed = TimeParse::parseMs(q.value(7).toString());
        if (!returned || !departed || *returned < from || *returned >= to)
            continue;
        SettlementLine l;
        l.taskId = q.value(0).toString();
        l.taskCode = q.value(1).toString();
        l.plate = q.value(2).toString();
        l.category = q.value(3).toString();
        l.unitCode = q.value(4).toString();
        if (!unitCode.isEmpty() && l.unitCode != unitCode)
            continue;
        l.unitName = q.value(17).toString();
        l.requestCode = q.value(18).toString();
        l.driverCode = q.value(5).toString();
        l.departedMs = *departed;
        l.returnedMs = *returned;
        l.destName = q.value(16).toString();
        l.storedYuan = optionalNumber(q.value(12));
        l.adjustedYuan = optionalNumber(q.value(13));
        l.adjustReason = q.value(14).toString();
        const TaskMileage::Result tracked = mileage.measure(q.value(15).toString(), *departed, *returned);
        if (tracked.fixCount > 0)
            l.trackedKm = tracked.km;
        TripFacts facts;
        facts.category = l.category;
        facts.tripType = q.value(6).toString();
        facts.departedMs = *departed;
        facts.returnedMs = *returned;
        facts.bookedEndMs = TimeParse::parseMs(q.value(9).toString()).value_or(0);
        facts.odometerOut = optionalNumber(q.value(10));
        facts.odometerIn = optionalNumber(q.value(11));
        facts.trackedKm = l.trackedKm;
        if (facts.odometerOut && facts.odometerIn)
            l.odometerKm = *facts.odometerIn - *facts.odometerOut;
        l.price = m_standard.price(facts);
        out.append(l);
    }
    std::sort(out.begin(), out.end(), [](const SettlementLine &a, const SettlementLine &b) {
        return a.returnedMs != b.returnedMs ? a.returnedMs < b.returnedMs : a.taskCode < b.taskCode;
    });
    return out;
}

bool Settlement::apply(const QList<SettlementLine> &lines, const QString &user, int *changed, QString *error)
{
    QList<Record> records;
    for (const SettlementLine &l : lines) {
        std::optional<Record> task = m_store.record(Kind::Tasks, l.taskId);
        if (!task) {
            if (error)
                *error = tr("dispatch order %1 is no longer there").arg(l.taskCode);
            return false;
        }
        task->values.insert(Field::ChargeYuan, l.price.total);
        records.append(*task);
    }
    const SaveResult saved = m_store.saveAll(Kind::Tasks, records, user, changed);
    if (!saved.ok && error)
        *error = saved.message();
    return saved.ok;
}

SaveResult Settlement::adjust(
    const QString &taskCode, std::optional<double> amountYuan, const QString &reason, const QString &user)
{
    SaveResult refused;
    std::optional<Record> task = m_store.findByKey(Kind::Tasks, taskCode);
    if (!task || task->deleted) {
        refused.errors.append({ Field::Code, tr("there is no dispatch order %1").arg(taskCode) });
        return refused;
    }
    if (task->text(Field::ReturnedAt).isEmpty()) {
        refused.errors.append({ Field::AdjustedYuan,
            tr("dispatch order %1 has not returned: nothing to charge yet").arg(taskCode) });
        return refused;
    }
    if (reason.trimmed().isEmpty()) {
        refused.errors.append({ Field::AdjustReason, tr("an adjusted charge needs a reason") });
        return refused;
    }
    task->values.insert(Field::AdjustedYuan, amountYuan ? QVariant(*amountYuan) : QVariant());
    task->values.insert(Field::AdjustReason, reason.trimmed());
    return m_store.save(Kind::Tasks, *task, user);
}

QHash<QString, QString> Settlement::returnMonthOfOrders() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT code, returned_at FROM tasks WHERE deleted = 0"));
    while (q.next()) {
        const std::optional<qint64> returned = TimeParse::parseMs(q.value(1).toString());
        out.insert(
            q.value(0).toString(), returned ? checks::beijingMonthOf(*returned).toString() : QString());
    }
    return out;
}

double Settlement::totalBilled(const QList<SettlementLine> &lines)
{
    double sum = 0;
    for (const SettlementLine &l : lines)
        sum += l.billedYuan();
    return ChargingStandard::roundYuan(sum);
}

TextTable Settlement::agencyTotals(const QList<SettlementLine> &lines)
{
    struct Sum
    {
        QString name;
        int trips = 0;
        double km = 0, priced = 0, billed = 0;
        int adjusted = 0;
    };
    QMap<QString, Sum> byUnit;
    Sum all;
    for (const SettlementLine &l : lines) {
        for (Sum *s : { &byUnit[l.unitCode], &all }) {
            s->trips += 1;
            s->km += l.price.km;
            s->priced += l.storedYuan ? *l.storedYuan : l.price.total;
            s->billed += l.billedYuan();
            s->adjusted += l.adjustedYuan ? 1 : 0;
        }
        byUnit[l.unitCode].name = l.unitName;
    }
    TextTable t;
    t.title = tr("Totals per agency");
    t.headers = { tr("Agency"), tr("Name"), tr("Trips"), tr("km"), tr("Priced (yuan)"), tr("Adjusted trips"),
        tr("Billed (yuan)") };
    t.numeric = { false, false, true, true, true, true, true };
    t.empty = tr("No trip returned in this month.");
    auto row = [](const QString &code, const Sum &s) {
        return QStringList { code, s.name, QString::number(s.trips), QString::number(s.km, 'f', 1),
            QString::number(ChargingStandard::roundYuan(s.priced), 'f', 2), QString::number(s.adjusted),
            QString::number(ChargingStandard::roundYuan(s.billed), 'f', 2) };
    };
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
        t.rows << row(it.key(), it.value());
    if (!lines.isEmpty()) {
        all.name = tr("All agencies");
        t.rows << row(tr("Total"), all);
    }
    return t;
}
