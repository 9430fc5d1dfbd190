#include "checkservice.h"
#include "anomalystore.h"
#include "appsettings.h"
#include "checks/checkcontext.h"
#include "checks/checkrunner.h"
#include "recordstore.h"
#include "timeparse.h"
#include "trackreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

qint64 msOf(const Record &r, const char *field)
{
    return TimeParse::parseMs(r.text(QLatin1String(field))).value_or(0);
}

geo::MultiPolygon areaOf(const QString &geoJson)
{
    const QJsonObject g = QJsonDocument::fromJson(geoJson.toUtf8()).object();
    const bool multi = g.value(QStringLiteral("type")).toString() == QStringLiteral("MultiPolygon");
    const QJsonArray coordinates = g.value(QStringLiteral("coordinates")).toArray();
    const QJsonArray polygons = multi ? coordinates : QJsonArray { coordinates };
    geo::MultiPolygon area;
    for (const QJsonValue &p : polygons) {
        geo::Polygon polygon;
        const QJsonArray rings = p.toArray();
        for (int i = 0; i < rings.size(); ++i) {
            geo::Ring ring;
            for (const QJsonValue &xy : rings.at(i).toArray())
                ring.push_back({ xy.toArray().at(1).toDouble(), xy.toArray().at(0).toDouble() });
            if (i == 0)
                polygon.outer = std::move(ring);
            else
                polygon.holes.push_back(std::move(ring));
        }
        area.push_back(std::move(polygon));
    }
    return area;
}

} // namespace

CheckService::CheckService(RecordStore &store, QString databasePath)
    : m_store(store)
    , m_path(std::move(databasePath))
{
}

checks::Thresholds CheckService::thresholdsFrom(const AppSettings &s)
{
    checks::Thresholds t;
    t.destinationRadiusM = s.threshold(QStringLiteral("rules/destination_km")) * 1000.0;
    t.mileageRatio = s.threshold(QStringLiteral("rules/mileage_ratio"));
    t.fuelRatio = s.threshold(QStringLiteral("rules/fuel_ratio"));
    t.fuelMinKm = s.threshold(QStringLiteral("rules/fuel_min_km"));
    t.stationRadiusM = s.threshold(QStringLiteral("rules/card_station_m"));
    t.stationWindowMs = qint64(s.threshold(QStringLiteral("rules/card_window_min")) * 60000.0);
    t.refuelCount = int(s.threshold(QStringLiteral("rules/refuel_count")));
    t.violationCount = int(s.threshold(QStringLiteral("rules/violation_count")));
    t.maxSpeedKmh = s.threshold(QStringLiteral("rules/jump_speed_kmh"));
    t.locationGapMs = qint64(s.threshold(QStringLiteral("rules/location_gap_min")) * 60000.0);
    return t;
}

checks::CheckData CheckService::loadData() const
{
    checks::CheckData data;
    // Ids to keys once, tombstones included: an old task may name a vehicle that has since been removed.
    auto keys = [this](const QString &kind, const QString &field) {
        QHash<QString, QString> map;
        for (const Record &r : m_store.records(kind, true))
            map.insert(r.id, r.text(field));
        return map;
    };
    const QHash<QString, QString> unitCode = keys(QStringLiteral("units"), QStringLiteral("code"));
    const QHash<QString, QString> plateOf = keys(QStringLiteral("vehicles"), QStringLiteral("plate"));
    const QHash<QString, QString> driverCode = keys(QStringLiteral("drivers"), QStringLiteral("code"));
    const QHash<QString, QString> cardNo = keys(QStringLiteral("cards"), QStringLiteral("card_no"));
    const QHash<QString, QString> stationCode = keys(QStringLiteral("stations"), QStringLiteral("code"));

    for (const Record &r : m_store.records(QStringLiteral("vehicles"))) {
        data.vehicles.push_back({ r.text(QStringLiteral("plate")), r.text(QStringLiteral("category")),
                                  unitCode.value(r.text(QStringLiteral("unit_id"))), r.text(QStringLiteral("status")) });
    }
    for (const Record &r : m_store.records(QStringLiteral("tasks"))) {
        checks::Task t;
        t.code = r.text(QStringLiteral("code"));
        t.plate = plateOf.value(r.text(QStringLiteral("vehicle_id")));
        t.driverCode = driverCode.value(r.text(QStringLiteral("driver_id")));
        t.unitCode = unitCode.value(r.text(QStringLiteral("unit_id")));
        t.destName = r.text(QStringLiteral("dest_name"));
        t.startMs = msOf(r, "start_at");
        t.endMs = msOf(r, "end_at");
        t.destLat = r.value(QStringLiteral("dest_lat")).toDouble();
        t.destLon = r.value(QStringLiteral("dest_lon")).toDouble();
        t.navKm = r.value(QStringLiteral("nav_km")).toDouble();
        data.tasks.push_back(t);
    }
    for (const Record &r : m_store.records(QStringLiteral("cards")))
        data.cards.push_back({ r.text(QStringLiteral("card_no")), r.text(QStringLiteral("plate")) });
    for (const Record &r : m_store.records(QStringLiteral("stations"))) {
        data.stations.push_back({ r.text(QStringLiteral("code")), r.text(QStringLiteral("name")),
                                  r.value(QStringLiteral("lat")).toDouble(), r.value(QStringLiteral("lon")).toDouble() });
    }
    for (const Record &r : m_store.records(QStringLiteral("refuels"))) {
        data.refuels.push_back({ cardNo.value(r.text(QStringLiteral("card_id"))),
                                 stationCode.value(r.text(QStringLiteral("station_id"))), msOf(r, "time"),
                                 r.value(QStringLiteral("litres")).toDouble(),
                                 r.value(QStringLiteral("amount_yuan")).toDouble() });
    }
    for (const Record &r : m_store.records(QStringLiteral("violations"))) {
        data.violations.push_back({ plateOf.value(r.text(QStringLiteral("vehicle_id"))),
                                    driverCode.value(r.text(QStringLiteral("driver_id"))), r.text(QStringLiteral("code")),
                                    msOf(r, "time") });
    }
    for (const Record &r : m_store.records(QStringLiteral("fences"))) {
        checks::Fence f;
        f.name = r.text(QStringLiteral("name"));
        f.area = areaOf(r.text(QStringLiteral("geometry")));
        f.plates = QJsonDocument::fromJson(r.text(QStringLiteral("plates")).toUtf8()).toVariant().toStringList();
        data.fences.push_back(std::move(f));
    }
    return data;
}

CheckOutcome CheckService::run(const CheckRequest &request, const QString &user, Progress progress,
                               const std::atomic<bool> *cancel)
{
    CheckOutcome outcome;
    for (const QString &rule : request.rules) {
        if (!checks::CheckRunner::ruleIds().contains(rule)) {
            outcome.error = tr("unknown rule %1 (rules: %2)").arg(rule, checks::CheckRunner::ruleIds().join(QStringLiteral(", ")));
            return outcome;
        }
    }
    const checks::CheckData data = loadData();
    QHash<QString, QString> vehicleIds;
    for (const Record &r : m_store.records(QStringLiteral("vehicles"), true))
        vehicleIds.insert(r.text(QStringLiteral("plate")), r.id);
    TrackReader tracks(m_path, vehicleIds);
    checks::Window window { request.fromMs, request.toMs,
                            request.nowMs ? request.nowMs : QDateTime::currentMSecsSinceEpoch() };
    checks::CheckContext context(data, tracks, window, request.thresholds);
    checks::CheckRunner runner;
    if (progress)
        runner.setProgressCallback(progress);
    runner.setCancelFlag(cancel);
    checks::CheckRunner::Result result = runner.run(context, request.rules);
    if (result.cancelled) {
        outcome.cancelled = true;
        return outcome; // a partial run is not kept: it would look like a clean bill for what it skipped
    }
    outcome.anomalies = std::move(result.anomalies);
    if (request.keepFindings) {
        const AnomalyStore::SaveStats saved = AnomalyStore(m_store.database()).save(outcome.anomalies, user);
        if (!saved.ok) {
            outcome.error = tr("the findings could not be stored: %1").arg(saved.error);
            return outcome;
        }
        outcome.added = saved.added;
        outcome.updated = saved.updated;
        outcome.unchanged = saved.unchanged;
    }
    outcome.ok = true;
    return outcome;
}
