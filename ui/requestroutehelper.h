#pragma once
// The trip request form's navigation mileage: a button beside nav_km asks the routing service (OSRM HTTP
// route API, AppSettings::routingUrl) for the round trip origin → destination → origin, without blocking the
// form, and fills nav_km with nav_source "osrm"; typing nav_km by hand sets nav_source "typed". What went
// wrong (no service set, coordinates missing, service unreachable, no route) is said under nav_km, with where
// it asked. Kept out of RecordFormDialog, which stays the same for every kind.
#include <QObject>
#include <QString>
#include <QUrl>

class AppSettings;
class QNetworkAccessManager;
class QPushButton;
class RecordFormDialog;
class RoutingClient;
struct RouteResult;

class RequestRouteHelper : public QObject
{
    Q_OBJECT

public:
    // Lives as long as `form` (its parent). network: shared, or null for one of its own.
    RequestRouteHelper(
        RecordFormDialog *form, const QString &routingUrl, QNetworkAccessManager *network = nullptr);

    // The form's kind-specific helpers, if any: a requests form gets a RequestRouteHelper. Call once after
    // creating any RecordFormDialog; settings may be null (then the button says no service is set).
    static void attachTo(RecordFormDialog *form, const AppSettings *settings);

    QPushButton *button() const { return m_button; }
    bool isBusy() const { return m_busy; }
    void setTimeoutMs(int ms);

    // What the button does: asks for the round trip of the coordinates now in the form.
    void fetch();

signals:
    void finished(bool ok); // after each fetch(), also when it could not start

private:
    void onRoute(const RouteResult &result);
    void fail(const QString &message);
    void setBusy(bool busy);

    RecordFormDialog *m_form;
    QString m_url;
    QNetworkAccessManager *m_network;
    RoutingClient *m_client = nullptr;
    QPushButton *m_button;
    int m_timeoutMs = 15000;
    bool m_busy = false;
};
