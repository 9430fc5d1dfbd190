// Tiles from an HTTP server by URL template: XYZ ({z}/{x}/{y}, {s} subdomains) and WMTS KVP (Tianditu's
// TILEMATRIX={z}&TILEROW={y}&TILECOL={x} is the same template idea). Downloads go through the one
// QNetworkAccessManager handed in, with our User-Agent; each tile is tried a few times, then drawn as
// missing; fetches of tiles that left the view are aborted; tiles land in the memory cache and in a disk
// cache with a size limit (TileDiskCache).
#pragma once

#include "maps/tilediskcache.h"
#include "maps/tilesource.h"

#include <QHash>
#include <QStringList>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

class NetworkTileSource : public TileSource
{
    Q_OBJECT

public:
    struct Options
    {
        QString urlTemplate; // {z} {x} {y} {s}; {-y} for TMS servers
        QStringList subdomains; // what {s} becomes, chosen per tile so a tile always has one URL
        QString name;
        QString attribution;
        MapDatum datum = MapDatum::Wgs84;
        QString cacheDir; // empty: no disk cache
        QString cacheRoot; // the folder whose total size is limited; empty: cacheDir
        qint64 cacheLimitBytes = TileDiskCache::kDefaultLimitBytes; // <= 0: no limit
        QByteArray userAgent = QByteArrayLiteral("FleetDesk/0.1 (official-vehicle fleet desktop)");
        int minZoom = 0;
        int maxZoom = 18;
        int maxAttempts = 3;
        int retryDelayMs = 500; // times the attempt number; blocking mode retries at once
        int timeoutMs = 15000; // a stalled server counts as a failed attempt
    };

    NetworkTileSource(QNetworkAccessManager *network, const Options &options, QObject *parent = nullptr);
    ~NetworkTileSource() override;

    // The URL of one tile from a template (public for the settings dialog's preview and for tests).
    static QString tileUrl(const QString &urlTemplate, const QStringList &subdomains, const TileKey &key);

    QString name() const override { return m_options.name; }
    QString attribution() const override { return m_options.attribution; }
    int minZoom() const override { return m_options.minZoom; }
    int maxZoom() const override { return m_options.maxZoom; }

    QImage tile(const TileKey &key) override;
    void keepOnly(const QSet<TileKey> &wanted) override;
    bool isMissing(const TileKey &key) const override { return m_missing.contains(key); }

    int pendingCount() const { return int(m_pending.size()); }
    QString diskPath(const TileKey &key) const;

private:
    QImage fromDisk(const TileKey &key);
    void saveToDisk(const TileKey &key, const QByteArray &bytes);
    QNetworkReply *startRequest(const TileKey &key);
    // True when the reply held a tile (cached now); false when it failed.
    bool takeReply(const TileKey &key, QNetworkReply *reply);
    void onFinished(const TileKey &key, QNetworkReply *reply, int attempt);
    QImage fetchBlocking(const TileKey &key);

    QNetworkAccessManager *m_network;
    Options m_options;
    std::unique_ptr<TileDiskCache> m_disk;
    QHash<TileKey, QNetworkReply *> m_pending;
    QSet<TileKey> m_retrying; // waiting for the next attempt
    QSet<TileKey> m_missing; // retries exhausted: drawn as missing until the source is made anew
};
