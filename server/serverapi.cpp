#include "server/serverapi.h"
#include "base/timeparse.h"
#include "positionio/fixcodec.h"
#include "server/serverdatabase.h"
#include "server/serverpositions.h"
#include "server/syncservice.h"
#include "store/recordschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <map>

namespace {

const QString Prefix = QStringLiteral("/api/v1/");

bool parseBody(const QByteArray &body, QJsonObject *out, ApiResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ServerApi::error(400, QStringLiteral("malformed_body"),
            QStringLiteral("the body is not JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = ServerApi::error(
            400, QStringLiteral("malformed_body"), QStringLiteral("the body is not a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

ApiResponse ok(const QJsonObject &body)
{
    ApiResponse r;
    r.body = body;
    return r;
}

// A client-made id: printable, no spaces, of sensible length.
bool isId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9{}._:-]{1,100}$"));
    return re.match(s).hasMatch();
}

} // namespace

ServerApi::ServerApi(ServerDatabase &db, const ServerOptions &options)
    : m_db(db)
    , m_options(options)
    , m_accounts(db, options.throttle, options.sessionLifetimeMs)
{ }

ApiResponse ServerApi::databaseError(const QString &what)
{
    qWarning("fleetdesk-server: database: %s", qPrintable(what));
    m_db.reconnectNextTime();
    return error(
        500, QStringLiteral("server_error"), QStringLiteral("the server's database failed: ") + what);
}

ApiResponse ServerApi::error(int status, const QString &code, const QString &message)
{
    ApiResponse r;
    r.status = status;
    r.body = { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    return r;
}

ApiResponse ServerApi::handle(const ApiRequest &request)
{
    if (!request.path.startsWith(Prefix))
        return error(404, QStringLiteral("not_found"), QStringLiteral("no route %1").arg(request.path));
    const QStringList parts = request.path.mid(Prefix.size()).split(QLatin1Char('/'));
    const QString route = parts.join(QLatin1Char('/'));
    auto only = [&](const char *method) { return request.method == method; };
    auto wrongMethod = [&]() {
        return error(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(request.method), request.path));
    };
    if (request.body.size() > m_options.maxBodyBytes)
        return error(413, QStringLiteral("body_too_large"),
            QStringLiteral("the body has %1 bytes; at most %2 are accepted")
                .arg(request.body.size())
                .arg(m_options.maxBodyBytes));

    if (route == QLatin1String("health"))
        return only("GET") ? ok({ { QStringLiteral("status"), QStringLiteral("ok") } }) : wrongMethod();
    if (route == QLatin1String("login"))
        return only("POST") ? login(request) : wrongMethod();

    if (route == QLatin1String("positions/ingest"))
        return only("POST") ? ingest(request) : wrongMethod();

    const bool known = route == QLatin1String("logout") || route == QLatin1String("me")
        || route == QLatin1String("positions") || route == QLatin1String("sync/push")
        || route == QLatin1String("sync/pull") || (parts.size() == 3 && parts[0] == QLatin1String("records"))
        || (parts.size() == 3 && parts[0] == QLatin1String("users")
            && parts[2] == QLatin1String("revoke-sessions"));
    if (!known)
        return error(404, QStringLiteral("not_found"), QStringLiteral("no route %1").arg(request.path));

    // Every other route needs a live session.
    if (!request.authorization.startsWith("Bearer "))
        return error(401, QStringLiteral("unauthenticated"),
            QStringLiteral("sign in first (Authorization: Bearer TOKEN)"));
    const QString token = QString::fromLatin1(request.authorization.mid(7).trimmed());
    const AuthResult auth = m_accounts.authenticate(token);
    switch (auth.status) {
    case AuthResult::Status::Ok:
        break;
    case AuthResult::Status::Unknown:
        return error(
            401, QStringLiteral("unauthenticated"), QStringLiteral("the token is not known; sign in again"));
    case AuthResult::Status::Expired:
        return error(
            401, QStringLiteral("token_expired"), QStringLiteral("the session has expired; sign in again"));
    case AuthResult::Status::Revoked:
        return error(
            401, QStringLiteral("token_revoked"), QStringLiteral("the session was ended; sign in again"));
    case AuthResult::Status::Error:
        return databaseError(auth.error);
    }
    const Account &account = auth.account;

    if (route == QLatin1String("me")) {
        if (!only("GET"))
            return wrongMethod();
        return ok({ { QStringLiteral("user"), account.name }, { QStringLiteral("role"), account.role },
            { QStringLiteral("unit"), account.unit } });
    }
    if (route == QLatin1String("logout")) {
        if (!only("POST"))
            return wrongMethod();
        QString e;
        if (!m_accounts.revoke(token, &e))
            return databaseError(e);
        return ok({ { QStringLiteral("revoked"), true } });
    }
    if (route == QLatin1String("positions"))
        return only("GET") ? positions(request) : wrongMethod();
    if (route == QLatin1String("sync/push"))
        return only("POST") ? push(request, account) : wrongMethod();
    if (route == QLatin1String("sync/pull"))
        return only("GET") ? pull(request) : wrongMethod();
    if (parts[0] == QLatin1String("records"))
        return only("GET") ? record(parts[1], parts[2]) : wrongMethod();
    return only("POST") ? revokeUser(parts[1], account) : wrongMethod();
}

ApiResponse ServerApi::login(const ApiRequest &request)
{
    QJsonObject body;
    ApiResponse bad;
    if (!parseBody(request.body, &body, &bad))
        return bad;
    const QString user = body.value(QStringLiteral("user")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (user.isEmpty() || password.isEmpty())
        return error(
            400, QStringLiteral("invalid_request"), QStringLiteral("login needs \"user\" and \"password\""));
    const LoginResult r = m_accounts.login(user, password.toUtf8(), request.address);
    switch (r.status) {
    case LoginResult::Status::Ok:
        return ok({ { QStringLiteral("token"), r.token },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_at"), TimeParse::toUtcIso(r.expiresMs) },
            { QStringLiteral("user"), r.account.name }, { QStringLiteral("role"), r.account.role },
            { QStringLiteral("unit"), r.account.unit } });
    case LoginResult::Status::BadCredentials:
        return error(401, QStringLiteral("bad_credentials"), QStringLiteral("wrong user name or password"));
    case LoginResult::Status::Throttled: {
        const qint64 seconds = (r.retryAfterMs + 999) / 1000;
        ApiResponse t = error(429, QStringLiteral("too_many_attempts"),
            QStringLiteral("too many failed sign-ins; try again in %1 s").arg(seconds));
        t.body.insert(QStringLiteral("retry_after_s"), seconds);
        t.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(seconds) });
        return t;
    }
    case LoginResult::Status::Error:
        break;
    }
    return databaseError(r.error);
}

ApiResponse ServerApi::push(const ApiRequest &request, const Account &account)
{
    if (!ServerRole::mayWriteAnything(account.role))
        return error(403, QStringLiteral("forbidden"),
            QStringLiteral("the role %1 may read but not write records").arg(account.role));
    QJsonObject body;
    ApiResponse bad;
    if (!parseBody(request.body, &body, &bad))
        return bad;
    if (!body.value(QStringLiteral("changes")).isArray())
        return error(
            400, QStringLiteral("invalid_request"), QStringLiteral("push needs \"changes\": an array"));
    const QJsonArray array = body.value(QStringLiteral("changes")).toArray();
    if (array.size() > m_options.maxBatch)
        return error(413, QStringLiteral("batch_too_large"),
            QStringLiteral("%1 changes in one push; at most %2").arg(array.size()).arg(m_options.maxBatch));
    QList<PushChange> changes;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject c = array.at(i).toObject();
        PushChange change;
        change.changeId = c.value(QStringLiteral("change_id")).toString();
        change.kind = c.value(QStringLiteral("kind")).toString();
        change.id = c.value(QStringLiteral("id")).toString();
        const QJsonValue base = c.value(QStringLiteral("base_version"));
        const QString action = c.value(QStringLiteral("action")).toString();
        change.remove = action == QLatin1String("delete");
        change.values = c.value(QStringLiteral("values")).toObject();
        QString problem;
        if (!array.at(i).isObject())
            problem = QStringLiteral("is not an object");
        else if (!isId(change.changeId))
            problem = QStringLiteral("needs a change_id (1 to 100 letters, digits or -_.:{})");
        else if (!RecordSchema::kind(change.kind))
            problem = QStringLiteral("has an unknown kind \"%1\"").arg(change.kind);
        else if (!isId(change.id))
            problem = QStringLiteral("needs an id (1 to 100 letters, digits or -_.:{})");
        else if (!base.isDouble() || base.toDouble() < 0
            || base.toDouble() != double(qint64(base.toDouble())))
            problem = QStringLiteral("needs base_version, a whole number from 0");
        else if (action != QLatin1String("upsert") && action != QLatin1String("delete"))
            problem = QStringLiteral("needs action \"upsert\" or \"delete\"");
        else if (!change.remove && !c.value(QStringLiteral("values")).isObject())
            problem = QStringLiteral("needs values, an object");
        if (!problem.isEmpty())
            return error(
                400, QStringLiteral("invalid_request"), QStringLiteral("change %1 %2").arg(i).arg(problem));
        change.baseVersion = qint64(base.toDouble());
        // The role is checked for the whole batch before anything is written.
        if (!ServerRole::mayWrite(account.role, change.kind))
            return error(403, QStringLiteral("forbidden"),
                QStringLiteral("the role %1 may not write %2").arg(account.role, change.kind));
        changes.append(change);
    }
    SyncService sync(m_db);
    QList<PushOutcome> outcomes;
    QString code, message;
    if (!sync.push(changes, account.name, &outcomes, &code, &message)) {
        if (code == QLatin1String("booking_conflict"))
            return error(
                409, code, QStringLiteral("the database refused an overlapping booking: ") + message);
        return databaseError(message);
    }
    QJsonArray results;
    for (const PushOutcome &o : std::as_const(outcomes))
        results.append(o.toJson());
    return ok({ { QStringLiteral("results"), results } });
}

ApiResponse ServerApi::pull(const ApiRequest &request)
{
    bool okAfter = true, okLimit = true;
    const QString afterText = request.query.queryItemValue(QStringLiteral("after"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&okAfter);
    const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&okLimit);
    if (!okAfter || after < 0 || !okLimit || limit < 1 || limit > m_options.maxPage)
        return error(400, QStringLiteral("invalid_request"),
            QStringLiteral("pull takes after (a whole number from 0) and limit (1 to %1)")
                .arg(m_options.maxPage));
    SyncService sync(m_db);
    PullPage page;
    QString e;
    if (!sync.pull(after, limit, &page, &e))
        return databaseError(e);
    return ok({ { QStringLiteral("changes"), page.changes }, { QStringLiteral("last_seq"), page.lastSeq },
        { QStringLiteral("more"), page.more } });
}

ApiResponse ServerApi::record(const QString &kind, const QString &id)
{
    if (!RecordSchema::kind(kind))
        return error(404, QStringLiteral("not_found"), QStringLiteral("no record kind \"%1\"").arg(kind));
    SyncService sync(m_db);
    QString e;
    const std::optional<QJsonObject> row = sync.row(kind, id, &e);
    if (!e.isEmpty())
        return databaseError(e);
    if (!row)
        return error(
            404, QStringLiteral("not_found"), QStringLiteral("%1 %2 is not on the server").arg(kind, id));
    return ok(*row);
}

ApiResponse ServerApi::revokeUser(const QString &name, const Account &account)
{
    if (account.role != ServerRole::Administrator)
        return error(403, QStringLiteral("forbidden"),
            QStringLiteral("only an administrator may end others' sessions"));
    QString e;
    const int n = m_accounts.revokeUser(name, &e);
    if (n < 0)
        return databaseError(e);
    return ok({ { QStringLiteral("revoked"), n } });
}

ApiResponse ServerApi::ingest(const ApiRequest &request)
{
    // Its own credential: a gateway key, never a person's session (and a gateway key opens nothing else).
    if (!request.authorization.startsWith("Bearer "))
        return error(401, QStringLiteral("unauthenticated"),
            QStringLiteral("ingest needs a gateway key (Authorization: Bearer KEY)"));
    const QString key = QString::fromLatin1(request.authorization.mid(7).trimmed());
    ServerPositions positions(m_db);
    QString e;
    const QString gateway = positions.gatewayFor(key, &e);
    if (!e.isEmpty())
        return databaseError(e);
    if (gateway.isEmpty()) {
        if (m_accounts.authenticate(key).status == AuthResult::Status::Ok)
            return error(403, QStringLiteral("forbidden"),
                QStringLiteral("position ingest takes a gateway key, not a user's session"));
        return error(401, QStringLiteral("unauthenticated"), QStringLiteral("the gateway key is not known"));
    }
    QJsonObject body;
    ApiResponse bad;
    if (!parseBody(request.body, &body, &bad))
        return bad;
    if (!body.value(QStringLiteral("fixes")).isArray())
        return error(
            400, QStringLiteral("invalid_request"), QStringLiteral("ingest needs \"fixes\": an array"));
    const QJsonArray array = body.value(QStringLiteral("fixes")).toArray();
    std::map<QString, std::vector<PositionFix>> byTerminal;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject f = array.at(i).toObject();
        const QString terminal = f.value(QStringLiteral("terminal_id")).toString();
        const std::optional<qint64> time = TimeParse::parseMs(f.value(QStringLiteral("time")).toString());
        const QJsonValue lat = f.value(QStringLiteral("lat")), lon = f.value(QStringLiteral("lon"));
        const QJsonValue speed = f.value(QStringLiteral("speed_kmh")),
                         heading = f.value(QStringLiteral("heading_deg"));
        QString problem;
        if (terminal.isEmpty())
            problem = QStringLiteral("needs terminal_id");
        else if (!time)
            problem = QStringLiteral("needs time, such as 2026-10-08T01:30:00.000Z");
        else if (!lat.isDouble() || !lon.isDouble() || std::abs(lat.toDouble()) > 90
            || std::abs(lon.toDouble()) > 180)
            problem = QStringLiteral("needs lat (-90 to 90) and lon (-180 to 180) as numbers");
        else if ((!speed.isUndefined() && !speed.isNull() && !speed.isDouble())
            || (!heading.isUndefined() && !heading.isNull() && !heading.isDouble()))
            problem = QStringLiteral("has speed_kmh or heading_deg that is not a number");
        if (!problem.isEmpty())
            return error(
                400, QStringLiteral("invalid_request"), QStringLiteral("fix %1 %2").arg(i).arg(problem));
        PositionFix fix;
        fix.timeMs = *time;
        fix.lat = lat.toDouble();
        fix.lon = lon.toDouble();
        if (speed.isDouble())
            fix.speedKmh = float(speed.toDouble());
        if (heading.isDouble())
            fix.headingDeg = float(heading.toDouble());
        byTerminal[terminal].push_back(fix);
    }
    QSqlDatabase db = m_db.connection();
    if (!m_db.beginWrite(db, &e))
        return databaseError(e);
    // Terminals are named by the vehicles' terminal_id field.
    QHash<QString, QString> vehicleOf;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, data FROM records WHERE kind = 'vehicles' AND deleted = 0"))) {
            e = q.lastError().text();
            m_db.rollback(db);
            return databaseError(e);
        }
        while (q.next()) {
            const QString terminal = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                         .object()
                                         .value(QStringLiteral("terminal_id"))
                                         .toString();
            if (!terminal.isEmpty())
                vehicleOf.insert(terminal, q.value(0).toString());
        }
    }
    qint64 added = 0, replaced = 0, stored = 0;
    QJsonArray unknown;
    for (auto &[terminal, fixes] : byTerminal) {
        const QString vehicle = vehicleOf.value(terminal);
        if (vehicle.isEmpty()) {
            unknown.append(terminal);
            continue;
        }
        stored += qint64(fixes.size());
        const ServerPositions::AddResult r = positions.add(vehicle, std::move(fixes));
        if (!r.ok) {
            m_db.rollback(db);
            return databaseError(r.error);
        }
        added += r.added;
        replaced += r.replaced;
    }
    if (!m_db.commit(db, &e))
        return databaseError(e);
    return ok({ { QStringLiteral("gateway"), gateway }, { QStringLiteral("stored"), stored },
        { QStringLiteral("added"), added }, { QStringLiteral("replaced"), replaced },
        { QStringLiteral("unknown_terminals"), unknown } });
}

ApiResponse ServerApi::positions(const ApiRequest &request)
{
    const QString vehicle = request.query.queryItemValue(QStringLiteral("vehicle"));
    const std::optional<qint64> from
        = TimeParse::parseMs(request.query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded));
    const std::optional<qint64> to
        = TimeParse::parseMs(request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded));
    if (vehicle.isEmpty() || !from || !to || *to <= *from)
        return error(400, QStringLiteral("invalid_request"),
            QStringLiteral("positions takes vehicle (an id), from and to (times, from before to)"));
    if (*to - *from > 367LL * 86400000)
        return error(
            400, QStringLiteral("invalid_request"), QStringLiteral("at most a year of positions at once"));
    ServerPositions positions(m_db);
    std::vector<PositionFix> fixes;
    QString e;
    if (!positions.fixes(vehicle, *from, *to, &fixes, &e))
        return databaseError(e);
    const QByteArray blob
        = fixes.empty() ? QByteArray() : FixCodec::encode(fixes, FixCodec::Compression::Auto, &e);
    if (!fixes.empty() && blob.isEmpty())
        return databaseError(e);
    return ok({ { QStringLiteral("vehicle"), vehicle },
        { QStringLiteral("from"), TimeParse::toUtcIso(*from) },
        { QStringLiteral("to"), TimeParse::toUtcIso(*to) }, { QStringLiteral("count"), qint64(fixes.size()) },
        { QStringLiteral("encoding"), QStringLiteral("fixcodec") },
        { QStringLiteral("data"), QString::fromLatin1(blob.toBase64()) } });
}
