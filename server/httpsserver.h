#pragma once
// The HTTPS front end: QHttpServer with the certificate and key (Qt 6.4's sslSetup), every route answered
// by ServerApi on a worker thread of its own pool. A route returns a QFuture, so a slow Argon2 check or a
// large push never stalls the thread that accepts connections and reads requests, and sign-ins run on a pool
// of their own so that slow password hashing never holds up sync.
#include "server/serverapi.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QThreadPool>
#include <memory>

class HttpsServer
{
public:
    HttpsServer(ServerDatabase &db, const ServerOptions &options, int workers = 4);
    ~HttpsServer();

    // Listens on address:port (0 = any free port) with the PEM certificate and key. False and *error when the
    // files cannot be read or the address cannot be bound.
    bool start(const QHostAddress &address, quint16 port, const QString &certFile, const QString &keyFile,
        QString *error);
    quint16 port() const { return m_port; }

private:
    ServerApi m_api;
    QThreadPool m_pool;
    QThreadPool m_loginPool;
    QHttpServer m_http;
    quint16 m_port = 0;
};
