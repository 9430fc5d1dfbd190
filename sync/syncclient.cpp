#include "sync/syncclient.h"
#include "base/timeparse.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>

SyncClient::SyncClient()
    : m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
}

SyncClient::~SyncClient() = default;

bool SyncClient::configure(const QString &serverUrl, const QString &caFile, QString *error)
{
    const QUrl url(serverUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        *error = tr(
            "the server address %1 is not an https://HOST:PORT address (FleetDesk syncs over HTTPS only)")
                     .arg(serverUrl);
        return false;
    }
    m_base = url.adjusted(QUrl::StripTrailingSlash);
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = tr("the CA file %1 holds no PEM certificate (or cannot be read)").arg(caFile);
            return false;
        }
        m_tls.addCaCertificates(cas);
    }
    return true;
}

SyncReply SyncClient::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    SyncReply r;
    QUrl url = m_base;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QStringList tlsProblems;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&tlsProblems](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError; this keeps the reasons.
        for (const QSslError &e : errors)
            tlsProblems << e.errorString();
    });
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QString where = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray raw = reply->readAll();
    if (!tlsProblems.isEmpty()) {
        r.failure = SyncReply::Failure::Certificate;
        tlsProblems.removeDuplicates();
        r.message = tr("the certificate of %1 could not be verified (%2); FleetDesk does not connect to a "
                       "server it cannot verify: give the CA file of the server's certificate authority")
                        .arg(where, tlsProblems.join(QStringLiteral("; ")));
    } else if (r.status == 0) {
        r.failure = reply->error() == QNetworkReply::SslHandshakeFailedError ? SyncReply::Failure::Certificate
                                                                             : SyncReply::Failure::Network;
        r.message = tr("no answer from %1: %2").arg(where, reply->errorString());
    } else {
        r.body = QJsonDocument::fromJson(raw).object();
        if (r.status != 200) {
            r.code = r.body.value(QStringLiteral("code")).toString();
            r.retryAfterS = r.body.value(QStringLiteral("retry_after_s")).toInt();
            const QString text = r.body.value(QStringLiteral("message")).toString();
            r.message = tr("%1 answered %2 %3: %4")
                            .arg(where)
                            .arg(r.status)
                            .arg(r.code, text.isEmpty() ? QString::fromUtf8(raw.left(200)) : text);
        }
    }
    reply->deleteLater();
    return r;
}

SyncReply SyncClient::login(const QString &user, const QString &password)
{
    m_token.clear();
    const QJsonObject body { { QStringLiteral("user"), user }, { QStringLiteral("password"), password } };
    SyncReply r
        = call("POST", QStringLiteral("/api/v1/login"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.ok()) {
        m_token = r.body.value(QStringLiteral("token")).toString();
        m_user = r.body.value(QStringLiteral("user")).toString();
        m_role = r.body.value(QStringLiteral("role")).toString();
        m_unit = r.body.value(QStringLiteral("unit")).toString();
    } else if (r.status == 401) {
        r.message = tr("%1 refused the sign-in of %2: wrong user name or password").arg(m_base.host(), user);
    }
    return r;
}

SyncReply SyncClient::logout()
{
    SyncReply r = call("POST", QStringLiteral("/api/v1/logout"));
    m_token.clear();
    return r;
}

SyncReply SyncClient::me()
{
    SyncReply r = call("GET", QStringLiteral("/api/v1/me"));
    if (r.ok()) {
        m_user = r.body.value(QStringLiteral("user")).toString();
        m_role = r.body.value(QStringLiteral("role")).toString();
        m_unit = r.body.value(QStringLiteral("unit")).toString();
    }
    return r;
}

SyncReply SyncClient::push(const QJsonObject &body)
{
    return call(
        "POST", QStringLiteral("/api/v1/sync/push"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SyncReply SyncClient::pull(qint64 after, int limit)
{
    return call("GET", QStringLiteral("/api/v1/sync/pull?after=%1&limit=%2").arg(after).arg(limit));
}

SyncReply SyncClient::positions(const QString &vehicleId, qint64 fromMs, qint64 toMs)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("vehicle"), vehicleId);
    q.addQueryItem(QStringLiteral("from"), TimeParse::toUtcIso(fromMs));
    q.addQueryItem(QStringLiteral("to"), TimeParse::toUtcIso(toMs));
    return call("GET", QStringLiteral("/api/v1/positions?") + q.toString(QUrl::FullyEncoded));
}
