// N clients pushing and pulling at once against fleetdesk-server for a bounded time, then a check that no
// write was lost or doubled (docs/PERFORMANCE.md, "Sync server"). The server is the real program on a
// loopback HTTPS port; the database a PostgreSQL 15 cluster started here (or a SQLite file).
//   bench_server [--engine postgres|sqlite] [--clients 20] [--seconds 20] [--batch 20] [--workers 4]
//   bench_server --positions 1000000 [--engine …]   ingest N fixes of one car through a gateway, then time
//                                                   fetching them over HTTPS (and decoding them)
#include "base/timeparse.h"
#include "positionio/fixcodec.h"
#include "server/accounts.h"
#include "server/passwordhash.h"
#include "server/serverdatabase.h"
#include "server/serverfixture.h"
#include "server/serverpositions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <memory>

namespace {

struct Client
{
    std::unique_ptr<ApiClient> api;
    int index = 0;
    int round = 0;
    QHash<QString, qint64> versions; // its own records and their last version
    qint64 lastSeq = 0;
    qint64 pushes = 0, pulls = 0, applied = 0, pulled = 0, failures = 0, conflicts = 0;
    QList<qint64> pushMs;
};

int fail(const QString &message)
{
    fprintf(stderr, "bench_server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption engineOpt(QStringLiteral("engine"), QStringLiteral("postgres or sqlite"),
        QStringLiteral("E"), QStringLiteral("postgres"));
    const QCommandLineOption clientsOpt(
        QStringLiteral("clients"), QStringLiteral("clients"), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption secondsOpt(
        QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("changes per push"),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption workersOpt(QStringLiteral("workers"), QStringLiteral("server threads"),
        QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption positionsOpt(QStringLiteral("positions"),
        QStringLiteral("instead: ingest and fetch N fixes of one car"), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOptions({ engineOpt, clientsOpt, secondsOpt, batchOpt, workersOpt, positionsOpt });
    parser.process(app);
    const bool postgres = parser.value(engineOpt) == QLatin1String("postgres");
    const int clientCount = parser.value(clientsOpt).toInt();
    const int seconds = parser.value(secondsOpt).toInt();
    const int batchSize = parser.value(batchOpt).toInt();

    PasswordHash::initialize();
    QTemporaryDir dir;
    QString out;
    if (!makeCertificate(dir.path(), QStringLiteral("server"), &out))
        return fail(out);
    std::unique_ptr<PgCluster> pg;
    QString dbArg = dir.filePath(QStringLiteral("bench.sqlite"));
    if (postgres) {
        pg = std::make_unique<PgCluster>();
        if (!pg->start(&out) || !pg->createDatabase(QStringLiteral("bench"), &out))
            return fail(out);
        dbArg = QStringLiteral("postgresql://fleetdesk@127.0.0.1:%1/bench").arg(pg->port());
    }
    DbTarget target;
    DbTarget::parse(dbArg, &target, &out);
    ServerDatabase db(target);
    if (!db.initialize())
        return fail(db.errorString());
    {
        Accounts accounts(db);
        bool replaced = false;
        if (!accounts.addUser({ QStringLiteral("admin"), ServerRole::Administrator, QString() },
                QByteArrayLiteral("bench password"), &replaced, &out))
            return fail(out);
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(FD_SERVER_BINARY),
        { QStringLiteral("--db"), dbArg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--cert"), dir.filePath(QStringLiteral("server-cert.pem")),
            QStringLiteral("--key"), dir.filePath(QStringLiteral("server-key.pem")),
            QStringLiteral("--workers"), parser.value(workersOpt) });
    if (!server.waitForReadyRead(30000))
        return fail(QStringLiteral("the server did not start"));
    const QString base
        = QStringLiteral("https://127.0.0.1:%1")
              .arg(QString::fromLocal8Bit(server.readLine()).trimmed().section(QLatin1Char(':'), -1));

    const qint64 positionCount = parser.value(positionsOpt).toLongLong();
    if (positionCount > 0) {
        ApiClient admin(dir.filePath(QStringLiteral("server-cert.pem")), nullptr);
        admin.base = base;
        admin.login(QStringLiteral("admin"), QStringLiteral("bench password"));
        const QJsonObject unit { { QStringLiteral("code"), QStringLiteral("U1") },
            { QStringLiteral("name"), QStringLiteral("U") } };
        const QJsonObject car { { QStringLiteral("plate"), QStringLiteral("苏EA1234") },
            { QStringLiteral("category"), QStringLiteral("general") },
            { QStringLiteral("unit_id"), QStringLiteral("u1") }, { QStringLiteral("seats"), 5 },
            { QStringLiteral("terminal_id"), QStringLiteral("T1") } };
        auto changeOf = [](const QString &kind, const QString &id, const QJsonObject &values) {
            return QJsonObject { { QStringLiteral("change_id"), id }, { QStringLiteral("kind"), kind },
                { QStringLiteral("id"), id }, { QStringLiteral("base_version"), 0 },
                { QStringLiteral("action"), QStringLiteral("upsert") },
                { QStringLiteral("values"), values } };
        };
        admin.call("POST", QStringLiteral("/api/v1/sync/push"),
            QJsonObject { { QStringLiteral("changes"),
                QJsonArray { changeOf(QStringLiteral("units"), QStringLiteral("u1"), unit),
                    changeOf(QStringLiteral("vehicles"), QStringLiteral("v1"), car) } } });
        bool replaced = false;
        const QByteArray key = "bench-gateway-key-0123456789abcdef0123456789";
        ServerPositions(db).addGateway(QStringLiteral("gw"), key, &replaced, &out);
        ApiClient gateway(dir.filePath(QStringLiteral("server-cert.pem")), nullptr);
        gateway.base = base;
        gateway.token = QString::fromLatin1(key);
        // A fix every 2 s for 12 h a day: 1 M fixes is 46 days of one busy car.
        const qint64 start = *TimeParse::parseMs(u"2026-10-01T00:00:00Z");
        QElapsedTimer ingestClock;
        ingestClock.start();
        qint64 sent = 0;
        while (sent < positionCount) {
            QJsonArray fixes;
            for (int k = 0; k < 40000 && sent < positionCount; ++k, ++sent) {
                const qint64 t = start + (sent / 21600) * 86400000 + (sent % 21600) * 2000;
                fixes.append(QJsonObject { { QStringLiteral("terminal_id"), QStringLiteral("T1") },
                    { QStringLiteral("time"), TimeParse::toUtcIso(t) },
                    { QStringLiteral("lat"), 31.3 + 0.01 * std::sin(sent / 500.0) },
                    { QStringLiteral("lon"), 120.6 + 0.01 * std::cos(sent / 700.0) },
                    { QStringLiteral("speed_kmh"), 30 + (sent % 40) } });
            }
            const Reply r = gateway.call("POST", QStringLiteral("/api/v1/positions/ingest"),
                QJsonObject { { QStringLiteral("fixes"), fixes } });
            if (r.status != 200)
                return fail(QStringLiteral("ingest: HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.raw)));
        }
        const double ingestS = ingestClock.elapsed() / 1000.0;
        const qint64 end = start + (positionCount / 21600 + 1) * 86400000;
        QElapsedTimer fetchClock;
        fetchClock.start();
        const Reply r = admin.call("GET",
            QStringLiteral("/api/v1/positions?vehicle=v1&from=%1&to=%2")
                .arg(TimeParse::toUtcIso(start), TimeParse::toUtcIso(end)));
        const double fetchS = fetchClock.elapsed() / 1000.0;
        std::vector<PositionFix> decoded;
        const QByteArray blob
            = QByteArray::fromBase64(r.body.value(QStringLiteral("data")).toString().toLatin1());
        FixCodec::decode(blob, &decoded);
        const double totalS = fetchClock.elapsed() / 1000.0;
        // A month of the same car: the first 30 days.
        QElapsedTimer monthClock;
        monthClock.start();
        const Reply month = admin.call("GET",
            QStringLiteral("/api/v1/positions?vehicle=v1&from=%1&to=%2")
                .arg(TimeParse::toUtcIso(start), TimeParse::toUtcIso(start + 30 * 86400000LL)));
        const double monthS = monthClock.elapsed() / 1000.0;
        server.terminate();
        server.waitForFinished();
        printf("engine %s: ingested %lld fixes in batches of 40000 in %.1f s (%.0f fixes/s)\n",
            postgres ? "postgres" : "sqlite", positionCount, ingestS, positionCount / ingestS);
        printf("fetch all: HTTP %d, %lld fixes, %lld bytes of JSON (%.2f bytes a fix), %.2f s; decoded %zu "
               "fixes, "
               "%.2f s in all\n",
            r.status, r.body.value(QStringLiteral("count")).toInteger(), qint64(r.raw.size()),
            double(r.raw.size()) / double(std::max<qint64>(1, positionCount)), fetchS, decoded.size(),
            totalS);
        printf("fetch a month (30 days): %lld fixes, %.2f s\n",
            month.body.value(QStringLiteral("count")).toInteger(), monthS);
        return r.status == 200 && qint64(decoded.size()) == positionCount ? 0 : 1;
    }

    QList<std::shared_ptr<Client>> clients;
    for (int i = 0; i < clientCount; ++i) {
        auto c = std::make_shared<Client>();
        c->index = i;
        c->api = std::make_unique<ApiClient>(dir.filePath(QStringLiteral("server-cert.pem")), nullptr);
        c->api->base = base;
        if (!c->api->login(QStringLiteral("admin"), QStringLiteral("bench password")))
            return fail(QStringLiteral("client %1 cannot sign in").arg(i));
        clients << c;
    }

    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = seconds * 1000LL;
    int running = clientCount;
    QEventLoop loop;
    // Each client: push (half new records, half edits of its own from their last version), then pull the
    // next page of everyone's changes, and again until the time is up.
    std::function<void(std::shared_ptr<Client>)> step;
    step = [&](std::shared_ptr<Client> c) {
        if (clock.elapsed() >= endMs) {
            if (--running == 0)
                loop.quit();
            return;
        }
        QJsonArray changes;
        QList<QString> ids;
        for (int k = 0; k < batchSize; ++k) {
            QString id;
            qint64 baseVersion = 0;
            if (k % 2 == 1 && !c->versions.isEmpty()) {
                const QList<QString> own = c->versions.keys();
                id = own.at((c->round * 7 + k) % own.size());
                if (ids.contains(id))
                    continue;
                baseVersion = c->versions.value(id);
            } else {
                id = QStringLiteral("c%1-r%2-k%3").arg(c->index).arg(c->round).arg(k);
            }
            ids << id;
            changes.append(QJsonObject {
                { QStringLiteral("change_id"),
                    QStringLiteral("x-") + id + QStringLiteral("-") + QString::number(c->round) },
                { QStringLiteral("kind"), QStringLiteral("units") }, { QStringLiteral("id"), id },
                { QStringLiteral("base_version"), baseVersion },
                { QStringLiteral("action"), QStringLiteral("upsert") },
                { QStringLiteral("values"),
                    QJsonObject { { QStringLiteral("code"), id.toUpper() },
                        { QStringLiteral("name"),
                            QStringLiteral("单位 %1 第%2轮").arg(id).arg(c->round) } } } });
        }
        ++c->round;
        QElapsedTimer t;
        t.start();
        QNetworkReply *push = c->api->start("POST", QStringLiteral("/api/v1/sync/push"),
            QJsonDocument(QJsonObject { { QStringLiteral("changes"), changes } })
                .toJson(QJsonDocument::Compact));
        QObject::connect(push, &QNetworkReply::finished, &loop, [&, c, push, t, ids]() {
            const Reply r = c->api->finish(push, "POST", QString());
            c->pushMs << t.elapsed();
            ++c->pushes;
            if (r.status != 200) {
                ++c->failures;
            } else {
                const QJsonArray results = r.body.value(QStringLiteral("results")).toArray();
                for (int i = 0; i < results.size(); ++i) {
                    const QJsonObject o = results.at(i).toObject();
                    if (o.value(QStringLiteral("status")).toString() == QLatin1String("applied")) {
                        ++c->applied;
                        c->versions[ids.at(i)] = o.value(QStringLiteral("version")).toInteger();
                    } else {
                        ++c->conflicts;
                    }
                }
            }
            QNetworkReply *pull = c->api->start(
                "GET", QStringLiteral("/api/v1/sync/pull?after=%1&limit=1000").arg(c->lastSeq));
            QObject::connect(pull, &QNetworkReply::finished, &loop, [&, c, pull]() {
                const Reply p = c->api->finish(pull, "GET", QString());
                ++c->pulls;
                if (p.status != 200)
                    ++c->failures;
                c->pulled += p.body.value(QStringLiteral("changes")).toArray().size();
                c->lastSeq = p.body.value(QStringLiteral("last_seq")).toInteger();
                step(c);
            });
        });
    };
    for (const auto &c : clients)
        step(c);
    loop.exec();
    const double elapsed = clock.elapsed() / 1000.0;

    qint64 pushes = 0, pulls = 0, applied = 0, pulled = 0, failures = 0, conflicts = 0;
    QList<qint64> pushMs;
    for (const auto &c : clients) {
        pushes += c->pushes;
        pulls += c->pulls;
        applied += c->applied;
        pulled += c->pulled;
        failures += c->failures;
        conflicts += c->conflicts;
        pushMs += c->pushMs;
    }
    std::sort(pushMs.begin(), pushMs.end());
    // No lost or doubled write: the change log holds exactly the applied changes, each once, and a full
    // pull from 0 returns them all.
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT change_id), MAX(seq) FROM change_log"));
    q.next();
    const qint64 logged = q.value(0).toLongLong(), distinct = q.value(1).toLongLong();
    auto checker = std::make_unique<ApiClient>(dir.filePath(QStringLiteral("server-cert.pem")), nullptr);
    checker->base = base;
    checker->login(QStringLiteral("admin"), QStringLiteral("bench password"));
    qint64 after = 0, all = 0;
    for (;;) {
        const Reply r
            = checker->call("GET", QStringLiteral("/api/v1/sync/pull?after=%1&limit=1000").arg(after));
        all += r.body.value(QStringLiteral("changes")).toArray().size();
        after = r.body.value(QStringLiteral("last_seq")).toInteger();
        if (!r.body.value(QStringLiteral("more")).toBool())
            break;
    }
    server.terminate();
    server.waitForFinished();

    printf("engine %s, %d clients, %d changes a push, %s server workers, %.1f s\n",
        postgres ? "postgres" : "sqlite", clientCount, batchSize, qPrintable(parser.value(workersOpt)),
        elapsed);
    printf("pushes %lld (%.1f/s), changes applied %lld (%.0f/s), conflicts %lld, failed requests %lld\n",
        pushes, pushes / elapsed, applied, applied / elapsed, conflicts, failures);
    printf(
        "pulls %lld (%.1f/s), rows pulled %lld (%.0f/s)\n", pulls, pulls / elapsed, pulled, pulled / elapsed);
    if (!pushMs.isEmpty())
        printf("push latency ms: median %lld, p95 %lld, max %lld\n", pushMs.at(pushMs.size() / 2),
            pushMs.at(pushMs.size() * 95 / 100), pushMs.last());
    printf("change log %lld rows, %lld distinct change ids; full pull %lld; applied %lld -> %s\n", logged,
        distinct, all, applied,
        logged == applied && distinct == applied && all == applied ? "no write lost or doubled" : "MISMATCH");
    return logged == applied && distinct == applied && all == applied && failures == 0 ? 0 : 1;
}
