// N clients pushing and pulling at once against fleetdesk-server for a bounded time, then a check that no
// write was lost or doubled (docs/PERFORMANCE.md, "Sync server"). The server is the real program on a
// loopback HTTPS port; the database a PostgreSQL 15 cluster started here (or a SQLite file).
//   bench_server [--engine postgres|sqlite] [--clients 20] [--seconds 20] [--batch 20] [--workers 4]
#include "server/accounts.h"
#include "server/passwordhash.h"
#include "server/serverdatabase.h"
#include "server/serverfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
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
    parser.addOptions({ engineOpt, clientsOpt, secondsOpt, batchOpt, workersOpt });
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
