#include "maps/routingclient.h"
#include "support/fakeosrm.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestRoutingClient : public QObject
{
    Q_OBJECT

    RouteResult ask(RoutingClient &client)
    {
        QSignalSpy spy(&client, &RoutingClient::finished);
        client.requestRoundTrip(32.0097, 120.8572, 32.3711, 120.5737);
        if (!spy.wait(10000))
            return { false, 0, 0, QStringLiteral("no answer") };
        return spy.takeFirst().at(0).value<RouteResult>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<RouteResult>(); }

    void roundTripUrlAndDistance()
    {
        FakeOsrm server;
        QNetworkAccessManager network;
        RoutingClient client(&network, server.url());
        const RouteResult r = ask(client);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.km, 96.5124);
        QCOMPARE(r.minutes, 90.0);
        // origin → destination → origin, as lon,lat pairs under the configured base path.
        QCOMPARE(server.lastPath,
            QByteArray("/osrm/route/v1/driving/120.857200,32.009700;120.573700,32.371100;120.857200,32.009700"
                       "?overview=false&alternatives=false&steps=false"));
    }

    void failuresAreReportedInWords_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no route") << int(FakeOsrm::Mode::NoRoute) << QStringLiteral("NoRoute");
        QTest::newRow("proxy error") << int(FakeOsrm::Mode::ServerError)
                                     << QStringLiteral("cannot be reached");
        QTest::newRow("not a route") << int(FakeOsrm::Mode::Garbage) << QStringLiteral("not an OSRM route");
        QTest::newRow("silent") << int(FakeOsrm::Mode::Silent) << QStringLiteral("did not answer");
    }
    void failuresAreReportedInWords()
    {
        QFETCH(int, mode);
        QFETCH(QString, says);
        FakeOsrm server;
        server.mode = FakeOsrm::Mode(mode);
        QNetworkAccessManager network;
        RoutingClient client(&network, server.url());
        client.setTimeoutMs(500);
        const RouteResult r = ask(client);
        QVERIFY(!r.ok);
        QCOMPARE(r.km, 0.0);
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
    }

    void deadServer()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QNetworkAccessManager network;
        RoutingClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const RouteResult r = ask(client);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("127.0.0.1")), qPrintable(r.error));
    }

    void aNewRequestCancelsTheOldOne()
    {
        FakeOsrm server;
        QNetworkAccessManager network;
        RoutingClient client(&network, server.url());
        QSignalSpy spy(&client, &RoutingClient::finished);
        client.requestRoundTrip(32, 120.8, 32.1, 120.9);
        client.requestRoundTrip(32.0097, 120.8572, 32.3711, 120.5737);
        QVERIFY(spy.wait(10000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().at(0).value<RouteResult>().ok);
    }
};

QTEST_GUILESS_MAIN(TestRoutingClient)
#include "tst_routingclient.moc"
