// Great-circle geometry on the sphere that DESIGN §5 fixes for every distance (R = 6 371 008.8 m, the IUGG
// mean radius), so that the rules, the map and the reports agree to the metre.
#pragma once

#include "maps/geo/latlon.h"

namespace geo {

constexpr double kEarthRadiusM = 6371008.8;
constexpr double kPi = 3.14159265358979323846;

constexpr double degToRad(double deg)
{
    return deg * kPi / 180.0;
}
constexpr double radToDeg(double rad)
{
    return rad * 180.0 / kPi;
}

// Haversine distance in metres; well conditioned for the short steps of a track.
double distanceM(const LatLon &a, const LatLon &b);

// Initial bearing (forward azimuth) from `from` towards `to`, degrees clockwise from north in [0, 360).
double initialBearingDeg(const LatLon &from, const LatLon &to);

// The point reached from `from` after `distanceM` metres on the initial bearing (e.g. to draw a circle).
LatLon destinationPoint(const LatLon &from, double bearingDeg, double distanceM);

// Longitude difference b - a folded into [-180, 180), so that steps across the antimeridian stay short.
// Inline for the common case (every step of a track goes through here), the fold out of line.
double foldLonDeltaDeg(double deltaDeg);
inline double wrapLonDeltaDeg(double deltaDeg)
{
    if (deltaDeg >= -180.0 && deltaDeg < 180.0)
        return deltaDeg;
    return foldLonDeltaDeg(deltaDeg);
}

} // namespace geo
