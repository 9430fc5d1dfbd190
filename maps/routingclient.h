#pragma once
// Navigation mileage (nav_km) for a trip from a routing service that speaks the OSRM HTTP route API
// (GET /route/v1/driving/lon,lat;lon,lat;…): the road distance origin → destination → back to the origin,
// as the discipline-inspection platform compares tracks against it. Any server of that API works (an
// intranet OSRM, a commercial one behind a proxy); failures come back in words, never as a zero distance.
#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

struct RouteResult
{
    bool ok = false;
    double km = 0; // the whole round trip
    double minutes = 0;
    QString error;
};

Q_DECLARE_METATYPE(RouteResult)

class RoutingClient : public QObject
{
    Q_OBJECT

public:
    // baseUrl: e.g. https://router.example.gov.cn (the /route/v1/driving part is added); the manager is
    // shared.
    RoutingClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The request the client sends for a round trip (for logs and tests).
    QUrl routeUrl(double originLat, double originLon, double destLat, double destLon) const;
    // Starts a request; finished() follows exactly once. A new request cancels the one still running.
    void requestRoundTrip(double originLat, double originLon, double destLat, double destLon);
    void cancel();

signals:
    void finished(const RouteResult &result);

private:
    void onReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    int m_timeoutMs = 15000;
    QPointer<QNetworkReply> m_reply;
};
