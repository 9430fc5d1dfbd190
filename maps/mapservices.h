#pragma once
// What every map of a program shares, made once by the program (the desktop's main(), the command line's
// render) and handed to whatever shows a map: one network manager (one connection pool for tiles), the tile
// source the settings name (one memory cache, one disk cache kept under its size limit), and the map layers'
// worker threads. A page or a dialog that shows a map takes these rather than setting them up again.
#include "maps/mapworkers.h"

#include <QString>
#include <memory>

class AppSettings;
class QNetworkAccessManager;
class TileSource;

class MapServices
{
public:
    // The tile source of settings.tileUrl(), its disk cache under the user's cache location limited to
    // settings.tileCacheBytes(). A source that cannot be made leaves the offline basemap (tileError() says
    // why).
    explicit MapServices(const AppSettings &settings);
    ~MapServices();

    QNetworkAccessManager *network() const { return m_network.get(); }
    TileSource *tiles() const { return m_tiles.get(); } // null: the offline basemap
    QString tileError() const { return m_tileError; }
    MapWorkers &workers() { return m_workers; }

    static QString cacheRoot(); // where the tile caches live, one folder per URL template

private:
    MapWorkers m_workers; // declared first: destroyed last, after whatever its threads free
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TileSource> m_tiles;
    QString m_tileError;
};
