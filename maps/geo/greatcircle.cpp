#include "maps/geo/greatcircle.h"

#include <algorithm>
#include <cmath>

namespace geo {

double distanceM(const LatLon &a, const LatLon &b)
{
    const double phi1 = degToRad(a.lat);
    const double phi2 = degToRad(b.lat);
    const double dPhi = phi2 - phi1;
    const double dLambda = degToRad(b.lon - a.lon);
    const double s1 = std::sin(dPhi / 2.0);
    const double s2 = std::sin(dLambda / 2.0);
    double h = s1 * s1 + std::cos(phi1) * std::cos(phi2) * s2 * s2;
    // Rounding can push h a hair above 1 for antipodal points; asin would return NaN.
    h = std::clamp(h, 0.0, 1.0);
    return 2.0 * kEarthRadiusM * std::asin(std::sqrt(h));
}

double initialBearingDeg(const LatLon &from, const LatLon &to)
{
    const double phi1 = degToRad(from.lat);
    const double phi2 = degToRad(to.lat);
    const double dLambda = degToRad(to.lon - from.lon);
    const double y = std::sin(dLambda) * std::cos(phi2);
    const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLambda);
    const double deg = radToDeg(std::atan2(y, x));
    return std::fmod(deg + 360.0, 360.0);
}

LatLon destinationPoint(const LatLon &from, double bearingDeg, double distanceM)
{
    const double delta = distanceM / kEarthRadiusM;
    const double theta = degToRad(bearingDeg);
    const double phi1 = degToRad(from.lat);
    const double lambda1 = degToRad(from.lon);
    const double sinPhi2
        = std::sin(phi1) * std::cos(delta) + std::cos(phi1) * std::sin(delta) * std::cos(theta);
    const double phi2 = std::asin(std::clamp(sinPhi2, -1.0, 1.0));
    const double lambda2 = lambda1
        + std::atan2(
            std::sin(theta) * std::sin(delta) * std::cos(phi1), std::cos(delta) - std::sin(phi1) * sinPhi2);
    return { radToDeg(phi2), wrapLonDeltaDeg(radToDeg(lambda2)) };
}

double foldLonDeltaDeg(double deltaDeg)
{
    double d = std::fmod(deltaDeg + 180.0, 360.0);
    if (d < 0)
        d += 360.0;
    return d - 180.0;
}

} // namespace geo
