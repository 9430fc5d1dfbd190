#include "maps/mbtilessource.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

MBTilesSource::MBTilesSource(const QString &path, QObject *parent)
    : TileSource(parent)
    , m_connection(QStringLiteral("mbtiles-%1").arg(quintptr(this)))
{
    m_name = QFileInfo(path).completeBaseName();
    if (!QFileInfo::exists(path)) {
        m_error = tr("The tile file %1 does not exist.").arg(path);
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        m_error = tr("%1 is not an MBTiles file: %2").arg(path, q.lastError().text());
        return;
    }
    bool minOk = false;
    bool maxOk = false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("name"))
            m_name = value;
        else if (key == QLatin1String("attribution"))
            m_attribution = value;
        else if (key == QLatin1String("minzoom"))
            m_minZoom = value.toInt(&minOk);
        else if (key == QLatin1String("maxzoom"))
            m_maxZoom = value.toInt(&maxOk);
    }
    // metadata's zoom range is optional; the tiles themselves are the truth.
    if ((!minOk || !maxOk) && q.exec(QStringLiteral("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles"))
        && q.next() && !q.value(0).isNull()) {
        if (!minOk)
            m_minZoom = q.value(0).toInt();
        if (!maxOk)
            m_maxZoom = q.value(1).toInt();
    }
    m_open = true;
}

MBTilesSource::~MBTilesSource()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QImage MBTilesSource::tile(const TileKey &key)
{
    QImage image = memoryTile(key);
    if (!image.isNull() || !m_open || m_absent.contains(key))
        return image;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    q.addBindValue(key.zoom);
    q.addBindValue(key.x);
    q.addBindValue((1 << key.zoom) - 1 - key.y); // TMS rows count from the south
    if (q.exec() && q.next())
        image.loadFromData(q.value(0).toByteArray());
    if (image.isNull())
        m_absent.insert(key); // outside the file's area: drawn as missing (a lower zoom may stand in)
    else
        remember(key, image);
    return image;
}
