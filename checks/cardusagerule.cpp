#include "checks/cardusagerule.h"

#include "base/beijingtime.h"
#include "maps/geo/polyline.h"

namespace checks {

void CardUsageRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *, std::vector<Anomaly> &out) const
{
    const QString &plate = track.plate();
    const Thresholds &th = context.thresholds();
    for (const Card *card : context.cardsOf(plate)) {
        for (const Refuel *refuel : context.refuelsOfCard(card->cardNo)) {
            if (!context.inWindow(refuel->timeMs))
                continue;
            // A refuel at a station the registry does not know cannot be placed; import rejects such rows.
            const Station *station = context.station(refuel->stationCode);
            if (!station)
                continue;
            const qint64 from = refuel->timeMs - th.stationWindowMs;
            const qint64 to = refuel->timeMs + th.stationWindowMs;
            const std::vector<Fix> &fixes = track.clean(from, to).fixes;
            const geo::LatLon at { station->lat, station->lon };

            QJsonObject e;
            if (!fixes.empty()) {
                // "The track is never within 500 m": the track as a line, as for `destination`, so a car
                // passing the station between two fixes still counts as having been there.
                std::vector<geo::LatLon> line;
                line.reserve(fixes.size());
                for (const Fix &f : fixes)
                    line.push_back({ f.lat, f.lon });
                // Most cars were there: the full search, for the evidence, only when this one was not.
                if (geo::comesWithin(at, line.data(), line.size(), withinLimit(th.stationRadiusM)))
                    continue;
                const geo::PolylineDistance nearest = geo::nearestOnPolyline(at, line);
                if (!beyond(nearest.distanceM, th.stationRadiusM))
                    continue;
                e.insert(QStringLiteral("min_distance_m"), nearest.distanceM);
                e.insert(QStringLiteral("nearest_lat"), nearest.nearest.lat);
                e.insert(QStringLiteral("nearest_lon"), nearest.nearest.lon);
            }
            e.insert(QStringLiteral("no_track"), fixes.empty());
            e.insert(QStringLiteral("fix_count"), int(fixes.size()));
            e.insert(QStringLiteral("card_no"), card->cardNo);
            e.insert(QStringLiteral("station_code"), station->code);
            e.insert(QStringLiteral("station_name"), station->name);
            e.insert(QStringLiteral("station_lat"), station->lat);
            e.insert(QStringLiteral("station_lon"), station->lon);
            e.insert(QStringLiteral("refuel_time"), beijingIso(refuel->timeMs));
            e.insert(QStringLiteral("litres"), refuel->litres);
            e.insert(QStringLiteral("amount_yuan"), refuel->amountYuan);
            e.insert(QStringLiteral("window_from"), beijingIso(from));
            e.insert(QStringLiteral("window_to"), beijingIso(to));
            e.insert(QStringLiteral("threshold_m"), th.stationRadiusM);

            Anomaly a;
            a.rule = id();
            a.plate = plate;
            a.cardNo = card->cardNo;
            a.startMs = refuel->timeMs;
            a.endMs = refuel->timeMs;
            if (const Task *task = context.taskCovering(plate, refuel->timeMs)) {
                a.driverCode = task->driverCode;
                e.insert(QStringLiteral("task_code"), task->code);
            }
            a.evidence = e;
            out.push_back(a);
        }
    }
}

} // namespace checks
