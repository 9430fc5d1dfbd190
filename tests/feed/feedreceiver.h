#pragma once
// A discipline-inspection platform for the tests: an HTTPS receiver on 127.0.0.1 (QSslServer, a certificate
// made with openssl at test time) that takes POSTed feed records, keeps each id once and counts repeats. It
// can fail on purpose: answer 503 to the next requests, or take a record and hang up before answering (the
// answer is lost, so the sender must send it again and the receiver sees a repeat).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

class FeedReceiver : public QSslServer
{
    Q_OBJECT

public:
    int failNext = 0; // answer 503 to this many requests
    int dropAnswerNext = 0; // keep this many records but close without an answer
    int requests = 0;
    int repeats = 0; // records whose id was already kept
    QStringList ids; // kept, in arrival order, each once
    QStringList idempotencyKeys;

    bool start(const QString &certPath, const QString &keyPath)
    {
        QFile cert(certPath), key(keyPath);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(config);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, &FeedReceiver::accept);
        return listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("https://localhost:%1/feed").arg(serverPort()); }

private:
    void accept()
    {
        while (QTcpServer::hasPendingConnections()) {
            auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection());
            if (!socket)
                continue;
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QSslSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            qsizetype length = 0;
            QByteArray key;
            for (const QByteArray &line : lines) {
                const QByteArray lower = line.trimmed().toLower();
                if (lower.startsWith("content-length:"))
                    length = lower.mid(15).trimmed().toLongLong();
                if (lower.startsWith("idempotency-key:"))
                    key = line.trimmed().mid(16).trimmed();
            }
            if (buffer.size() < end + 4 + length)
                break;
            const QByteArray body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            ++requests;
            if (failNext > 0) {
                --failNext;
                answer(socket, "503 Service Unavailable", "busy");
                continue;
            }
            const QString id = QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toString();
            idempotencyKeys << QString::fromUtf8(key);
            if (ids.contains(id))
                ++repeats; // dropped by id: the platform keeps one
            else
                ids << id;
            if (dropAnswerNext > 0) {
                --dropAnswerNext;
                socket->abort();
                return;
            }
            answer(socket, "200 OK", "ok");
        }
        socket->setProperty("buffer", buffer);
    }

    static void answer(QSslSocket *socket, const char *status, const QByteArray &body)
    {
        socket->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Type: text/plain\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
};
