#pragma once
// The HTTP API (docs/api.yaml) as a plain function from a request to a response, so that it runs on any
// worker thread (each has its own database connection) and can be read without the transport. Every route
// checks the bearer token and the role before it touches a record; every error is JSON {code, message}.
#include "server/accounts.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class ServerDatabase;

struct ServerOptions
{
    ThrottlePolicy throttle;
    qint64 sessionLifetimeMs = 12 * 3600 * 1000; // a working day and its overtime
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxBatch = 1000; // changes per push
    int maxPage = 1000; // changes per pull
};

struct ApiRequest
{
    QByteArray method; // GET, POST, …
    QString path; // /api/v1/…
    QUrlQuery query;
    QByteArray authorization; // the Authorization header
    QByteArray body;
    QString address; // the client's IP address
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class ServerApi
{
public:
    ServerApi(ServerDatabase &db, const ServerOptions &options);
    ApiResponse handle(const ApiRequest &request);

    static ApiResponse error(int status, const QString &code, const QString &message);

private:
    ApiResponse databaseError(const QString &what);
    ApiResponse login(const ApiRequest &request);
    ApiResponse push(const ApiRequest &request, const Account &account);
    ApiResponse pull(const ApiRequest &request);
    ApiResponse record(const QString &kind, const QString &id);
    ApiResponse revokeUser(const QString &name, const Account &account);
    ApiResponse ingest(const ApiRequest &request);
    ApiResponse positions(const ApiRequest &request);

    ServerDatabase &m_db;
    ServerOptions m_options;
    Accounts m_accounts;
};
