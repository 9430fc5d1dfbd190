#include "domain/maintenanceplans.h"

#include "base/appsettings.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

QString PlanStatus::stateName() const
{
    switch (state) {
    case NotDue:
        return QStringLiteral("not_due");
    case Due:
        return QStringLiteral("due");
    case Overdue:
        return QStringLiteral("overdue");
    case Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

MaintenancePlans::Lead MaintenancePlans::leadFrom(const AppSettings &settings)
{
    Lead lead;
    lead.days = int(settings.threshold(QStringLiteral("plans/lead_days")));
    lead.km = settings.threshold(QStringLiteral("plans/lead_km"));
    return lead;
}

PlanStatus MaintenancePlans::evaluate(
    const PlanFacts &plan, const QDate &today, std::optional<double> odometerKm, const Lead &lead)
{
    PlanStatus s;
    s.plan = plan;
    s.odometerKm = odometerKm;
    bool known = false;
    bool due = false;
    bool overdue = false;
    if (plan.everyMonths && plan.lastDate) {
        s.dueDate = plan.lastDate->addMonths(*plan.everyMonths);
        s.daysLeft = today.daysTo(*s.dueDate);
        known = true;
        overdue = overdue || *s.daysLeft < 0;
        due = due || *s.daysLeft <= lead.days;
    }
    if (plan.everyKm && plan.lastKm) {
        s.dueKm = *plan.lastKm + *plan.everyKm;
        if (odometerKm) {
            s.kmLeft = *s.dueKm - *odometerKm;
            known = true;
            overdue = overdue || *s.kmLeft < 0;
            due = due || *s.kmLeft <= lead.km;
        }
    }
    s.state = !known ? PlanStatus::Unknown
        : overdue    ? PlanStatus::Overdue
        : due        ? PlanStatus::Due
                     : PlanStatus::NotDue;
    return s;
}

QHash<QString, double> MaintenancePlans::odometers(const RecordStore &store)
{
    QHash<QString, double> km;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT vehicle_id, max(odometer_in) FROM tasks WHERE deleted = 0 AND odometer_in IS NOT NULL "
        "GROUP BY vehicle_id "
        "UNION ALL SELECT v.id, max(r.odometer_km) FROM refuels r JOIN cards c ON c.id = r.card_id "
        "JOIN vehicles v ON v.plate = c.plate WHERE r.deleted = 0 AND r.odometer_km IS NOT NULL GROUP BY "
        "v.id "
        "UNION ALL SELECT vehicle_id, max(odometer_km) FROM maintenance WHERE deleted = 0 "
        "AND odometer_km IS NOT NULL GROUP BY vehicle_id"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        km.insert(id, std::max(km.value(id, 0.0), q.value(1).toDouble()));
    }
    return km;
}

QList<PlanStatus> MaintenancePlans::load(const RecordStore &store, const QDate &today, const Lead &lead)
{
    const QHash<QString, double> km = odometers(store);
    QHash<QString, QString> plates;
    for (const Record &v : store.records(Kind::Vehicles, true))
        plates.insert(v.id, v.text(Field::Plate));
    QList<PlanStatus> out;
    for (const Record &r : store.records(Kind::Plans)) {
        PlanFacts p;
        const QString vehicleId = r.text(Field::VehicleId);
        p.plate = plates.value(vehicleId);
        p.item = r.text(Field::Item);
        bool ok = false;
        if (const double v = r.value(Field::EveryKm).toDouble(&ok); ok && v > 0)
            p.everyKm = v;
        if (const int v = r.value(Field::EveryMonths).toInt(&ok); ok && v > 0)
            p.everyMonths = v;
        if (const QDate d = QDate::fromString(r.text(Field::LastDate), Qt::ISODate); d.isValid())
            p.lastDate = d;
        if (const double v = r.value(Field::LastKm).toDouble(&ok); ok && !r.text(Field::LastKm).isEmpty())
            p.lastKm = v;
        out.append(evaluate(p, today,
            km.contains(vehicleId) ? std::optional<double>(km.value(vehicleId)) : std::nullopt, lead));
    }
    auto rank = [](PlanStatus::State s) {
        return s == PlanStatus::Overdue ? 0 : s == PlanStatus::Due ? 1 : s == PlanStatus::NotDue ? 2 : 3;
    };
    std::sort(out.begin(), out.end(), [&](const PlanStatus &a, const PlanStatus &b) {
        if (rank(a.state) != rank(b.state))
            return rank(a.state) < rank(b.state);
        if (a.plan.plate != b.plan.plate)
            return a.plan.plate < b.plan.plate;
        return a.plan.item < b.plan.item;
    });
    return out;
}
