#include "maps/routingclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

RoutingClient::RoutingClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(std::move(baseUrl))
{ }

QUrl RoutingClient::routeUrl(double originLat, double originLon, double destLat, double destLon) const
{
    // OSRM wants lon,lat pairs; six decimals is 0.1 m, more than any road snapping can use.
    auto pair = [](double lat, double lon) {
        return QStringLiteral("%1,%2").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6);
    };
    QUrl url = m_base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/route/v1/driving/") + pair(originLat, originLon) + QLatin1Char(';')
        + pair(destLat, destLon) + QLatin1Char(';') + pair(originLat, originLon));
    url.setQuery(QStringLiteral("overview=false&alternatives=false&steps=false"));
    return url;
}

void RoutingClient::requestRoundTrip(double originLat, double originLon, double destLat, double destLon)
{
    cancel();
    QNetworkRequest request(routeUrl(originLat, originLon, destLat, destLon));
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("FleetDesk/%1").arg(QCoreApplication::applicationVersion()));
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void RoutingClient::cancel()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RoutingClient::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    RouteResult result;
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString where = reply->url().host();
    // OSRM answers its own errors (NoRoute, InvalidQuery) as JSON, often with HTTP 400: read them first.
    if (json.contains(QStringLiteral("code"))
        && json.value(QStringLiteral("code")).toString() != QStringLiteral("Ok")) {
        result.error = tr("the routing service %1 found no route: %2 %3")
                           .arg(where, json.value(QStringLiteral("code")).toString(),
                               json.value(QStringLiteral("message")).toString());
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("the routing service %1 did not answer within %2 s").arg(where).arg(m_timeoutMs / 1000.0)
            : tr("the routing service %1 cannot be reached: %2").arg(where, reply->errorString());
    } else if (!json.value(QStringLiteral("routes")).isArray()
        || json.value(QStringLiteral("routes")).toArray().isEmpty()
        || !json.value(QStringLiteral("routes"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("distance"))
                .isDouble()) {
        result.error = tr("the routing service %1 answered something that is not an OSRM route").arg(where);
    } else {
        const QJsonObject route = json.value(QStringLiteral("routes")).toArray().first().toObject();
        result.ok = true;
        result.km = route.value(QStringLiteral("distance")).toDouble() / 1000.0;
        result.minutes = route.value(QStringLiteral("duration")).toDouble() / 60.0;
    }
    emit finished(result);
}
