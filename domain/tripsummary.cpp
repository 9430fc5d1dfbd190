#include "domain/tripsummary.h"

#include "maps/geo/greatcircle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TripSummary::Result TripSummary::compute(const std::vector<PositionFix> &fixes,
    const std::vector<Fence> &fences, const QString &plate, const geo::LatLon &destination,
    const geo::JumpFilterOptions &options)
{
    Result result;
    result.fixCount = int(fixes.size());
    const std::vector<PositionFix> track = geo::filterJumps(fixes, options);
    if (track.empty())
        return result;
    result.trackedKm = geo::trackLengthM(track) / 1000.0;

    std::vector<geo::LatLon> line;
    line.reserve(track.size());
    for (const PositionFix &f : track)
        line.push_back({ f.lat, f.lon });
    const geo::PolylineDistance nearest = geo::nearestOnPolyline(destination, line);
    result.hasClosest = true;
    result.closestM = nearest.distanceM;
    result.closestPoint = nearest.nearest;
    const PositionFix &a = track[nearest.segment];
    const PositionFix &b = track[qMin(nearest.segment + 1, track.size() - 1)];
    result.closestTimeMs = a.timeMs + qint64(double(b.timeMs - a.timeMs) * nearest.t);

    result.stops = stops(track);
    result.crossings = crossings(track, fences, plate);
    return result;
}

std::vector<TripSummary::Stop> TripSummary::stops(const std::vector<PositionFix> &track)
{
    std::vector<Stop> out;
    std::size_t i = 0;
    while (i < track.size()) {
        const geo::LatLon anchor { track[i].lat, track[i].lon };
        std::size_t j = i + 1;
        while (j < track.size() && geo::distanceM(anchor, { track[j].lat, track[j].lon }) <= kStopRadiusM)
            ++j;
        const qint64 span = track[j - 1].timeMs - track[i].timeMs;
        if (span >= kMinStopMs) {
            out.push_back({ track[i].timeMs, track[j - 1].timeMs, anchor });
            i = j; // the stop's fixes are used up: the next stop begins after it
        } else {
            ++i; // moving: a stop may begin at the next fix
        }
    }
    return out;
}

std::vector<TripSummary::Crossing> TripSummary::crossings(
    const std::vector<PositionFix> &track, const std::vector<Fence> &fences, const QString &plate)
{
    // Traccar's geofence events: the set of fences each fix lies in, and an enter or exit for every fence
    // that differs between consecutive fixes. The first fix only sets the starting state: a car that starts
    // inside a fence did not enter it during the trip.
    // A fence that does not apply to this vehicle is never "inside", so it is never crossed.
    std::vector<bool> applies;
    std::vector<geo::BoundingBox> boxes;
    for (const Fence &f : fences) {
        applies.push_back(f.appliesTo(plate));
        boxes.push_back(geo::boundingBox(f.area));
    }
    auto inside = [&](const PositionFix &fix) {
        std::vector<bool> in(fences.size(), false);
        const geo::LatLon p { fix.lat, fix.lon };
        for (std::size_t k = 0; k < fences.size(); ++k)
            in[k] = applies[k] && boxes[k].contains(p) && geo::contains(fences[k].area, p);
        return in;
    };
    std::vector<Crossing> out;
    if (track.empty() || fences.empty())
        return out;
    std::vector<bool> previous = inside(track.front());
    for (std::size_t i = 1; i < track.size(); ++i) {
        std::vector<bool> now = inside(track[i]);
        for (std::size_t k = 0; k < fences.size(); ++k) {
            if (now[k] != previous[k])
                out.push_back({ track[i].timeMs, int(k), bool(now[k]) });
        }
        previous = std::move(now);
    }
    return out;
}

QStringList TripSummary::platesFromJson(const QString &json)
{
    QStringList plates;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (!v.toString().isEmpty())
            plates << v.toString();
    }
    return plates;
}

geo::MultiPolygon TripSummary::areaFromGeoJson(const QString &geoJson)
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
