// The haversine distance of greatcircle.h evaluated without calls into libm for the short steps of a track.
// A city month is ~10^8 steps once the fuel rule's baseline months are counted, and libm's sin, cos and
// asin were ~70 % of a check's time. The formula is the same, h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2),
// d = 2R asin √h; only its functions are evaluated differently:
//   - sin and asin of small angles by their Taylor series, carried until the first omitted term is below
//     1e-20 relative (the limits kSeriesMaxRad below), so the result is the libm one to rounding;
//   - cos φ of a point by cos(φ₀ + δ) = cos φ₀ cos δ − sin φ₀ sin δ around the anchor latitude φ₀ on a
//     0.01 rad grid nearest to it (one libm sin and cos per anchor met), again with series to 1e-20.
// Outside those ranges it falls back to the libm functions. tests/geo/tst_fastdistance.cpp checks the
// result against distanceM(): within 1e-8 m + 1e-12 relative for every pair, near or far. The difference is
// distanceM()'s own rounding (it subtracts latitudes in radians: ~1e-16 rad = 1e-9 m), not the series.
#pragma once

#include "maps/geo/greatcircle.h"
#include "maps/geo/latlon.h"

#include <cmath>
#include <utility>

namespace geo {

namespace fast {

// |x| up to which the series below are exact to double rounding (first omitted term < 1e-20 · x).
constexpr double kSeriesMaxRad = 0.01;
// degToRad() divides by 180 (~15 cycles); a multiplication by the rounded constant differs by an ulp.
constexpr double kRadPerDeg = kPi / 180.0;

// Horner forms with constant coefficients: multiplications only (a division costs ~15 cycles).
inline double sinSmall(double x) // |x| <= kSeriesMaxRad: next term x^11/11! < 1e-29
{
    const double x2 = x * x;
    return x + x * x2 * (-1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880))));
}

inline double cosSmall(double x) // |x| <= 2 * kSeriesMaxRad: next term x^10/10! < 1e-23
{
    const double x2 = x * x;
    return 1.0 + x2 * (-1.0 / 2 + x2 * (1.0 / 24 + x2 * (-1.0 / 720 + x2 * (1.0 / 40320))));
}

inline double asinSmall(double y) // 0 <= y <= kSeriesMaxRad: next term ~ 0.022 y^11 < 1e-23
{
    const double y2 = y * y;
    return y + y * y2 * (1.0 / 6 + y2 * (3.0 / 40 + y2 * (5.0 / 112 + y2 * (35.0 / 1152))));
}

} // namespace fast

// cos of latitudes, for many latitudes close to each other (one vehicle's track, a city). The series is taken
// around an anchor on a fixed grid (multiples of kAnchorStepRad, the one nearest the latitude), not around
// the latitude seen first: so a latitude's cosine is the same to the last bit whatever was asked before it,
// and a track filtered from any fix on measures every step exactly as the whole day's filter does
// (checks/vehicletrack.cpp relies on that to share one filtering among the ranges inside it).
class LatitudeCosine
{
public:
    static constexpr double kAnchorStepRad = 0.01; // |φ - anchor| <= 0.005 rad, well inside the series' range

    double operator()(double latDeg)
    {
        const double phi = latDeg * fast::kRadPerDeg;
        // The nearest grid index: truncation of a positive number is floor (|φ| <= π/2 < 1000 steps).
        const int cell = static_cast<int>(phi * (1.0 / kAnchorStepRad) + 1000.5) - 1000;
        if (cell != m_cell) {
            if (cell == m_otherCell) {
                std::swap(m_cell, m_otherCell);
                std::swap(m_anchor, m_otherAnchor);
                std::swap(m_sin, m_otherSin);
                std::swap(m_cos, m_otherCos);
            } else {
                // The anchor left behind is kept too: a city on a grid line would otherwise recompute at
                // each crossing.
                m_otherCell = m_cell;
                m_otherAnchor = m_anchor;
                m_otherSin = m_sin;
                m_otherCos = m_cos;
                m_cell = cell;
                m_anchor = cell * kAnchorStepRad;
                m_sin = std::sin(m_anchor);
                m_cos = std::cos(m_anchor);
            }
        }
        const double delta = phi - m_anchor;
        return m_cos * fast::cosSmall(delta) - m_sin * fast::sinSmall(delta);
    }

private:
    int m_cell = kNoCell;
    double m_anchor = 0.0;
    double m_sin = 0.0;
    double m_cos = 1.0;
    int m_otherCell = kNoCell;
    double m_otherAnchor = 0.0;
    double m_otherSin = 0.0;
    double m_otherCos = 1.0;
    static constexpr int kNoCell = -1000000;
};

// Haversine metres from a to b, given cos of each latitude (LatitudeCosine or std::cos). Agrees with
// distanceM(a, b) to ~1e-9 m.
inline double haversineM(const LatLon &a, double cosLatA, const LatLon &b, double cosLatB)
{
    const double halfDPhi = (b.lat - a.lat) * (fast::kRadPerDeg / 2.0);
    const double halfDLambda = wrapLonDeltaDeg(b.lon - a.lon) * (fast::kRadPerDeg / 2.0);
    if (halfDPhi > fast::kSeriesMaxRad || halfDPhi < -fast::kSeriesMaxRad || halfDLambda > fast::kSeriesMaxRad
        || halfDLambda < -fast::kSeriesMaxRad)
        return distanceM(a, b);
    const double s1 = fast::sinSmall(halfDPhi);
    const double s2 = fast::sinSmall(halfDLambda);
    const double h = s1 * s1 + cosLatA * cosLatB * s2 * s2;
    const double root = std::sqrt(h);
    if (root > fast::kSeriesMaxRad)
        return distanceM(a, b);
    return 2.0 * kEarthRadiusM * fast::asinSmall(root);
}

} // namespace geo
