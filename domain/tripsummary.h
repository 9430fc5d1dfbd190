#pragma once
// What the auditor's trip review says about one dispatch order's track, computed from plain data (fixes,
// fences, the destination) so it is tested without widgets or a database: the tracked km, the closest
// approach to the destination, where the car stood still, and which fences it entered and left. Every figure
// is taken over the §5 jump-filtered track, as the rules take theirs, so the review and the findings agree.
// Only fences that apply to the trip's vehicle (properties.plates, as the rules read it) count as crossed.
#include "checks/checkdata.h"
#include "maps/geo/polygon.h"
#include "maps/geo/polyline.h"
#include "maps/geo/trackfilter.h"
#include "positionio/positionfix.h"

#include <QString>
#include <QStringList>
#include <vector>

class TripSummary
{
public:
    struct Fence
    {
        QString name;
        geo::MultiPolygon area; // WGS-84
        QStringList plates; // empty = applies to every vehicle
        bool appliesTo(const QString &plate) const { return checks::fenceAppliesTo(plates, plate); }
    };
    struct Stop
    {
        qint64 startMs = 0, endMs = 0;
        geo::LatLon position; // the first fix of the stop: where the car pulled up
        qint64 durationMs() const { return endMs - startMs; }
    };
    struct Crossing
    {
        qint64 timeMs = 0; // the first fix on the new side
        int fence = -1; // index into the fences given (only fences that apply to the plate are crossed)
        bool entered = false; // false: left
    };
    struct Result
    {
        int fixCount = 0; // before filtering
        double trackedKm = 0;
        bool hasClosest = false; // false without fixes
        double closestM = 0; // to the track as a line, not only to its fixes (DESIGN §5)
        geo::LatLon closestPoint;
        qint64 closestTimeMs = 0; // interpolated along the nearest segment
        std::vector<Stop> stops;
        std::vector<Crossing> crossings;
    };

    // A stop: consecutive fixes all within kStopRadiusM of the first of them, spanning at least kMinStopMs.
    // 100 m absorbs GNSS scatter of a parked car and a car park's length; 3 min tells a stop from a red light
    // or a queue at a gate.
    static constexpr double kStopRadiusM = 100.0;
    static constexpr qint64 kMinStopMs = 3 * 60 * 1000;

    // fixes sorted by time (as PositionStore gives them); plate: the trip's vehicle.
    static Result compute(const std::vector<PositionFix> &fixes, const std::vector<Fence> &fences,
        const QString &plate, const geo::LatLon &destination, const geo::JumpFilterOptions &options = {});

    // The parts, on an already filtered track.
    static std::vector<Stop> stops(const std::vector<PositionFix> &track);
    // Fences that do not apply to the plate are passed over (their indices are still those of `fences`).
    static std::vector<Crossing> crossings(
        const std::vector<PositionFix> &track, const std::vector<Fence> &fences, const QString &plate);

    // A fence's stored GeoJSON Polygon or MultiPolygon ([lon, lat] pairs) as geo's multipolygon.
    static geo::MultiPolygon areaFromGeoJson(const QString &geoJson);
    // A fence record's `plates` field (a JSON array of plates; empty or absent = every vehicle).
    static QStringList platesFromJson(const QString &json);
};
