#include "maps/tilesources.h"

#include "maps/mbtilessource.h"
#include "maps/networktilesource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

namespace TileSources {

QString tiandituTemplate(const QString &layer, const QString &key)
{
    return QStringLiteral("https://t{s}.tianditu.gov.cn/%1_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                          "&LAYER=%1&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
                          "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=%2")
        .arg(layer, QString::fromLatin1(QUrl::toPercentEncoding(key)));
}

QStringList tiandituSubdomains()
{
    QStringList all;
    for (int i = 0; i < 8; ++i)
        all << QString::number(i);
    return all;
}

MapDatum datumOf(const QString &urlTemplate)
{
    const QString fragment = urlTemplate.section(QLatin1Char('#'), 1).toLower();
    if (fragment == QLatin1String("gcj02"))
        return MapDatum::Gcj02;
    if (fragment == QLatin1String("wgs84"))
        return MapDatum::Wgs84;
    const QString host = QUrl(urlTemplate.section(QLatin1Char('#'), 0, 0)).host().toLower();
    for (const char *gcj : { "autonavi.com", "amap.com", "map.qq.com", "gtimg.com" }) {
        if (host.endsWith(QLatin1String(gcj)))
            return MapDatum::Gcj02;
    }
    return MapDatum::Wgs84;
}

std::unique_ptr<TileSource> create(const QString &spec, QNetworkAccessManager *network,
    const QString &cacheRoot, QString *error, qint64 cacheLimitBytes)
{
    const QString line = spec.trimmed();
    if (line.isEmpty())
        return nullptr;

    if (line.startsWith(QLatin1String("mbtiles:"))
        || line.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        const QString path = line.startsWith(QLatin1String("mbtiles:")) ? line.mid(8) : line;
        auto source = std::make_unique<MBTilesSource>(path);
        if (!source->isOpen()) {
            if (error)
                *error = source->errorString();
            return nullptr;
        }
        return source;
    }

    NetworkTileSource::Options options;
    if (line.startsWith(QLatin1String("tianditu:"))) {
        const QStringList parts = line.split(QLatin1Char(':'));
        if (parts.size() != 3 || parts.at(2).isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("TileSources",
                    "A Tianditu source is written tianditu:LAYER:KEY, e.g. tianditu:vec:0123abcd.");
            return nullptr;
        }
        options.urlTemplate = tiandituTemplate(parts.at(1), parts.at(2));
        options.subdomains = tiandituSubdomains();
        options.name = QCoreApplication::translate("TileSources", "Tianditu");
        options.attribution = QCoreApplication::translate(
            "TileSources", "© Tianditu (National Platform for Common GeoSpatial Information Services)");
        options.maxZoom = 18;
    } else {
        if (!line.contains(QLatin1String("{z}"))) {
            if (error)
                *error = QCoreApplication::translate("TileSources",
                    "The tile URL needs {z}, {x} and {y} (or TILEMATRIX={z}, TILEROW={y}, TILECOL={x}).");
            return nullptr;
        }
        options.urlTemplate = line.section(QLatin1Char('#'), 0, 0);
        options.subdomains = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        const QString host = QUrl(options.urlTemplate).host();
        options.name = host;
        if (host.endsWith(QLatin1String("openstreetmap.org")))
            options.attribution = QCoreApplication::translate("TileSources", "© OpenStreetMap contributors");
        else if (host.endsWith(QLatin1String("tianditu.gov.cn")))
            options.attribution = QCoreApplication::translate(
                "TileSources", "© Tianditu (National Platform for Common GeoSpatial Information Services)");
        else
            options.attribution = QCoreApplication::translate("TileSources", "Tiles: %1").arg(host);
        if (options.urlTemplate.contains(QLatin1String("tianditu.gov.cn")))
            options.subdomains = tiandituSubdomains();
    }
    options.datum = datumOf(line);
    if (!cacheRoot.isEmpty()) {
        // One folder per template: switching servers must not mix their tiles.
        const QByteArray id
            = QCryptographicHash::hash(options.urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex();
        options.cacheDir = cacheRoot + QLatin1Char('/') + QString::fromLatin1(id.left(16));
        options.cacheRoot = cacheRoot;
        options.cacheLimitBytes = cacheLimitBytes;
    }
    return std::make_unique<NetworkTileSource>(network, options);
}

} // namespace TileSources
