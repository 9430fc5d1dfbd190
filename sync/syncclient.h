#pragma once
// One session with a sync server (docs/api.yaml) over HTTPS: sign-in gives a bearer token and the role, every
// call after that carries the token. TLS is verified against the system's certificates plus, for a private
// CA, the CA file given; a certificate that fails verification is refused with the host and the reason, never
// accepted. Calls wait for their answer (a local event loop), so the client works in the command line and
// in the background sync's own thread alike; it belongs to the thread that made it.
#include <QCoreApplication>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

struct SyncReply
{
    enum class Failure {
        None, // an HTTP answer arrived (status says which)
        Network, // no answer: refused, cut, timed out, name unknown
        Certificate, // TLS refused the server's certificate
    };
    Failure failure = Failure::None;
    int status = 0; // HTTP status when an answer arrived
    QJsonObject body;
    QString code; // the API's error code of a 4xx/5xx answer
    QString message; // for a person: what went wrong and where
    int retryAfterS = 0; // 429: how long to wait

    bool ok() const { return failure == Failure::None && status == 200; }
    // Worth trying again later: no answer, the server or its database failing, or told to wait.
    bool transient() const
    {
        return failure == Failure::Network || status >= 500 || status == 429
            || (status == 409 && code == QLatin1String("booking_conflict"));
    }
};

class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    SyncClient();
    ~SyncClient();
    SyncClient(const SyncClient &) = delete;
    SyncClient &operator=(const SyncClient &) = delete;

    // The server's base URL (https://HOST:PORT) and the CA file of a private CA (empty: the system's CAs).
    // False with *error when the URL is not https or the CA file holds no certificate.
    bool configure(const QString &serverUrl, const QString &caFile, QString *error);
    QUrl server() const { return m_base; }
    // How long one call may take without any byte moving (default 60 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    SyncReply login(const QString &user, const QString &password);
    SyncReply logout();
    SyncReply me();
    SyncReply push(const QJsonObject &body);
    SyncReply pull(qint64 after, int limit);
    SyncReply positions(const QString &vehicleId, qint64 fromMs, qint64 toMs);

    bool signedIn() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    QString user() const { return m_user; }
    QString role() const { return m_role; }
    QString unit() const { return m_unit; }

private:
    SyncReply call(const QByteArray &method, const QString &path, const QByteArray &body = {});

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_tls;
    QUrl m_base;
    QString m_token, m_user, m_role, m_unit;
    int m_timeoutMs = 60000;
};
