#include "maps/networktilesource.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

NetworkTileSource::NetworkTileSource(QNetworkAccessManager *network, const Options &options, QObject *parent)
    : TileSource(parent)
    , m_network(network)
    , m_options(options)
{
    setDatum(options.datum);
    if (!options.cacheDir.isEmpty())
        m_disk
            = std::make_unique<TileDiskCache>(options.cacheDir, options.cacheRoot, options.cacheLimitBytes);
}

NetworkTileSource::~NetworkTileSource()
{
    // The manager outlives us; replies left running would call back into a dead object.
    const auto replies = m_pending.values();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString NetworkTileSource::tileUrl(
    const QString &urlTemplate, const QStringList &subdomains, const TileKey &key)
{
    QString url = urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(key.zoom));
    url.replace(QLatin1String("{x}"), QString::number(key.x));
    url.replace(QLatin1String("{-y}"), QString::number((1 << key.zoom) - 1 - key.y));
    url.replace(QLatin1String("{y}"), QString::number(key.y));
    if (!subdomains.isEmpty()) {
        // The same tile always goes to the same subdomain, so HTTP caches on the way are not split.
        const int pick = int(unsigned(key.x + key.y) % unsigned(subdomains.size()));
        url.replace(QLatin1String("{s}"), subdomains.at(pick));
    }
    return url;
}

QString NetworkTileSource::diskPath(const TileKey &key) const
{
    return m_disk ? m_disk->path(key) : QString();
}

QImage NetworkTileSource::tile(const TileKey &key)
{
    QImage image = memoryTile(key);
    if (!image.isNull())
        return image;
    image = fromDisk(key);
    if (!image.isNull()) {
        remember(key, image);
        return image;
    }
    if (m_missing.contains(key))
        return QImage();
    if (isBlocking())
        return fetchBlocking(key);
    if (!m_pending.contains(key) && !m_retrying.contains(key)) {
        QNetworkReply *reply = startRequest(key);
        connect(reply, &QNetworkReply::finished, this, [this, key, reply] { onFinished(key, reply, 1); });
    }
    return QImage();
}

void NetworkTileSource::keepOnly(const QSet<TileKey> &wanted)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        QNetworkReply *reply = it.value();
        it = m_pending.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    for (auto it = m_retrying.begin(); it != m_retrying.end();)
        it = wanted.contains(*it) ? std::next(it) : m_retrying.erase(it);
}

QImage NetworkTileSource::fromDisk(const TileKey &key)
{
    if (!m_disk)
        return QImage();
    const QByteArray bytes = m_disk->read(key);
    if (bytes.isEmpty())
        return QImage();
    const QImage image = QImage::fromData(bytes);
    if (image.isNull())
        m_disk->remove(key); // unreadable: fetch it again rather than failing on it forever
    return image;
}

void NetworkTileSource::saveToDisk(const TileKey &key, const QByteArray &bytes)
{
    // A tile that cannot be cached (full disk, no permission) is still shown; only the next run refetches it.
    if (m_disk)
        m_disk->write(key, bytes);
}

QNetworkReply *NetworkTileSource::startRequest(const TileKey &key)
{
    QNetworkRequest request(QUrl(tileUrl(m_options.urlTemplate, m_options.subdomains, key)));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_pending.insert(key, reply);
    return reply;
}

bool NetworkTileSource::takeReply(const TileKey &key, QNetworkReply *reply)
{
    m_pending.remove(key);
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return false;
    const QByteArray bytes = reply->readAll();
    QImage image;
    if (!image.loadFromData(bytes))
        return false; // an HTML error page or a truncated body is a failure, not a tile
    remember(key, image);
    saveToDisk(key, bytes);
    return true;
}

void NetworkTileSource::onFinished(const TileKey &key, QNetworkReply *reply, int attempt)
{
    if (m_pending.value(key) != reply)
        return; // cancelled meanwhile
    if (takeReply(key, reply)) {
        emit tilesLoaded();
        return;
    }
    if (attempt >= m_options.maxAttempts) {
        m_missing.insert(key);
        emit tilesLoaded(); // the view redraws it as missing
        return;
    }
    m_retrying.insert(key);
    QTimer::singleShot(m_options.retryDelayMs * attempt, this, [this, key, attempt] {
        if (!m_retrying.remove(key))
            return; // left the view while waiting
        QNetworkReply *again = startRequest(key);
        connect(again, &QNetworkReply::finished, this,
            [this, key, again, attempt] { onFinished(key, again, attempt + 1); });
    });
}

QImage NetworkTileSource::fetchBlocking(const TileKey &key)
{
    if (QNetworkReply *running = m_pending.take(key)) { // asked for asynchronously before: start afresh
        running->disconnect(this);
        running->abort();
        running->deleteLater();
    }
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
        QNetworkReply *reply = startRequest(key);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (takeReply(key, reply))
            return memoryTile(key);
    }
    m_missing.insert(key);
    return QImage();
}
