#pragma once
// What the server suites share: certificates made at test time with openssl, a real PostgreSQL 15 cluster
// started in a temporary folder on a loopback port (FD_TEST_BACKEND=postgres), a fresh database per test,
// and an HTTPS client that checks every answer against docs/api.yaml (converted to JSON at build time).
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <unistd.h>

// Runs a program and waits; the output when it fails, so a failing setup says why.
inline bool runProgram(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *output = program + QStringLiteral(": cannot start: ") + p.errorString();
        return false;
    }
    p.waitForFinished(120000);
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A self-signed certificate for 127.0.0.1/localhost: it is its own CA, which the client trusts explicitly.
inline bool makeCertificate(const QString &dir, const QString &name, QString *output)
{
    return runProgram(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            dir + QLatin1Char('/') + name + QStringLiteral("-key.pem"), QStringLiteral("-out"),
            dir + QLatin1Char('/') + name + QStringLiteral("-cert.pem"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") },
        output);
}

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// A PostgreSQL 15 cluster of its own: initdb into a temporary folder, pg_ctl on a loopback port, trust
// authentication for the superuser "fleetdesk". As root, the server runs as the postgres user (it refuses
// root).
class PgCluster
{
public:
    ~PgCluster() { stop(); }
    bool start(QString *error)
    {
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
        if (!QFile::exists(bin + QStringLiteral("initdb"))) {
            *error = QStringLiteral("PostgreSQL 15 is not installed (scripts/setup.sh installs it)");
            return false;
        }
        m_root = geteuid() == 0;
        QString out;
        if (m_root
            && !runProgram(QStringLiteral("chown"), { QStringLiteral("postgres"), m_dir.path() }, &out)) {
            *error = out;
            return false;
        }
        m_port = freePort();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(bin + QStringLiteral("initdb"),
                { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("fleetdesk"),
                    QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                    QStringLiteral("--no-sync") },
                error))
            return false;
        if (!run(bin + QStringLiteral("pg_ctl"),
                { QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                    QStringLiteral("-w"), QStringLiteral("-o"),
                    QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off")
                        .arg(m_port)
                        .arg(m_dir.path()),
                    QStringLiteral("start") },
                error))
            return false;
        m_started = true;
        return true;
    }
    // Stops and starts the cluster again: every connection to it is cut.
    bool restart(QString *error)
    {
        return run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
            { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-o"),
                QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off")
                    .arg(m_port)
                    .arg(m_dir.path()),
                QStringLiteral("restart") },
            error);
    }
    void stop()
    {
        if (!m_started)
            return;
        QString out;
        run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
            { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("stop") },
            &out);
        m_started = false;
    }
    quint16 port() const { return m_port; }
    // A new empty database for one test.
    bool createDatabase(const QString &name, QString *error)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(QStringLiteral("fleetdesk"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
                if (!ok)
                    *error = q.lastError().text();
            } else {
                *error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
        return ok;
    }

private:
    bool run(const QString &program, const QStringList &args, QString *output)
    {
        if (m_root)
            return runProgram(QStringLiteral("runuser"),
                QStringList {
                    QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                    + args,
                output);
        return runProgram(program, args, output);
    }
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_root = false;
    bool m_started = false;
};

struct Reply
{
    int status = 0; // 0: no HTTP answer (a TLS or connection failure)
    QJsonObject body;
    QByteArray raw;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

// Checks an answer against docs/api.yaml: the route and method are described, the status is one of the
// route's responses, and the body has the required fields of the response's schema (one level down into
// arrays of objects as well).
class ApiSpec
{
public:
    bool load(const QString &jsonFile, QString *error)
    {
        QFile f(jsonFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = jsonFile + QStringLiteral(": ") + f.errorString();
            return false;
        }
        m_spec = QJsonDocument::fromJson(f.readAll()).object();
        return !m_spec.isEmpty();
    }
    // Empty when the answer matches; else what does not.
    QString check(const QByteArray &method, const QString &path, const Reply &reply) const
    {
        const QJsonObject paths = m_spec.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(
                QRegularExpression(QStringLiteral("\\\\\\{[a-z_]+\\\\\\}")), QStringLiteral("[^/]+"));
            if (!QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')).match(path).hasMatch())
                continue;
            const QJsonObject op
                = it.value().toObject().value(QString::fromLatin1(method).toLower()).toObject();
            if (op.isEmpty())
                return reply.status == 405
                    ? QString()
                    : QStringLiteral("%1 %2 is not in api.yaml").arg(QString::fromLatin1(method), path);
            const QJsonObject response = op.value(QStringLiteral("responses"))
                                             .toObject()
                                             .value(QString::number(reply.status))
                                             .toObject();
            if (response.isEmpty())
                return QStringLiteral("%1 %2 answered %3, which api.yaml does not list")
                    .arg(QString::fromLatin1(method), path)
                    .arg(reply.status);
            const QJsonObject schema = resolve(response.value(QStringLiteral("content"))
                                                   .toObject()
                                                   .value(QStringLiteral("application/json"))
                                                   .toObject()
                                                   .value(QStringLiteral("schema"))
                                                   .toObject());
            return checkObject(schema, reply.body,
                QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(method), path).arg(reply.status));
        }
        // A path the API does not have: 404 with the error body.
        if (reply.status == 404)
            return checkObject(resolve(QJsonObject { { QStringLiteral("$ref"),
                                   QStringLiteral("#/components/schemas/Error") } }),
                reply.body, path);
        return QStringLiteral("%1 is not in api.yaml").arg(path);
    }

private:
    QJsonObject resolve(const QJsonObject &schema) const
    {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return schema;
        const QString name = ref.section(QLatin1Char('/'), -1);
        return resolve(m_spec.value(QStringLiteral("components"))
                           .toObject()
                           .value(QStringLiteral("schemas"))
                           .toObject()
                           .value(name)
                           .toObject());
    }
    QString checkObject(const QJsonObject &schemaIn, const QJsonObject &body, const QString &where) const
    {
        const QJsonObject schema = resolve(schemaIn);
        for (const QJsonValue &field : schema.value(QStringLiteral("required")).toArray()) {
            if (!body.contains(field.toString()))
                return QStringLiteral("%1: required field \"%2\" missing in %3")
                    .arg(where, field.toString(),
                        QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QJsonObject prop = resolve(it.value().toObject());
            const QJsonValue value = body.value(it.key());
            if (value.isUndefined())
                continue;
            const QString type = prop.value(QStringLiteral("type")).toString();
            const bool typeOk = type.isEmpty() || (type == QLatin1String("string") && value.isString())
                || (type == QLatin1String("integer") && value.isDouble())
                || (type == QLatin1String("number") && value.isDouble())
                || (type == QLatin1String("boolean") && value.isBool())
                || (type == QLatin1String("object") && value.isObject())
                || (type == QLatin1String("array") && value.isArray());
            if (!typeOk)
                return QStringLiteral("%1: field \"%2\" is not %3").arg(where, it.key(), type);
            if (type == QLatin1String("array")) {
                const QJsonObject items = resolve(prop.value(QStringLiteral("items")).toObject());
                for (const QJsonValue &v : value.toArray()) {
                    const QString e = checkObject(items, v.toObject(), where + QLatin1Char('.') + it.key());
                    if (!e.isEmpty())
                        return e;
                }
            }
            if (type == QLatin1String("object") && prop.contains(QStringLiteral("required"))) {
                const QString e = checkObject(prop, value.toObject(), where + QLatin1Char('.') + it.key());
                if (!e.isEmpty())
                    return e;
            }
        }
        return {};
    }
    QJsonObject m_spec;
};

// An HTTPS client that trusts one CA certificate and nothing else.
class ApiClient
{
public:
    ApiClient(const QString &caFile, const ApiSpec *spec)
        : m_spec(spec)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    QString base;
    QString token;
    QString specError; // the first answer that did not match api.yaml

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkReply *reply = start(method, path, body);
        return finish(reply, method, path);
    }
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(base + path));
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return m_nam.sendCustomRequest(request, method, body);
    }
    Reply finish(QNetworkReply *reply, const QByteArray &method, const QString &path)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.body = QJsonDocument::fromJson(r.raw).object();
        r.error = reply->error();
        r.errorText = reply->errorString();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        if (r.status != 0 && m_spec && specError.isEmpty())
            specError = m_spec->check(method, QUrl(base + path).path(), r);
        return r;
    }
    bool login(const QString &user, const QString &password)
    {
        const Reply r = call("POST", QStringLiteral("/api/v1/login"),
            QJsonObject { { QStringLiteral("user"), user }, { QStringLiteral("password"), password } });
        token = r.body.value(QStringLiteral("token")).toString();
        return r.status == 200 && !token.isEmpty();
    }

private:
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    const ApiSpec *m_spec;
};
