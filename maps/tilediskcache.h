// Tiles kept on disk between runs, under a size limit (the setting map/tile_cache_mb). A tile read from the
// cache has its modification time brought forward, so the time says when it was last used; when the tiles
// under the cache root pass the limit, the least recently used are removed until they take 90 % of it.
// Trimming walks the folder, so it runs on a worker thread and at most once at a time; a tile removed while
// a reader wanted it is simply fetched again.
#pragma once

#include "maps/tilekey.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

class TileDiskCache
{
public:
    static constexpr qint64 kDefaultLimitBytes = qint64(512) * 1024 * 1024;

    // dir: this source's folder; root: the folder whose total is limited (all sources' folders), usually its
    // parent. limitBytes <= 0: no limit.
    TileDiskCache(const QString &dir, const QString &root, qint64 limitBytes);
    ~TileDiskCache();

    QString path(const TileKey &key) const;
    QByteArray read(const TileKey &key);
    void remove(const TileKey &key);
    // Writes through a temporary file and a rename, so a crash never leaves half a tile; may start a trim.
    bool write(const TileKey &key, const QByteArray &bytes);

    // Removes least recently used tiles under root until they take at most 90 % of the limit (nothing when
    // under the limit). Returns the bytes removed. Blocking; write() calls it on a worker.
    static qint64 trim(const QString &root, qint64 limitBytes);
    static qint64 sizeOnDisk(const QString &root);
    void waitForTrim();

private:
    void maybeTrim(qint64 written);

    QString m_dir;
    QString m_root;
    qint64 m_limit;
    qint64 m_writtenSinceTrim = 0;
    bool m_trimmedOnce = false;
    QFuture<qint64> m_trim;
};
