// The geographic point every geo function works on: WGS-84 (or GCJ-02 where a function says so) degrees.
#pragma once

namespace geo {

struct LatLon
{
    double lat = 0.0;
    double lon = 0.0;
};

inline bool operator==(const LatLon &a, const LatLon &b)
{
    return a.lat == b.lat && a.lon == b.lon;
}
inline bool operator!=(const LatLon &a, const LatLon &b)
{
    return !(a == b);
}

} // namespace geo
