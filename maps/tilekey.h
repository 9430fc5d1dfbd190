// The address of one slippy-map tile: zoom, column x (from 180°W), row y (from the north, XYZ order).
#pragma once

#include <QHashFunctions>
#include <QString>

struct TileKey
{
    int zoom = 0;
    int x = 0;
    int y = 0;

    TileKey parent(int levelsUp) const { return { zoom - levelsUp, x >> levelsUp, y >> levelsUp }; }
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(zoom).arg(x).arg(y); }
};

inline bool operator==(const TileKey &a, const TileKey &b)
{
    return a.zoom == b.zoom && a.x == b.x && a.y == b.y;
}

inline size_t qHash(const TileKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.zoom, key.x, key.y);
}
