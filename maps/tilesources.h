// Which tile source the settings' map/tile_url names, and the templates of the services we know. The setting
// is one line of text:
//   (empty)                              no tile source: the offline basemap
//   /path/to/county.mbtiles              an MBTiles file (also "mbtiles:/path")
//   tianditu:vec:KEY  tianditu:img:KEY   Tianditu's vector or imagery layer over WMTS, with the user's key
//   https://host/{z}/{x}/{y}.png         any XYZ or WMTS-KVP URL template; a fragment #gcj02 or #wgs84 says
//                                        the datum where the host does not (AMap/Tencent hosts are GCJ-02)
#pragma once

#include "maps/mapdatum.h"
#include "maps/tilediskcache.h"

#include <QString>
#include <QStringList>
#include <memory>

class QNetworkAccessManager;
class QObject;
class TileSource;

namespace TileSources {

// Tianditu's WMTS GetTile request in key-value form for the Web Mercator matrix set ("w"); layer is "vec",
// "img", "ter" or one of their label layers ("cva", "cia", "cta"). {s} takes the subdomains 0-7.
QString tiandituTemplate(const QString &layer, const QString &key);
QStringList tiandituSubdomains();

// The datum a URL template's tiles are drawn in, from its #fragment or its host.
MapDatum datumOf(const QString &urlTemplate);

// nullptr for an empty spec. cacheRoot: where the disk caches live (one folder per template); may be empty.
// cacheLimitBytes bounds all the folders under cacheRoot together (AppSettings::tileCacheBytes()).
// The source is not blocking; offscreen renderers call setBlocking(true).
std::unique_ptr<TileSource> create(const QString &spec, QNetworkAccessManager *network,
    const QString &cacheRoot, QString *error = nullptr,
    qint64 cacheLimitBytes = TileDiskCache::kDefaultLimitBytes);

} // namespace TileSources
