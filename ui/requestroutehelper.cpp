#include "ui/requestroutehelper.h"
#include "base/appsettings.h"
#include "maps/routingclient.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "ui/recordformdialog.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <cmath>

namespace {

const QString &kNavKm = Field::NavKm;
const QString &kNavSource = Field::NavSource;

} // namespace

RequestRouteHelper::RequestRouteHelper(
    RecordFormDialog *form, const QString &routingUrl, QNetworkAccessManager *network)
    : QObject(form)
    , m_form(form)
    , m_url(routingUrl.trimmed())
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    m_button = new QPushButton(tr("Get from routing service"));
    m_button->setObjectName(QStringLiteral("navKmFromRouting"));
    m_button->setToolTip(m_url.isEmpty()
            ? tr("No routing service is set (Settings, Map)")
            : tr("Round trip origin → destination → origin, asked of %1").arg(m_url));
    form->addBesideEditor(kNavKm, m_button);
    connect(m_button, &QPushButton::clicked, this, &RequestRouteHelper::fetch);
    // A figure typed in is a figure typed in, whatever filled the box before.
    connect(form, &RecordFormDialog::fieldEdited, this, [this](const QString &field) {
        if (field == kNavKm)
            m_form->setFieldValue(kNavSource, QStringLiteral("typed"));
    });
}

void RequestRouteHelper::attachTo(RecordFormDialog *form, const AppSettings *settings)
{
    if (form->kind() == Kind::Requests)
        new RequestRouteHelper(form, settings ? settings->routingUrl() : QString());
}

void RequestRouteHelper::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (m_client)
        m_client->setTimeoutMs(ms);
}

void RequestRouteHelper::fetch()
{
    m_form->clearFieldError(kNavKm);
    if (m_url.isEmpty())
        return fail(
            tr("No routing service is set: enter its address under Settings, Map, or type the km in."));
    const QUrl url(m_url);
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")))
        return fail(
            tr("The routing service address %1 is not an http(s) address (Settings, Map).").arg(m_url));
    // The coordinates as the form holds them now, typed or not yet saved.
    const RecordKind &kind = *RecordSchema::kind(Kind::Requests);
    QList<double> coordinates;
    QStringList missing;
    for (const QString &name : { Field::OriginLat, Field::OriginLon, Field::DestLat, Field::DestLon }) {
        bool ok = false;
        const double value = QLocale::c().toDouble(m_form->fieldValue(name).toString().trimmed(), &ok);
        coordinates << value;
        if (!ok)
            missing << kind.field(name)->translatedLabel();
    }
    if (!missing.isEmpty())
        return fail(tr("To ask the routing service, fill in: %1.").arg(missing.join(tr(", "))));
    if (!m_client) {
        m_client = new RoutingClient(m_network, url, this);
        m_client->setTimeoutMs(m_timeoutMs);
        connect(m_client, &RoutingClient::finished, this, &RequestRouteHelper::onRoute);
    }
    setBusy(true);
    m_client->requestRoundTrip(coordinates.at(0), coordinates.at(1), coordinates.at(2), coordinates.at(3));
}

void RequestRouteHelper::onRoute(const RouteResult &result)
{
    setBusy(false);
    if (!result.ok)
        return fail(tr("No navigation km from %1: %2").arg(m_url, result.error));
    m_form->setFieldValue(kNavKm, std::round(result.km * 10.0) / 10.0);
    m_form->setFieldValue(kNavSource, QStringLiteral("osrm"));
    emit finished(true);
}

void RequestRouteHelper::fail(const QString &message)
{
    m_form->showFieldError(kNavKm, message);
    emit finished(false);
}

void RequestRouteHelper::setBusy(bool busy)
{
    m_busy = busy;
    m_button->setEnabled(!busy);
    m_button->setText(busy ? tr("Asking the routing service…") : tr("Get from routing service"));
}
