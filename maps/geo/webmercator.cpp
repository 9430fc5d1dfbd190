#include "maps/geo/webmercator.h"

#include "maps/geo/greatcircle.h"

#include <algorithm>
#include <cmath>

namespace geo {

double worldSizePx(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

WorldPixel latLonToWorldPixel(const LatLon &p, double zoom)
{
    const double size = worldSizePx(zoom);
    const double lat = std::clamp(p.lat, -kMaxMercatorLat, kMaxMercatorLat);
    const double sinLat = std::sin(degToRad(lat));
    const double x = (p.lon + 180.0) / 360.0 * size;
    const double y = (0.5 - std::log((1.0 + sinLat) / (1.0 - sinLat)) / (4.0 * kPi)) * size;
    return { x, y };
}

LatLon worldPixelToLatLon(const WorldPixel &px, double zoom)
{
    const double size = worldSizePx(zoom);
    const double lon = px.x / size * 360.0 - 180.0;
    const double n = kPi * (1.0 - 2.0 * px.y / size);
    return { radToDeg(std::atan(std::sinh(n))), lon };
}

TileXY tileAt(const LatLon &p, int zoom)
{
    const WorldPixel px = latLonToWorldPixel(p, zoom);
    const int last = (1 << zoom) - 1;
    const int x = static_cast<int>(std::floor(px.x / kTileSize));
    const int y = static_cast<int>(std::floor(px.y / kTileSize));
    return { std::clamp(x, 0, last), std::clamp(y, 0, last), zoom };
}

LatLon tileNorthWest(const TileXY &tile)
{
    return worldPixelToLatLon({ double(tile.x) * kTileSize, double(tile.y) * kTileSize }, tile.zoom);
}

WorldPixel latLonToMercatorM(const LatLon &p)
{
    const double lat = std::clamp(p.lat, -kMaxMercatorLat, kMaxMercatorLat);
    const double x = p.lon / 180.0 * kMercatorHalfWorldM;
    const double y = std::log(std::tan(kPi / 4.0 + degToRad(lat) / 2.0)) / kPi * kMercatorHalfWorldM;
    return { x, y };
}

LatLon mercatorMToLatLon(const WorldPixel &m)
{
    const double lon = m.x / kMercatorHalfWorldM * 180.0;
    const double lat = radToDeg(2.0 * std::atan(std::exp(m.y / kMercatorHalfWorldM * kPi)) - kPi / 2.0);
    return { lat, lon };
}

} // namespace geo
