#pragma once
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// Shared by tst_routingclient and the request form's test (tests/ui).
// A stand-in for an OSRM server on loopback: it answers GET /route/v1/driving/… the way OSRM does (JSON body,
// code "Ok" with routes[].distance in metres and duration in seconds; or an error code with HTTP 400), or
// stays silent to test the timeout.
class FakeOsrm : public QObject
{
public:
    enum class Mode { Route, NoRoute, ServerError, Garbage, Silent };
    Mode mode = Mode::Route;
    QByteArray lastPath;

    FakeOsrm()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/osrm").arg(m_server.serverPort())); }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        lastPath = request.mid(4, request.indexOf(' ', 4) - 4);
        if (mode == Mode::Silent)
            return;
        QByteArray status = "200 OK", body;
        switch (mode) {
        case Mode::Route:
            body = "{\"code\":\"Ok\",\"routes\":[{\"distance\":96512.4,\"duration\":5400.0,\"legs\":[]}],"
                   "\"waypoints\":[]}";
            break;
        case Mode::NoRoute:
            status = "400 Bad Request";
            body = "{\"code\":\"NoRoute\",\"message\":\"Impossible route between points\"}";
            break;
        case Mode::ServerError:
            status = "502 Bad Gateway";
            body = "<html>proxy error</html>";
            break;
        default:
            body = "{\"code\":\"Ok\",\"routes\":[]}";
            break;
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
};
