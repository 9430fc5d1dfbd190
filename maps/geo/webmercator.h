// Web Mercator (EPSG:3857) as the slippy-map tile servers use it: lat/lon <-> world pixels at a zoom level
// for 256-pixel tiles, tile numbers, and projected metres.
#pragma once

#include "maps/geo/latlon.h"

namespace geo {

constexpr int kTileSize = 256;
// The latitude where the square world ends: atan(sinh(pi)).
constexpr double kMaxMercatorLat = 85.05112877980659;
// Half the width of the world in EPSG:3857 metres (WGS-84 semi-major axis times pi).
constexpr double kMercatorHalfWorldM = 20037508.342789244;

struct WorldPixel
{
    double x = 0.0; // 0 at 180°W, growing east
    double y = 0.0; // 0 at kMaxMercatorLat, growing south
};

struct TileXY
{
    int x = 0;
    int y = 0;
    int zoom = 0;
};

inline bool operator==(const TileXY &a, const TileXY &b)
{
    return a.x == b.x && a.y == b.y && a.zoom == b.zoom;
}

// Width of the world in pixels at a (possibly fractional) zoom: 256 * 2^zoom.
double worldSizePx(double zoom);

// Latitudes beyond ±kMaxMercatorLat are clamped to the edge of the map.
WorldPixel latLonToWorldPixel(const LatLon &p, double zoom);
LatLon worldPixelToLatLon(const WorldPixel &px, double zoom);

// The tile holding p; x and y are clamped to 0..2^zoom-1 so the east edge and the poles stay on the map.
TileXY tileAt(const LatLon &p, int zoom);
// North-west corner of a tile (its pixel (0, 0)).
LatLon tileNorthWest(const TileXY &tile);

// EPSG:3857 metres (x east, y north).
WorldPixel latLonToMercatorM(const LatLon &p);
LatLon mercatorMToLatLon(const WorldPixel &m);

} // namespace geo
