#include "maps/geo/gcj02.h"

#include "maps/geo/greatcircle.h"

#include <cmath>

namespace geo {

namespace {

constexpr double kKrasovskyA = 6378245.0;
constexpr double kKrasovskyEe = 0.00669342162296594323;

double shiftLat(double x, double y)
{
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return ret;
}

double shiftLon(double x, double y)
{
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return ret;
}

} // namespace

bool outOfChina(const LatLon &p)
{
    return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

LatLon wgs84ToGcj02(const LatLon &wgs)
{
    if (outOfChina(wgs))
        return wgs;
    double dLat = shiftLat(wgs.lon - 105.0, wgs.lat - 35.0);
    double dLon = shiftLon(wgs.lon - 105.0, wgs.lat - 35.0);
    const double radLat = degToRad(wgs.lat);
    double magic = std::sin(radLat);
    magic = 1.0 - kKrasovskyEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kKrasovskyA * (1.0 - kKrasovskyEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kKrasovskyA / sqrtMagic * std::cos(radLat) * kPi);
    return { wgs.lat + dLat, wgs.lon + dLon };
}

LatLon gcj02ToWgs84(const LatLon &gcj)
{
    if (outOfChina(gcj))
        return gcj;
    LatLon wgs = gcj;
    for (int i = 0; i < 30; ++i) {
        const LatLon shifted = wgs84ToGcj02(wgs);
        const double eLat = shifted.lat - gcj.lat;
        const double eLon = shifted.lon - gcj.lon;
        wgs.lat -= eLat;
        wgs.lon -= eLon;
        if (std::fabs(eLat) < 1e-9 && std::fabs(eLon) < 1e-9)
            break;
    }
    return wgs;
}

} // namespace geo
