// The abstract source of map tiles the map draws from (after GPXSee's Map, narrowed to tiles): a tile when it
// is at hand, a request for it otherwise, tilesLoaded() when requested tiles arrive, and a blocking mode that
// loads synchronously for offscreen rendering and tests. Decoded tiles stay in a memory cache (cost in KiB).
#pragma once

#include "maps/mapdatum.h"
#include "maps/tilekey.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

class TileSource : public QObject
{
    Q_OBJECT

public:
    explicit TileSource(QObject *parent = nullptr);

    virtual QString name() const = 0;
    // The credit the source's licence requires; the map shows it in a corner.
    virtual QString attribution() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 18; }
    MapDatum datum() const { return m_datum; }
    void setDatum(MapDatum datum) { m_datum = datum; }

    bool isBlocking() const { return m_blocking; }
    void setBlocking(bool blocking) { m_blocking = blocking; }

    // The tile if it can be had now (memory, disk, a local file; in blocking mode also the network).
    // Otherwise a null image, and the tile is fetched: tilesLoaded() follows when it arrives or fails.
    virtual QImage tile(const TileKey &key) = 0;
    // The tile only if it is decoded in memory; never starts a fetch (lower-zoom stand-ins).
    QImage memoryTile(const TileKey &key) const;
    // Only these tiles are still wanted (the view moved on): fetches of the others are cancelled.
    virtual void keepOnly(const QSet<TileKey> &wanted) { Q_UNUSED(wanted) }
    // True when the tile cannot be had (retries exhausted, or not in the file): drawn as missing.
    virtual bool isMissing(const TileKey &key) const
    {
        Q_UNUSED(key)
        return false;
    }

    void setMemoryCacheKiB(int kib) { m_memory.setMaxCost(kib); }

signals:
    void tilesLoaded();

protected:
    void remember(const TileKey &key, const QImage &image);

private:
    QCache<TileKey, QImage> m_memory { 64 * 1024 }; // ~256 decoded 256x256 ARGB tiles
    MapDatum m_datum = MapDatum::Wgs84;
    bool m_blocking = false;
};
