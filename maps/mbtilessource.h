// Tiles from an MBTiles file (SQLite: metadata(name, value), tiles(zoom_level, tile_column, tile_row,
// tile_data)) for offline use, e.g. a county's tiles prepared by the city's GIS office. Rows count from the
// south (TMS), so y is flipped. Reading a local file is quick, so every request is answered at once.
#pragma once

#include "maps/tilesource.h"

#include <QSqlDatabase>

class MBTilesSource : public TileSource
{
    Q_OBJECT

public:
    explicit MBTilesSource(const QString &path, QObject *parent = nullptr);
    ~MBTilesSource() override;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    QString name() const override { return m_name; }
    QString attribution() const override { return m_attribution; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }

    QImage tile(const TileKey &key) override;
    bool isMissing(const TileKey &key) const override { return m_absent.contains(key); }

private:
    QString m_connection;
    bool m_open = false;
    QString m_error;
    QString m_name;
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = 18;
    QSet<TileKey> m_absent;
};
