#include "maps/mapservices.h"
#include "base/appsettings.h"
#include "maps/tilesource.h"
#include "maps/tilesources.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>

MapServices::MapServices(const AppSettings &settings)
    : m_network(std::make_unique<QNetworkAccessManager>())
{
    m_tiles = TileSources::create(
        settings.tileUrl(), m_network.get(), cacheRoot(), &m_tileError, settings.tileCacheBytes());
}

// The tile source goes before the network manager it fetches through.
MapServices::~MapServices()
{
    m_tiles.reset();
}

QString MapServices::cacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}
