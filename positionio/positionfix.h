// One GNSS position report of a vehicle, as FleetDesk stores and checks it (DESIGN §4).
#pragma once

#include <QtGlobal>

#include <cmath>
#include <limits>

struct PositionFix
{
    qint64 timeMs
        = 0; // UTC, ms since the Unix epoch; receivers report up to 10 Hz, so keep the sub-second part
    double lat = 0; // WGS-84 degrees (CGCS2000 from BeiDou terminals is the same within centimetres)
    double lon = 0;
    float speedKmh = std::numeric_limits<float>::quiet_NaN(); // NaN: the source did not say
    float headingDeg
        = std::numeric_limits<float>::quiet_NaN(); // course over ground, true north; NaN if unknown

    bool hasSpeed() const { return !std::isnan(speedKmh); }
    bool hasHeading() const { return !std::isnan(headingDeg); }
};
