// The datum a tile source is drawn in, and the shift that places WGS-84 fixes on it. Fixes are stored and
// measured in WGS-84 (BeiDou's CGCS2000 is the same within centimetres); Chinese commercial tiles (AMap,
// Tencent) are drawn in GCJ-02, so fixes are shifted for display only, never for distances.
#pragma once

#include "maps/geo/gcj02.h"
#include "maps/geo/latlon.h"

enum class MapDatum {
    Wgs84, // OSM, Tianditu (CGCS2000), most intranet servers
    Gcj02, // AMap, Tencent
};

inline geo::LatLon toDisplayDatum(MapDatum datum, const geo::LatLon &wgs)
{
    return datum == MapDatum::Gcj02 ? geo::wgs84ToGcj02(wgs) : wgs;
}

inline geo::LatLon fromDisplayDatum(MapDatum datum, const geo::LatLon &shown)
{
    return datum == MapDatum::Gcj02 ? geo::gcj02ToWgs84(shown) : shown;
}
