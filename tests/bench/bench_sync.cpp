// The desktop's sync client against the real fleetdesk-server on loopback HTTPS (docs/PERFORMANCE.md,
// "Sync client"): the first full sync of the demo fleet (a desk pushing all of it, then a new desk pulling
// all of it), and a desk pulling N fixes of one car into its own tracks (HTTPS, decode, local store).
//   bench_sync [--engine sqlite|postgres] [--positions 1000000]
#include "base/timeparse.h"
#include "demo/demodata.h"
#include "store/database.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "support/serverprocess.h"
#include "support/testdb.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

int fail(const QString &message)
{
    fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption engineOpt(QStringLiteral("engine"), QStringLiteral("sqlite or postgres"),
        QStringLiteral("E"), QStringLiteral("sqlite"));
    const QCommandLineOption positionsOpt(QStringLiteral("positions"),
        QStringLiteral("fixes of one car to pull"), QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOptions({ engineOpt, positionsOpt });
    parser.process(app);
    const bool postgres = parser.value(engineOpt) == QLatin1String("postgres");
    const qint64 positionCount = parser.value(positionsOpt).toLongLong();

    QTemporaryDir dir;
    QString out;
    if (!makePrivateCa(dir.path(), QStringLiteral("city"), &out))
        return fail(out);
    std::unique_ptr<PgCluster> pg;
    QString dbArg = dir.filePath(QStringLiteral("server.sqlite"));
    if (postgres) {
        pg = std::make_unique<PgCluster>();
        if (!pg->start(&out) || !pg->createDatabase(QStringLiteral("bench"), &out))
            return fail(out);
        dbArg = QStringLiteral("postgresql://fleetdesk@127.0.0.1:%1/bench").arg(pg->port());
    }
    const QString pw = dir.filePath(QStringLiteral("pw"));
    QFile pwFile(pw);
    if (!pwFile.open(QIODevice::WriteOnly))
        return fail(pw);
    pwFile.write("bench password\n");
    pwFile.close();
    if (!ServerProcess::addUser(QStringLiteral(FD_SERVER_BINARY), dbArg, QStringLiteral("admin"),
            QStringLiteral("administrator"), pw, &out))
        return fail(out);
    ServerProcess server(QStringLiteral(FD_SERVER_BINARY), dbArg,
        dir.filePath(QStringLiteral("city-server-cert.pem")),
        dir.filePath(QStringLiteral("city-server-key.pem")));
    if (!server.start(&out))
        return fail(out);
    const QString ca = dir.filePath(QStringLiteral("city-ca.pem"));

    // The demo fleet on a desk, pushed by its first sync; then a new desk's first sync pulls it all.
    Database db1(QStringLiteral("desk1"));
    if (!db1.open(dir.filePath(QStringLiteral("desk1.sqlite"))))
        return fail(db1.errorString());
    RecordStore store1(db1.connection());
    if (!DemoData(store1).fill())
        return fail(QStringLiteral("the demo data was refused"));
    SyncClient client1;
    client1.configure(server.url(), ca, &out);
    SyncEngine engine1(store1, client1);
    QElapsedTimer clock;
    clock.start();
    SyncReport r = engine1.run(QStringLiteral("admin"), QStringLiteral("bench password"));
    const double pushS = clock.elapsed() / 1000.0;
    if (!r.ok)
        return fail(r.error);
    printf("engine %s: first sync of the demo fleet (push): %d records in %.2f s (%.0f records/s), %d "
           "problems\n",
        postgres ? "postgres" : "sqlite", r.pushed, pushS, r.pushed / pushS, int(r.problems.size()));

    Database db2(QStringLiteral("desk2"));
    if (!db2.open(dir.filePath(QStringLiteral("desk2.sqlite"))))
        return fail(db2.errorString());
    RecordStore store2(db2.connection());
    SyncClient client2;
    client2.configure(server.url(), ca, &out);
    SyncEngine engine2(store2, client2);
    clock.restart();
    r = engine2.run(QStringLiteral("admin"), QStringLiteral("bench password"));
    const double pullS = clock.elapsed() / 1000.0;
    if (!r.ok)
        return fail(r.error);
    printf("first sync of a new desk (pull): %d records in %.2f s (%.0f records/s), %d left waiting\n",
        r.pulled, pullS, r.pulled / pullS, r.pending);

    if (positionCount <= 0)
        return 0;
    // One car with a terminal, N fixes through a gateway (a fix every 2 s, 12 h a day), then pulled by
    // desk 2.
    const QString unitId = store1.findByKey(Kind::Units, QStringLiteral("NT003"))->id;
    Record car = vehicleRecord(QStringLiteral("苏F·B9999"), unitId);
    car.values.insert(Field::TerminalId, QStringLiteral("BENCH1"));
    const SaveResult saved = store1.save(Kind::Vehicles, car, QStringLiteral("admin"));
    if (!saved.ok)
        return fail(saved.message());
    if (!engine1.run().ok || !engine2.run().ok)
        return fail(QStringLiteral("the car did not sync"));
    const QByteArray key = "bench-gateway-key-0123456789abcdef0123456789";
    const QString keyFile = dir.filePath(QStringLiteral("gw.key"));
    QFile k(keyFile);
    if (!k.open(QIODevice::WriteOnly))
        return fail(keyFile);
    k.write(key + "\n");
    k.close();
    if (!runProgram(QStringLiteral(FD_SERVER_BINARY),
            { QStringLiteral("--db"), dbArg, QStringLiteral("add-gateway"), QStringLiteral("gw"),
                QStringLiteral("--key-file"), keyFile },
            &out))
        return fail(out);
    ApiClient gateway(ca, nullptr);
    gateway.base = server.url();
    gateway.token = QString::fromLatin1(key);
    const qint64 start = 1791421200000; // 2026-10-08T09:00:00+08:00
    qint64 sent = 0;
    qint64 lastMs = start;
    while (sent < positionCount) {
        QJsonArray fixes;
        for (int i = 0; i < 40000 && sent < positionCount; ++i, ++sent) {
            const qint64 day = sent / 21600, inDay = sent % 21600;
            lastMs = start + day * 86400000LL + inDay * 2000;
            fixes.append(QJsonObject { { QStringLiteral("terminal_id"), QStringLiteral("BENCH1") },
                { QStringLiteral("time"), TimeParse::toUtcIso(lastMs) },
                { QStringLiteral("lat"), 32.0 + 0.01 * std::sin(sent / 500.0) },
                { QStringLiteral("lon"), 120.8 + 0.01 * std::cos(sent / 700.0) },
                { QStringLiteral("speed_kmh"), 30.0 + (sent % 40) } });
        }
        const Reply ingest = gateway.call("POST", QStringLiteral("/api/v1/positions/ingest"),
            QJsonObject { { QStringLiteral("fixes"), fixes } });
        if (ingest.status != 200)
            return fail(
                QStringLiteral("ingest: HTTP %1 %2").arg(ingest.status).arg(QString::fromUtf8(ingest.raw)));
    }
    clock.restart();
    qint64 count = 0;
    if (!engine2.pullPositions(saved.id, start, lastMs + 1, &count, &out))
        return fail(out);
    const double posS = clock.elapsed() / 1000.0;
    const size_t stored = PositionStore(db2.connection()).fixes(saved.id, start, lastMs + 1).size();
    printf(
        "pull positions: %lld fixes of one car over HTTPS, decoded and stored in the desk's tracks in %.2f s "
        "(%.0f fixes/s); %zu stored\n",
        count, posS, count / posS, stored);
    return 0;
}
