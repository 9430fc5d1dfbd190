#include "server/httpsserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QtConcurrent>

namespace {

QHttpServerResponse toResponse(const ApiResponse &r)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
        QJsonDocument(r.body).toJson(QJsonDocument::Compact), QHttpServerResponder::StatusCode(r.status));
    for (const auto &h : r.headers)
        response.addHeader(h.first, h.second);
    return response;
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

HttpsServer::HttpsServer(ServerDatabase &db, const ServerOptions &options, int workers)
    : m_api(db, options)
{
    m_pool.setMaxThreadCount(workers);
    // Sign-ins get their own two threads: Argon2 is slow and memory-hard on purpose (64 MiB each), so a
    // morning's rush of sign-ins waits for these two and never holds up pushes and pulls.
    m_loginPool.setMaxThreadCount(2);
    // Each worker keeps its database connection for its life: workers that never expire keep them open.
    m_pool.setExpiryTimeout(-1);
    m_loginPool.setExpiryTimeout(-1);
    // One handler for every route: ServerApi routes by path, so the route table is in one place.
    auto handler = [this](const QHttpServerRequest &request) {
        ApiRequest r; // copied here, on the server's thread, before a worker takes it
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.query();
        r.authorization = request.value(QByteArrayLiteral("authorization"));
        r.body = request.body();
        QHostAddress address = request.remoteAddress();
        bool mapped = false;
        const QHostAddress v4(address.toIPv4Address(&mapped));
        r.address = mapped ? v4.toString() : address.toString();
        ServerApi *api = &m_api;
        QThreadPool *pool = r.path == QLatin1String("/api/v1/login") ? &m_loginPool : &m_pool;
        return QtConcurrent::run(pool, [api, r]() { return toResponse(api->handle(r)); });
    };
    for (const char *pattern : { "/api/v1/<arg>", "/api/v1/sync/<arg>", "/api/v1/positions/<arg>",
             "/api/v1/records/<arg>/<arg>", "/api/v1/users/<arg>/<arg>" }) {
        const QString p = QString::fromLatin1(pattern);
        const int args = p.count(QLatin1String("<arg>"));
        if (args == 1)
            m_http.route(p,
                [handler](const QString &, const QHttpServerRequest &request) { return handler(request); });
        else
            m_http.route(p, [handler](const QString &, const QString &, const QHttpServerRequest &request) {
                return handler(request);
            });
    }
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const ApiResponse r = ServerApi::error(
            404, QStringLiteral("not_found"), QStringLiteral("no route %1").arg(request.url().path()));
        responder.write(QJsonDocument(r.body).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
    });
}

HttpsServer::~HttpsServer()
{
    m_pool.waitForDone();
    m_loginPool.waitForDone();
}

bool HttpsServer::start(const QHostAddress &address, quint16 port, const QString &certFile,
    const QString &keyFile, QString *error)
{
    QFile certIn(certFile);
    if (!certIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the certificate: %2").arg(certFile, certIn.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certIn.readAll(), QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1: no PEM certificate in it").arg(certFile);
        return false;
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the key: %2").arg(keyFile, keyIn.errorString());
        return false;
    }
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1: not an unencrypted PEM RSA or EC private key").arg(keyFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain); // the server's certificate, then any intermediates
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_http.sslSetup(tls);
    m_port = m_http.listen(address, port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                     .arg(address.toString())
                     .arg(port);
        return false;
    }
    return true;
}
