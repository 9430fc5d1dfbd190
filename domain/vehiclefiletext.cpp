#include "domain/vehiclefiletext.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "store/anomalystore.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"

QString VehicleFileText::km(double value)
{
    return QString::number(value, 'f', 1);
}

QString VehicleFileText::yuan(double value)
{
    return QString::number(value, 'f', 2);
}

QString VehicleFileText::period(const VehicleFile::Data &data)
{
    return tr("%1 – %2").arg(TimeParse::toBeijingDay(data.fromMs), TimeParse::toBeijingDay(data.toMs - 1));
}

QList<VehicleFileText::Table> VehicleFileText::tables(VehicleFile::Subject subject)
{
    if (subject == VehicleFile::Subject::Driver)
        return { Table::Totals, Table::Trips, Table::Violations, Table::Findings };
    return { Table::Totals, Table::Trips, Table::Fills, Table::Repairs, Table::Violations, Table::Findings };
}

QList<QPair<QString, QString>> VehicleFileText::fields(
    const RecordStore &store, const VehicleFile::Data &data)
{
    QList<QPair<QString, QString>> out;
    const RecordKind *kind
        = RecordSchema::kind(data.subject == VehicleFile::Subject::Vehicle ? Kind::Vehicles : Kind::Drivers);
    if (!kind || data.record.id.isEmpty())
        return out;
    for (const FieldSpec &f : kind->fields) {
        const QString value = data.record.text(f.name);
        QString shown = value;
        if (f.type == FieldType::Choice)
            shown = f.choiceLabel(value);
        else if (f.type == FieldType::Reference && !value.isEmpty()) {
            if (const std::optional<Record> target = store.record(f.refKind, value)) {
                const QString name = target->text(Field::Name);
                shown = name.isEmpty() ? store.describe(f.refKind, *target) : name;
            }
        }
        out.append({ f.translatedLabel(), shown });
    }
    return out;
}

namespace {

QString driverText(const QString &name, const QString &code)
{
    if (code.isEmpty())
        return {};
    return name.isEmpty() ? code : VehicleFileText::tr("%1 (%2)").arg(name, code);
}

} // namespace

TextTable VehicleFileText::table(const VehicleFile::Data &data, Table table)
{
    const bool vehicle = data.subject == VehicleFile::Subject::Vehicle;
    TextTable t;
    auto columns = [&t](std::initializer_list<std::pair<QString, bool>> list) {
        for (const auto &[header, numeric] : list) {
            t.headers << header;
            t.numeric << numeric;
        }
    };
    switch (table) {
    case Table::Trips:
        t.title = tr("Trips");
        t.empty = tr("No trips in this period.");
        columns({ { tr("Order"), false }, { tr("Start"), false }, { tr("End"), false },
            { vehicle ? tr("Driver") : tr("Vehicle"), false }, { tr("Destination"), false },
            { tr("State"), false }, { tr("Nav km"), true }, { tr("Tracked km"), true },
            { tr("Tracked ÷ nav"), true }, { tr("Litres"), true }, { tr("Fuel (yuan)"), true } });
        for (const VehicleFile::Trip &trip : data.trips) {
            const FieldSpec *state = RecordSchema::kind(Kind::Requests)->field(Field::Status);
            t.rows.append(
                { trip.code, AnomalyText::beijingTime(trip.startMs), AnomalyText::beijingTime(trip.endMs),
                    vehicle ? driverText(trip.driverName, trip.driverCode) : trip.plate, trip.destName,
                    trip.state.isEmpty() ? QString() : state->choiceLabel(trip.state), km(trip.navKm),
                    trip.fixCount > 0 ? km(trip.trackedKm) : tr("no track"),
                    trip.fixCount > 0 && trip.navKm > 0 ? QString::number(trip.trackedKm / trip.navKm, 'f', 2)
                                                        : QString(),
                    trip.litres > 0 ? km(trip.litres) : QString(),
                    trip.fuelYuan > 0 ? yuan(trip.fuelYuan) : QString() });
        }
        break;
    case Table::Fills:
        t.title = tr("Refuels");
        t.empty = tr("No refuels in this period.");
        columns({ { tr("Time"), false }, { tr("Card"), false }, { tr("Station"), false },
            { tr("Litres"), true }, { tr("Amount (yuan)"), true }, { tr("Km since last fill"), true },
            { tr("L/100 km"), true } });
        for (const VehicleFile::Fill &f : data.fills) {
            t.rows.append({ AnomalyText::beijingTime(f.timeMs), f.cardNo, f.stationName, km(f.litres),
                yuan(f.amountYuan), f.reading.hasPrevious ? km(f.reading.km) : tr("first fill"),
                f.reading.hasRate() ? QString::number(f.reading.litresPer100Km(), 'f', 2) : QString() });
        }
        break;
    case Table::Repairs:
        t.title = tr("Repairs and maintenance");
        t.empty = tr("No repairs in this period.");
        columns({ { tr("Date"), false }, { tr("Shop"), false }, { tr("Items"), false },
            { tr("Cost (yuan)"), true }, { tr("Odometer km"), true } });
        for (const VehicleFile::Repair &r : data.repairs)
            t.rows.append({ r.date, r.shop, r.items, yuan(r.costYuan),
                r.odometerKm > 0 ? km(r.odometerKm) : QString() });
        break;
    case Table::Violations:
        t.title = tr("Traffic violations");
        t.empty = tr("No violations in this period.");
        columns({ { tr("Time"), false }, { tr("Vehicle"), false }, { tr("Code"), false },
            { tr("Description"), false }, { tr("Driver"), false } });
        for (const VehicleFile::Violation &v : data.violations) {
            QString driver = driverText(v.driverName, v.driverCode);
            if (v.driverFromTrip)
                driver = tr("%1 (on the trip at that time)").arg(driver);
            else if (driver.isEmpty())
                driver = tr("unknown (no trip at that time)");
            t.rows.append({ AnomalyText::beijingTime(v.timeMs), v.plate, v.code, v.description, driver });
        }
        break;
    case Table::Findings:
        t.title = tr("Findings");
        t.empty = tr("No findings in this period.");
        columns({ { tr("Start"), false }, { tr("Rule"), false }, { tr("Vehicle"), false },
            { tr("Driver"), false }, { tr("Order"), false }, { tr("Status"), false } });
        for (const VehicleFile::Finding &f : data.findings) {
            t.rows.append({ AnomalyText::beijingTime(f.startMs), AnomalyText::ruleName(f.rule), f.plate,
                f.driverCode, f.taskCode, AnomalyStore::statusLabel(f.status) });
        }
        break;
    case Table::Totals:
        t.title = tr("Month and year totals");
        t.empty = tr("Nothing in this period.");
        columns({ { tr("Period"), false }, { tr("Trips"), true }, { tr("Nav km"), true },
            { tr("Tracked km"), true }, { tr("Litres"), true }, { tr("Fuel (yuan)"), true },
            { tr("Repairs (yuan)"), true }, { tr("Cost (yuan)"), true }, { tr("Violations"), true },
            { tr("Findings"), true } });
        for (const auto *list : { &data.months, &data.years }) {
            for (const VehicleFile::Totals &m : *list) {
                t.rows.append({ m.label, QString::number(m.trips), km(m.navKm), km(m.trackedKm), km(m.litres),
                    yuan(m.fuelYuan), yuan(m.repairYuan), yuan(m.costYuan()), QString::number(m.violations),
                    QString::number(m.findings) });
            }
        }
        break;
    }
    return t;
}
