// One GNSS position report of a vehicle, as FleetDesk stores and checks it (DESIGN §4).
#pragma once

#include <QtGlobal>

#include <cmath>
#include <limits>

// What a fix may say (bad values beyond these are refused by the readers, naming the place).
namespace FixLimits {
constexpr qint64 kEarliestMs = 946656000000LL; // 2000-01-01T00:00:00+08:00, as TimeParse::kEarliestMs
constexpr qint64 kLatestMs = 4102416000000LL - 1; // 2099-12-31T23:59:59.999+08:00
constexpr double kMaxSpeedKmh = 1000.0; // as the positions CSV import: faster is no car
} // namespace FixLimits

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
