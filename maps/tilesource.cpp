#include "maps/tilesource.h"

#include <algorithm>

TileSource::TileSource(QObject *parent)
    : QObject(parent)
{ }

QImage TileSource::memoryTile(const TileKey &key) const
{
    const QImage *image = m_memory.object(key); // also marks it recently used: it is on screen
    return image ? *image : QImage();
}

void TileSource::remember(const TileKey &key, const QImage &image)
{
    const int kib = std::max<int>(1, int(image.sizeInBytes() / 1024));
    m_memory.insert(key, new QImage(image), kib);
}
