// A tiny HTTP/1.1 tile server for the tests, on 127.0.0.1: answers GET /z/x/y.png (any query string) with a
// 256x256 PNG in a colour of the test's choosing, and can fail (HTTP 500) or stall (never answer) on request.
// It counts requests per path and notices clients that hang up before an answer (a cancelled fetch).
#pragma once

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QTcpServer>
#include <QTcpSocket>

class TileTestServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit TileTestServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, &TileTestServer::accept);
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

    QColor color = QColor(200, 30, 30);
    int failNext = 0; // answer this many requests with 500 first
    bool stall = false; // accept requests but never answer
    int requests = 0;
    int hangUps = 0; // connections closed by the client while a request was unanswered
    QHash<QString, int> perPath;
    QStringList requestLines;
    QStringList userAgents;

    static QByteArray png(const QColor &c)
    {
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(c);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

signals:
    void requestSeen(const QString &path);
    void hungUp();

private:
    void accept()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            socket->setProperty("pending", false);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (socket->property("pending").toBool()) {
                    ++hangUps;
                    emit hungUp();
                }
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        // Keep-alive: several requests may follow one another on a socket.
        int end;
        while ((end = int(buffer.indexOf("\r\n\r\n"))) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QByteArray requestLine = lines.value(0).trimmed();
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("user-agent:"))
                    userAgents << QString::fromLatin1(line.mid(11).trimmed());
            }
            const QString target = QString::fromLatin1(requestLine.split(' ').value(1));
            const QString path = target.section(QLatin1Char('?'), 0, 0);
            ++requests;
            ++perPath[path];
            requestLines << target;
            emit requestSeen(path);
            if (stall) {
                socket->setProperty("pending", true);
                continue;
            }
            if (failNext > 0) {
                --failNext;
                respond(socket, "500 Internal Server Error", "text/plain", "down");
            } else {
                respond(socket, "200 OK", "image/png", png(color));
            }
        }
        socket->setProperty("buffer", buffer);
    }

    static void respond(
        QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
};
