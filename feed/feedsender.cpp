#include "feed/feedsender.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

FeedSender::FeedSender(QNetworkAccessManager &network, Options options)
    : m_network(network)
    , m_options(std::move(options))
{ }

int FeedSender::post(const QJsonObject &record, QString *why)
{
    QNetworkRequest request(m_options.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray id = record.value(QStringLiteral("id")).toString().toUtf8();
    request.setRawHeader("Idempotency-Key", id);
    request.setRawHeader("X-Feed-Format", "fleetdesk-feed/1");
    request.setTransferTimeout(m_options.timeoutMs);
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network.post(request, QJsonDocument(record).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 409 || (status >= 200 && status < 300))
        return 0;
    if (status >= 400 && status < 500) {
        *why = tr("%1 refused record %2: HTTP %3 %4")
                   .arg(m_options.endpoint.toString(), QString::fromUtf8(id))
                   .arg(status)
                   .arg(QString::fromUtf8(reply->readAll().left(200)));
        return 2;
    }
    *why = status ? tr("%1 answered HTTP %2 for record %3")
                        .arg(m_options.endpoint.toString())
                        .arg(status)
                        .arg(QString::fromUtf8(id))
                  : tr("%1: %2").arg(m_options.endpoint.toString(), reply->errorString());
    // A certificate that does not verify will not verify on a retry either.
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return 2;
    return 1;
}

FeedSender::Outcome FeedSender::send(
    const QList<QJsonObject> &records, const QSet<QString> &delivered, const Delivered &onDelivered)
{
    Outcome outcome;
    if (m_options.endpoint.scheme() != QStringLiteral("https") || m_options.endpoint.host().isEmpty()) {
        outcome.error = tr("the feed's endpoint must be an https:// address, not %1")
                            .arg(m_options.endpoint.toString());
        return outcome;
    }
    for (const QJsonObject &record : records) {
        if (delivered.contains(record.value(QStringLiteral("id")).toString())) {
            ++outcome.skipped;
            continue;
        }
        int pause = m_options.backoffMs;
        for (int attempt = 1;; ++attempt) {
            QString why;
            ++outcome.attempts;
            const int result = post(record, &why);
            if (result == 0) {
                const QString noted = onDelivered(record, attempt);
                if (!noted.isEmpty()) {
                    outcome.error = noted;
                    return outcome;
                }
                ++outcome.sent;
                break;
            }
            if (result == 2 || attempt > m_options.retries) {
                outcome.error
                    = result == 2 ? why : tr("%1 (gave up after %n tries)", nullptr, attempt).arg(why);
                return outcome;
            }
            QEventLoop wait;
            QTimer::singleShot(pause, &wait, &QEventLoop::quit);
            wait.exec();
            pause *= 2;
        }
    }
    return outcome;
}
