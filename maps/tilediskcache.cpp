#include "maps/tilediskcache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <vector>

namespace {
// Bringing a tile's time forward is a write; doing it on every paint would churn the disk for nothing.
constexpr qint64 kTouchAfterSecs = 3600;
} // namespace

TileDiskCache::TileDiskCache(const QString &dir, const QString &root, qint64 limitBytes)
    : m_dir(dir)
    , m_root(root.isEmpty() ? dir : root)
    , m_limit(limitBytes)
{ }

TileDiskCache::~TileDiskCache()
{
    waitForTrim();
}

QString TileDiskCache::path(const TileKey &key) const
{
    return QStringLiteral("%1/%2/%3/%4.tile").arg(m_dir).arg(key.zoom).arg(key.x).arg(key.y);
}

QByteArray TileDiskCache::read(const TileKey &key)
{
    QFile file(path(key));
    // Read-only: a cache the user may not write (a shared, read-only folder) is still read. Setting the time
    // needs ownership, not a writable handle; where it fails the tile is only trimmed sooner.
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (file.fileTime(QFileDevice::FileModificationTime).secsTo(now) > kTouchAfterSecs)
        file.setFileTime(now, QFileDevice::FileModificationTime);
    return file.readAll();
}

void TileDiskCache::remove(const TileKey &key)
{
    QFile::remove(path(key));
}

bool TileDiskCache::write(const TileKey &key, const QByteArray &bytes)
{
    const QString target = path(key);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return false;
    maybeTrim(bytes.size());
    return true;
}

void TileDiskCache::maybeTrim(qint64 written)
{
    if (m_limit <= 0)
        return;
    m_writtenSinceTrim += written;
    // The first write of a run checks what earlier runs left; after that, a walk per twentieth of the limit
    // written keeps the overshoot small without walking the folder for every tile.
    if (m_trimmedOnce && m_writtenSinceTrim < m_limit / 20)
        return;
    if (m_trim.isRunning())
        return;
    m_trimmedOnce = true;
    m_writtenSinceTrim = 0;
    m_trim = QtConcurrent::run(&TileDiskCache::trim, m_root, m_limit);
}

void TileDiskCache::waitForTrim()
{
    if (m_trim.isValid())
        m_trim.waitForFinished();
}

namespace {
struct CachedFile
{
    QString path;
    qint64 size;
    qint64 usedMs;
};

std::vector<CachedFile> tilesUnder(const QString &root)
{
    std::vector<CachedFile> files;
    QDirIterator it(root, { QStringLiteral("*.tile") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.push_back({ info.filePath(), info.size(), info.lastModified().toMSecsSinceEpoch() });
    }
    return files;
}
} // namespace

qint64 TileDiskCache::sizeOnDisk(const QString &root)
{
    qint64 total = 0;
    for (const CachedFile &file : tilesUnder(root))
        total += file.size;
    return total;
}

qint64 TileDiskCache::trim(const QString &root, qint64 limitBytes)
{
    if (limitBytes <= 0)
        return 0;
    std::vector<CachedFile> files = tilesUnder(root);
    qint64 total = 0;
    for (const CachedFile &file : files)
        total += file.size;
    if (total <= limitBytes)
        return 0;
    std::sort(files.begin(), files.end(), [](const CachedFile &a, const CachedFile &b) {
        return a.usedMs != b.usedMs ? a.usedMs < b.usedMs : a.path < b.path;
    });
    const qint64 goal = limitBytes / 10 * 9;
    qint64 removed = 0;
    for (const CachedFile &file : files) {
        if (total - removed <= goal)
            break;
        if (QFile::remove(file.path))
            removed += file.size;
    }
    return removed;
}
