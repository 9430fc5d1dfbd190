#pragma once
// A small hand-built fleet for the car's file and the reports, with figures small enough to add up by hand:
//
//   units     U1 市政府办公室, U2 市公安局
//   vehicles  A 苏F·A0001 (general, U1), B 苏F·B0002 (enforcement, U2), C 苏F·C0003 (general, U1, never
//   booked) drivers   D1 王建国 (U1), D2 李明 (U2); card C1 bound to A; station S1 orders    T1 A D1
//   2026-10-10 08:00–10:00 nav 50 km, tracked 60 km (unit U1)
//             T2 A D2 2026-10-12 08:00–09:00 nav 40 km, tracked 40 km (unit U1)
//             T3 A D1 2026-11-05 08:00–09:00 nav 25 km, tracked 30 km (unit U1)
//             T4 B D2 2026-10-20 14:00–18:00 nav 20 km, no track  (unit U2)
//   refuels   C1: 10-01 08:00 50 L 400 元, 10-15 08:00 9 L 72 元, 11-10 08:00 3 L 24 元
//             → fill to fill: 9 L over T1 + T2 = 100 km (9 L/100 km), 3 L over T3 = 30 km (10 L/100 km)
//   repair    A 2026-10-20 定点维修厂 更换机油 800 元
//   violation A 2026-10-10 09:00 code 1001, no driver recorded (D1 drove T1 then);
//             A 2026-11-20 10:00 code 1002, driver D2 recorded
//   finding   mileage, A, D1, T1, starting 2026-10-10 08:00
//
// Tracks run due north from (32.0, 120.86) in 500 m steps every 15 s (120 km/h), so each is exactly its km.
#include "checks/anomaly.h"
#include "maps/geo/greatcircle.h"
#include "store/anomalystore.h"
#include "store/positionstore.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QTest>

struct FleetSample
{
    QString u1, u2, a, b, c, d1, d2, t1, t2, t3, t4;

    static qint64 ms(const char *beijing)
    {
        return QDateTime::fromString(QLatin1String(beijing), Qt::ISODate).toMSecsSinceEpoch();
    }

    // Empty, or what was refused.
    QString fill(RecordStore &store)
    {
        QString refused;
        using Values = std::initializer_list<std::pair<const char *, QVariant>>;
        auto save = [&](const char *kind, Values values) -> QString {
            Record r;
            for (const auto &[field, value] : values)
                r.values.insert(QString::fromUtf8(field), value);
            const SaveResult s = store.save(QLatin1String(kind), r, QStringLiteral("测试员"));
            if (!s.ok && refused.isEmpty())
                refused = QLatin1String(kind) + QStringLiteral(": ") + s.message();
            return s.id;
        };
        auto text = [](const char *s) { return QString::fromUtf8(s); };
        u1 = save("units", { { "code", text("U1") }, { "name", text("市政府办公室") } });
        u2 = save("units", { { "code", text("U2") }, { "name", text("市公安局") } });
        auto car = [&](const char *plate, const char *category, const QString &unit) {
            return save("vehicles",
                { { "plate", text(plate) }, { "category", text(category) }, { "unit_id", unit },
                    { "seats", 5 }, { "status", text("active") } });
        };
        a = car("苏F·A0001", "general", u1);
        b = car("苏F·B0002", "enforcement", u2);
        c = car("苏F·C0003", "general", u1);
        d1 = save("drivers",
            { { "code", text("D1") }, { "name", text("王建国") }, { "unit_id", u1 },
                { "status", text("active") } });
        d2 = save("drivers",
            { { "code", text("D2") }, { "name", text("李明") }, { "unit_id", u2 },
                { "status", text("active") } });
        const QString card = save("cards", { { "card_no", text("C1") }, { "plate", text("苏F·A0001") } });
        const QString station = save("stations",
            { { "code", text("S1") }, { "name", text("中石化城南站") }, { "lat", 32.0 }, { "lon", 120.86 } });
        PositionStore positions(store.database());
        auto task = [&](const char *code, const QString &vehicle, const QString &driver, const char *start,
                        const char *end, double navKm, const QString &unit, int steps) {
            if (steps > 0) {
                std::vector<PositionFix> fixes;
                for (int i = 0; i <= steps; ++i) {
                    const geo::LatLon p = geo::destinationPoint({ 32.0, 120.86 }, 0.0, 500.0 * i);
                    PositionFix f;
                    f.timeMs = ms(start) + i * 15000;
                    f.lat = p.lat;
                    f.lon = p.lon;
                    fixes.push_back(f);
                }
                if (!positions.add(vehicle, fixes).ok && refused.isEmpty())
                    refused = QStringLiteral("positions");
            }
            return save("tasks",
                { { "code", text(code) }, { "vehicle_id", vehicle }, { "driver_id", driver },
                    { "start_at", QLatin1String(start) }, { "end_at", QLatin1String(end) },
                    { "dest_name", text("开发区") }, { "dest_lat", 32.1 }, { "dest_lon", 120.86 },
                    { "nav_km", navKm }, { "unit_id", unit } });
        };
        t1 = task("T1", a, d1, "2026-10-10T08:00:00+08:00", "2026-10-10T10:00:00+08:00", 50, u1, 120);
        t2 = task("T2", a, d2, "2026-10-12T08:00:00+08:00", "2026-10-12T09:00:00+08:00", 40, u1, 80);
        t3 = task("T3", a, d1, "2026-11-05T08:00:00+08:00", "2026-11-05T09:00:00+08:00", 25, u1, 60);
        t4 = task("T4", b, d2, "2026-10-20T14:00:00+08:00", "2026-10-20T18:00:00+08:00", 20, u2, 0);
        auto refuel = [&](const char *time, double litres, double yuan) {
            save("refuels",
                { { "card_id", card }, { "station_id", station }, { "time", QLatin1String(time) },
                    { "litres", litres }, { "amount_yuan", yuan } });
        };
        refuel("2026-10-01T08:00:00+08:00", 50, 400);
        refuel("2026-10-15T08:00:00+08:00", 9, 72);
        refuel("2026-11-10T08:00:00+08:00", 3, 24);
        save("maintenance",
            { { "vehicle_id", a }, { "date", text("2026-10-20") }, { "shop", text("定点维修厂") },
                { "items", text("更换机油") }, { "cost_yuan", 800 } });
        save("violations",
            { { "vehicle_id", a }, { "time", text("2026-10-10T09:00:00+08:00") }, { "code", text("1001") },
                { "description", text("超速") } });
        save("violations",
            { { "vehicle_id", a }, { "time", text("2026-11-20T10:00:00+08:00") }, { "code", text("1002") },
                { "description", text("违停") }, { "driver_id", d2 } });
        checks::Anomaly finding;
        finding.rule = QStringLiteral("mileage");
        finding.plate = text("苏F·A0001");
        finding.driverCode = QStringLiteral("D1");
        finding.taskCode = QStringLiteral("T1");
        finding.startMs = ms("2026-10-10T08:00:00+08:00");
        finding.endMs = ms("2026-10-10T10:00:00+08:00");
        finding.evidence.insert(QStringLiteral("tracked_km"), 60.0);
        finding.evidence.insert(QStringLiteral("nav_km"), 50.0);
        if (!AnomalyStore(store.database()).save({ finding }, QStringLiteral("测试员")).ok
            && refused.isEmpty())
            refused = QStringLiteral("anomalies");
        return refused;
    }
};
