// The desktop's sync client (sync/) against the real fleetdesk-server over loopback HTTPS, its certificate
// signed by a private CA made at test time, the server on an SQLite file or (FD_TEST_BACKEND=postgres) on a
// PostgreSQL 15 cluster of its own. Clients are real SQLite files.
#include "base/timeparse.h"
#include "domain/dispatchservice.h"
#include "domain/settlement.h"
#include "domain/supervisionservice.h"
#include "positionio/fixcodec.h"
#include "store/database.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/supervisionstore.h"
#include "support/serverprocess.h"
#include "support/testdb.h"
#include "sync/backgroundsync.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

const QString Password = QStringLiteral("a long test password");

// One desktop: its own file, its own session with the server.
struct Desk
{
    Desk(const QString &path, const QString &name)
        : db(QStringLiteral("desk-%1").arg(name))
    {
        if (!db.open(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorString()));
        store = std::make_unique<RecordStore>(db.connection());
        engine = std::make_unique<SyncEngine>(*store, client);
        engine->setRetry({ 2, 100, 200 });
    }
    Database db;
    std::unique_ptr<RecordStore> store;
    SyncClient client;
    std::unique_ptr<SyncEngine> engine;
    QString user;

    bool connect(const QString &url, const QString &ca, const QString &userName)
    {
        user = userName;
        QString e;
        return client.configure(url, ca, &e);
    }
    SyncReport sync() { return engine->run(user, Password); }
    QString save(const QString &kind, Record r)
    {
        const SaveResult s = store->save(kind, r, user);
        if (!s.ok)
            qWarning("save %s: %s", qPrintable(kind), qPrintable(s.message()));
        return s.id;
    }
    // Every record of every kind as text (values, version, tombstone): two desks that converged print the
    // same.
    QString dump() const
    {
        QStringList lines;
        for (const RecordKind &kind : RecordSchema::kinds()) {
            for (const Record &r : store->records(kind.id, true)) {
                if (r.deleted && r.version == 0)
                    continue; // never on the server: this desk's own history
                QStringList values;
                for (const FieldSpec &f : kind.fields)
                    values << f.name + QLatin1Char('=') + r.values.value(f.name).toString();
                lines << QStringLiteral("%1 %2 v%3 %4 %5")
                             .arg(kind.id, r.id)
                             .arg(r.version)
                             .arg(r.deleted ? QStringLiteral("deleted") : QStringLiteral("live"),
                                 values.join(u' '));
            }
        }
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    }
};

Record unit(const QString &code, const QString &name)
{
    return unitRecord(code, name);
}

Record driver(const QString &code, const QString &name)
{
    Record r;
    r.values = { { Field::Code, code }, { Field::Name, name }, { Field::Status, DriverStatus::Active },
        { Field::LicenseClass, QStringLiteral("C1") } };
    return r;
}

Record request(const QString &code, const QString &unitId, const QString &from, const QString &to)
{
    Record r;
    r.values = { { Field::Code, code }, { Field::UnitId, unitId }, { Field::Passengers, 2 },
        { Field::StartAt, from }, { Field::EndAt, to }, { Field::DestName, QStringLiteral("如皋市政府") },
        { Field::DestLat, 32.3711 }, { Field::DestLon, 120.5737 }, { Field::NavKm, 96.0 } };
    return r;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    bool postgres() const { return qEnvironmentVariable("FD_TEST_BACKEND") == QLatin1String("postgres"); }
    QString dbArgument() const
    {
        return postgres()
            ? QStringLiteral("postgresql://fleetdesk@127.0.0.1:%1/%2").arg(m_pg->port()).arg(m_dbName)
            : m_files->filePath(QStringLiteral("server.sqlite"));
    }
    QString ca(const QString &name = QStringLiteral("city")) const
    {
        return m_certs.filePath(name + QStringLiteral("-ca.pem"));
    }
    std::unique_ptr<ServerProcess> server(quint16 port = 0)
    {
        return std::make_unique<ServerProcess>(QStringLiteral(FD_SERVER_BINARY), dbArgument(),
            m_certs.filePath(QStringLiteral("city-server-cert.pem")),
            m_certs.filePath(QStringLiteral("city-server-key.pem")), port);
    }
    std::unique_ptr<Desk> desk(const QString &name, const QString &user)
    {
        auto d = std::make_unique<Desk>(m_files->filePath(name + QStringLiteral(".sqlite")), name);
        if (!d->connect(m_server->url(), ca(), user))
            qWarning("cannot configure %s", qPrintable(name));
        return d;
    }
    QString passwordFile() const { return m_files->filePath(QStringLiteral("pw")); }
    // The administrator's fleet on desk `d`: an agency, a car, two drivers. Returns the unit's id.
    QString seedFleet(Desk &d)
    {
        const QString u = d.save(Kind::Units, unit(QStringLiteral("U1"), QStringLiteral("市政府办公室")));
        d.save(Kind::Vehicles, vehicleRecord(QStringLiteral("苏E·A1234"), u));
        d.save(Kind::Vehicles, vehicleRecord(QStringLiteral("苏E·A5678"), u));
        d.save(Kind::Drivers, driver(QStringLiteral("D1"), QStringLiteral("王师傅")));
        d.save(Kind::Drivers, driver(QStringLiteral("D2"), QStringLiteral("李师傅")));
        return u;
    }
    // What the server has: one entry per applied change (through a pull from the start).
    QList<QJsonObject> serverChanges()
    {
        SyncClient c;
        QString e;
        c.configure(m_server->url(), ca(), &e);
        QList<QJsonObject> all;
        if (!c.login(QStringLiteral("admin"), Password).ok())
            return all;
        qint64 after = 0;
        for (;;) {
            const SyncReply r = c.pull(after, 1000);
            if (!r.ok())
                break;
            for (const QJsonValue &v : r.body.value(QStringLiteral("changes")).toArray())
                all << v.toObject();
            after = qint64(r.body.value(QStringLiteral("last_seq")).toDouble());
            if (!r.body.value(QStringLiteral("more")).toBool())
                break;
        }
        return all;
    }

    QTemporaryDir m_certs;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<PgCluster> m_pg;
    std::unique_ptr<ServerProcess> m_server;
    QString m_dbName;
    int m_testNo = 0;

private slots:
    void initTestCase()
    {
        QString out;
        QVERIFY2(makePrivateCa(m_certs.path(), QStringLiteral("city"), &out), qPrintable(out));
        QVERIFY2(makePrivateCa(m_certs.path(), QStringLiteral("other"), &out), qPrintable(out));
        if (postgres()) {
            m_pg = std::make_unique<PgCluster>();
            QVERIFY2(m_pg->start(&out), qPrintable(out));
        }
    }

    // A fresh server database with its users, and the server running on it.
    void init()
    {
        m_files = std::make_unique<QTemporaryDir>();
        m_dbName = QStringLiteral("sync%1").arg(++m_testNo);
        QString out;
        if (postgres())
            QVERIFY2(m_pg->createDatabase(m_dbName, &out), qPrintable(out));
        QFile pw(passwordFile());
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(Password.toUtf8() + "\n");
        pw.close();
        const QList<QPair<QString, QString>> users { { QStringLiteral("admin"),
                                                         QStringLiteral("administrator") },
            { QStringLiteral("desk1"), QStringLiteral("dispatcher") },
            { QStringLiteral("desk2"), QStringLiteral("dispatcher") },
            { QStringLiteral("audit"), QStringLiteral("auditor") } };
        for (const auto &[name, role] : users)
            QVERIFY2(ServerProcess::addUser(
                         QStringLiteral(FD_SERVER_BINARY), dbArgument(), name, role, passwordFile(), &out),
                qPrintable(out));
        m_server = server();
        QVERIFY2(m_server->start(&out), qPrintable(out));
    }

    void cleanup()
    {
        m_server.reset();
        m_files.reset();
    }

    // A new desk pulls everything another pushed, writes it without queuing it back, and the two converge
    // after concurrent edits: different records merge, the same record edited on both becomes a conflict
    // with both versions, and the choice settles it the same way on both desks.
    void twoDesksConvergeAfterConcurrentEdits()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        const QString u = seedFleet(*a);
        QCOMPARE(a->engine->local().pendingCount(), 5);
        SyncReport r = a->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pushed, 5);
        QCOMPARE(a->engine->local().pendingCount(), 0);
        for (const Record &v : a->store->records(Kind::Vehicles))
            QVERIFY(v.version > 0);

        auto b = desk(QStringLiteral("b"), QStringLiteral("admin"));
        r = b->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pulled, 5);
        QCOMPARE(b->engine->local().pendingCount(), 0); // pulled rows are not queued back
        QCOMPARE(b->dump(), a->dump());
        QVERIFY(b->engine->local().lastSeq() > 0);
        // The audit trail here names who made the change on the server.
        QCOMPARE(b->store->history(Kind::Units, u).value(0).user, QStringLiteral("admin"));

        // Concurrent edits: A changes car 1's model and adds a driver; B changes car 2's seats and car 1's
        // model as well.
        Record a1 = *a->store->findByKey(Kind::Vehicles, QStringLiteral("苏E·A1234"));
        a1.values.insert(Field::Model, QStringLiteral("A的型号"));
        a->save(Kind::Vehicles, a1);
        a->save(Kind::Drivers, driver(QStringLiteral("D3"), QStringLiteral("张师傅")));
        Record b1 = *b->store->findByKey(Kind::Vehicles, QStringLiteral("苏E·A1234"));
        b1.values.insert(Field::Model, QStringLiteral("B的型号"));
        b->save(Kind::Vehicles, b1);
        Record b2 = *b->store->findByKey(Kind::Vehicles, QStringLiteral("苏E·A5678"));
        b2.values.insert(Field::Seats, 7);
        b->save(Kind::Vehicles, b2);

        r = a->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        r = b->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.problems.size(), 1);
        const SyncConflict c = r.problems.first();
        QCOMPARE(c.code, QStringLiteral("stale_version"));
        QCOMPARE(c.recordId, b1.id);
        // Both versions kept: mine and the server's.
        QCOMPARE(c.localRow.value(QStringLiteral("values")).toObject().value(Field::Model).toString(),
            QStringLiteral("B的型号"));
        QCOMPARE(c.serverRow.value(QStringLiteral("values")).toObject().value(Field::Model).toString(),
            QStringLiteral("A的型号"));
        QCOMPARE(b->engine->local().conflicts().size(), 1);
        // Until the choice, B keeps its own version (never silently overwritten by the pull).
        QCOMPARE(b->store->record(Kind::Vehicles, b1.id)->text(Field::Model), QStringLiteral("B的型号"));
        // B got A's new driver; A gets B's seats.
        QVERIFY(b->store->findByKey(Kind::Drivers, QStringLiteral("D3")));
        r = a->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(a->store->record(Kind::Vehicles, b2.id)->value(Field::Seats).toInt(), 7);

        // B keeps its version: pushed over the server's on purpose, and A takes it on its next sync.
        QString e;
        QVERIFY2(b->engine->local().resolve(c.id, SyncLocal::Choice::KeepMine, b->user, &e), qPrintable(e));
        QVERIFY(b->engine->local().conflicts().isEmpty());
        r = b->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        r = a->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        QCOMPARE(a->store->record(Kind::Vehicles, b1.id)->text(Field::Model), QStringLiteral("B的型号"));
        QCOMPARE(b->dump(), a->dump());

        // Once more the other way: both edit, B takes theirs.
        a1 = *a->store->record(Kind::Vehicles, b1.id);
        a1.values.insert(Field::Model, QStringLiteral("第三版"));
        a->save(Kind::Vehicles, a1);
        b1 = *b->store->record(Kind::Vehicles, b1.id);
        b1.values.insert(Field::Model, QStringLiteral("第四版"));
        b->save(Kind::Vehicles, b1);
        QVERIFY(a->sync().ok);
        r = b->sync();
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(
            b->engine->local().resolve(r.problems.first().id, SyncLocal::Choice::TakeTheirs, b->user, &e),
            qPrintable(e));
        QCOMPARE(b->store->record(Kind::Vehicles, b1.id)->text(Field::Model), QStringLiteral("第三版"));
        QCOMPARE(b->engine->local().pendingCount(), 0);
        QVERIFY(b->sync().ok);
        QVERIFY(a->sync().ok);
        QCOMPARE(b->dump(), a->dump());
    }

    // The books' kinds (issue 14) reach a second desk: a designated repair shop and a repair naming it, a
    // maintenance plan, payments (with and without the order they name: the reference is an optional part
    // of their key), and a dispatcher's charge adjustment with its reason, kept in the history there.
    void booksKindsAndChargeAdjustmentsReachTheOtherDesk()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        const QString u = seedFleet(*a);
        const QString car = a->store->findByKey(Kind::Vehicles, QStringLiteral("苏E·A1234"))->id;
        const QString drv = a->store->findByKey(Kind::Drivers, QStringLiteral("D1"))->id;
        Record shop;
        shop.values
            = { { Field::Code, QStringLiteral("S01") }, { Field::Name, QStringLiteral("城东定点维修厂") },
                  { Field::Address, QStringLiteral("城东路8号") },
                  { Field::ContractFrom, QStringLiteral("2026-01-01") },
                  { Field::ContractTo, QStringLiteral("2026-12-31") } };
        const QString shopId = a->save(Kind::Shops, shop);
        QVERIFY(!shopId.isEmpty());
        Record repair;
        repair.values = { { Field::VehicleId, car }, { Field::Date, QStringLiteral("2026-10-12") },
            { Field::Shop, QStringLiteral("城东定点维修厂") }, { Field::Items, QStringLiteral("更换刹车片") },
            { Field::CostYuan, 860.0 }, { Field::ShopId, shopId } };
        QVERIFY(!a->save(Kind::Maintenance, repair).isEmpty());
        Record plan;
        plan.values = { { Field::VehicleId, car }, { Field::Item, PlanItem::Servicing },
            { Field::EveryKm, 10000.0 }, { Field::EveryMonths, 6 },
            { Field::LastDate, QStringLiteral("2026-06-01") }, { Field::LastKm, 20000.0 } };
        QVERIFY(!a->save(Kind::Plans, plan).isEmpty());
        Record paid;
        paid.values = { { Field::UnitId, u }, { Field::PaidOn, QStringLiteral("2026-11-05") },
            { Field::AmountYuan, 175.0 }, { Field::Reference, QStringLiteral("T1") } };
        QVERIFY(!a->save(Kind::Payments, paid).isEmpty());
        Record unnamed;
        unnamed.values = { { Field::UnitId, u }, { Field::PaidOn, QStringLiteral("2026-11-05") },
            { Field::AmountYuan, 100.0 }, { Field::Note, QStringLiteral("未写派车单号") } };
        QVERIFY(!a->save(Kind::Payments, unnamed).isEmpty());
        Record trip;
        trip.values = { { Field::Code, QStringLiteral("T1") }, { Field::VehicleId, car },
            { Field::DriverId, drv }, { Field::StartAt, QStringLiteral("2026-10-08T01:00:00.000Z") },
            { Field::EndAt, QStringLiteral("2026-10-08T03:00:00.000Z") }, { Field::DestLat, 32.1 },
            { Field::DestLon, 120.9 }, { Field::NavKm, 40.0 }, { Field::UnitId, u },
            { Field::DepartedAt, QStringLiteral("2026-10-08T01:00:00.000Z") }, { Field::OdometerOut, 1000.0 },
            { Field::ReturnedAt, QStringLiteral("2026-10-08T03:10:00.000Z") }, { Field::OdometerIn, 1040.0 },
            { Field::ChargeYuan, 175.0 } };
        const QString tripId = a->save(Kind::Tasks, trip);
        QVERIFY(!tripId.isEmpty());
        SyncReport r = a->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        QCOMPARE(a->engine->local().pendingCount(), 0);

        // The dispatcher on another desk adjusts the trip's charge, with the reason, as the Settlement tab
        // and adjust-charge do.
        auto d = desk(QStringLiteral("d"), QStringLiteral("desk1"));
        r = d->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        Settlement settlement(*d->store, ChargingStandard());
        const SaveResult adjusted = settlement.adjust(
            QStringLiteral("T1"), 150.0, QStringLiteral("绕行施工路段，按导航里程计"), d->user);
        QVERIFY2(adjusted.ok, qPrintable(adjusted.message()));
        r = d->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        QCOMPARE(d->engine->local().pendingCount(), 0);

        // A third desk, new, gets it all; the first takes the adjustment on its next sync.
        auto b = desk(QStringLiteral("b"), QStringLiteral("admin"));
        r = b->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        const std::optional<Record> shopThere = b->store->findByKey(Kind::Shops, QStringLiteral("S01"));
        QVERIFY(shopThere);
        QCOMPARE(shopThere->text(Field::ContractTo), QStringLiteral("2026-12-31"));
        QCOMPARE(b->store->records(Kind::Maintenance).size(), 1);
        QCOMPARE(b->store->records(Kind::Maintenance).first().text(Field::ShopId), shopId);
        QCOMPARE(b->store->records(Kind::Plans).size(), 1);
        QCOMPARE(b->store->records(Kind::Plans).first().value(Field::EveryMonths).toInt(), 6);
        QCOMPARE(b->store->records(Kind::Payments).size(), 2);
        const Record tripThere = *b->store->record(Kind::Tasks, tripId);
        QCOMPARE(tripThere.value(Field::AdjustedYuan).toDouble(), 150.0);
        QCOMPARE(tripThere.text(Field::AdjustReason), QStringLiteral("绕行施工路段，按导航里程计"));
        QCOMPARE(tripThere.value(Field::ChargeYuan).toDouble(), 175.0);
        QCOMPARE(Settlement(*b->store, ChargingStandard()).lines({ 2026, 10 }).value(0).billedYuan(), 150.0);
        // The history there says who adjusted it, from what to what, and why.
        const QList<ChangeEntry> history = b->store->history(Kind::Tasks, tripId);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.last().user, QStringLiteral("desk1"));
        QCOMPARE(history.last().changes.value(Field::AdjustedYuan).toArray().at(1).toDouble(), 150.0);
        QCOMPARE(history.last().changes.value(Field::AdjustReason).toArray().at(1).toString(),
            QStringLiteral("绕行施工路段，按导航里程计"));
        r = a->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        QCOMPARE(a->store->record(Kind::Tasks, tripId)->value(Field::AdjustedYuan).toDouble(), 150.0);
        QCOMPARE(b->dump(), a->dump());
    }

    // A pull is paged and resumable: cut after some pages, the next sync starts where the last stored page
    // ended, and nothing is applied twice or skipped.
    void pullIsPagedAndResumable()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        QList<Record> units;
        for (int i = 0; i < 120; ++i)
            units << unit(
                QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("科室%1").arg(i));
        QVERIFY(a->store->saveAll(Kind::Units, units, a->user).ok);
        QVERIFY(a->sync().ok);

        auto b = desk(QStringLiteral("b"), QStringLiteral("admin"));
        b->engine->setPageSize(25);
        int pages = 0;
        b->engine->progress = [&](const QString &line) {
            if (line.contains(QLatin1String("pulled")) && ++pages == 2)
                m_server->kill();
        };
        SyncReport r = b->sync();
        QVERIFY(!r.ok);
        QVERIFY2(r.offline, qPrintable(r.error));
        QCOMPARE(b->engine->local().lastSeq(), 50);
        QCOMPARE(b->store->count(Kind::Units), 50);
        QString out;
        m_server = server(m_server->port());
        QVERIFY2(m_server->start(&out), qPrintable(out));
        b->engine->progress = nullptr;
        r = b->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pulled, 70);
        QCOMPARE(b->dump(), a->dump());
        QCOMPARE(b->engine->local().pendingCount(), 0);
    }

    // The same batch pushed twice is applied once: the second time every change is a duplicate, nothing
    // is written again, and the desk settles it as done.
    void sameBatchTwiceAppliesOnce()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        seedFleet(*a);
        QVERIFY(a->client.login(QStringLiteral("admin"), Password).ok());
        QList<OutboxChange> batch;
        QString e;
        QList<SyncConflict> problems;
        QVERIFY2(a->engine->local().freezeBatch(100, QStringLiteral("administrator"), &batch, &problems, &e),
            qPrintable(e));
        QCOMPARE(batch.size(), 5);
        QJsonArray changes;
        for (const OutboxChange &c : batch)
            changes.append(c.payload);
        const SyncReply first = a->client.push({ { QStringLiteral("changes"), changes } });
        QVERIFY2(first.ok(), qPrintable(first.message));
        // The answer is lost (not settled here), and the unit is edited meanwhile: the next sync sends the
        // same frozen batch again, unchanged, and the edit after it.
        Record edited = *a->store->findByKey(Kind::Units, QStringLiteral("U1"));
        edited.values.insert(Field::Name, QStringLiteral("改名后的科室"));
        a->save(Kind::Units, edited);
        QCOMPARE(a->engine->local().pendingCount(), 6);
        QList<OutboxChange> again;
        QVERIFY(a->engine->local().freezeBatch(100, QStringLiteral("administrator"), &again, &problems, &e));
        QCOMPARE(again.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(again[i].payload, batch[i].payload);
        const SyncReply second = a->client.push({ { QStringLiteral("changes"), changes } });
        QVERIFY(second.ok());
        for (const QJsonValue &v : second.body.value(QStringLiteral("results")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        const SyncReport r = a->sync();
        QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pushed, 6);
        QCOMPARE(r.duplicates, 5);
        QCOMPARE(a->engine->local().pendingCount(), 0);
        const QList<QJsonObject> onServer = serverChanges();
        QCOMPARE(onServer.size(), 6);
        QCOMPARE(onServer.last().value(QStringLiteral("values")).toObject().value(Field::Name).toString(),
            QStringLiteral("改名后的科室"));
        QCOMPARE(a->store->record(Kind::Units, edited.id)->version,
            qint64(onServer.last().value(QStringLiteral("version")).toDouble()));
        for (const Record &v : a->store->records(Kind::Vehicles))
            QVERIFY(v.version > 0);
    }

    // The server killed (SIGKILL) in the middle of a push of several batches, started again, the sync run
    // again: every change is on the server exactly once and nothing is left behind on the desk.
    void serverKilledMidPushNothingLostOrDoubled()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        a->engine->setBatchSize(1000);
        const QList<int> delaysMs { 0, 50, 200, 350, 700, 1500 };
        int total = 0;
        for (int round = 0; round < delaysMs.size(); ++round) {
            QList<Record> units;
            for (int i = 0; i < 3000; ++i)
                units << unit(QStringLiteral("K%1-%2").arg(round).arg(i, 4, 10, QLatin1Char('0')),
                    QStringLiteral("科室%1").arg(i));
            QVERIFY(a->store->saveAll(Kind::Units, units, a->user).ok);
            total += units.size();
            // The kill lands after the first batch went out: before it arrives, while it is decided, around
            // the commit, after; the later batches are never sent.
            bool armed = false;
            auto late
                = std::make_shared<bool>(false); // a kill not yet fired must not hit the restarted server
            a->engine->progress = [&](const QString &line) {
                if (!armed && line.startsWith(QLatin1String("pushing"))) {
                    armed = true;
                    QTimer::singleShot(delaysMs[round], [this, late]() {
                        if (!*late)
                            m_server->kill();
                    });
                }
            };
            SyncReport r = a->sync();
            QString out;
            // On a fast machine the whole push may be done before the later delays run out: the kill then
            // lands after the last reply, which is one more case where nothing may be lost or doubled.
            *late = true;
            if (m_server->running()) {
                qInfo("round %d: the push ended before the kill; killed after it", round);
                m_server->kill();
            }
            QVERIFY(!m_server->running());
            m_server = server(m_server->port());
            QVERIFY2(m_server->start(&out), qPrintable(out));
            const int waiting = r.pending;
            a->engine->progress = nullptr;
            r = a->sync();
            qInfo("killed %d ms after the first batch went: %d of 3000 changes still waiting; the retry "
                  "found %d "
                  "of them applied before",
                delaysMs[round], waiting, r.duplicates);
            QVERIFY2(r.ok && r.problems.isEmpty(), qPrintable(r.error));
            QCOMPARE(a->engine->local().pendingCount(), 0);
            const QList<QJsonObject> onServer = serverChanges();
            QSet<QString> ids, changeIds;
            for (const QJsonObject &c : onServer) {
                ids.insert(c.value(QStringLiteral("id")).toString());
                changeIds.insert(c.value(QStringLiteral("change_id")).toString());
            }
            QCOMPARE(onServer.size(), total);
            QCOMPARE(ids.size(), total);
            QCOMPARE(changeIds.size(), total);
            for (const Record &u : a->store->records(Kind::Units))
                QVERIFY(u.version > 0);
        }
    }

    // Two dispatchers on two desks, each through its own server process on one database, book one car for
    // overlapping windows with fleetdesk-cli sync at the same moment: exactly one wins; the other's order
    // goes away and its trip request is back in the queue with the server's reason.
    void twoDesksTwoServersOneCarExactlyOneWins()
    {
        auto admin = desk(QStringLiteral("admin"), QStringLiteral("admin"));
        const QString u = seedFleet(*admin);
        for (const QString &code : { QStringLiteral("R1"), QStringLiteral("R2") }) {
            DispatchService dispatch(*admin->store);
            Record req = request(code, u,
                code == QLatin1String("R1") ? QStringLiteral("2026-10-09T01:00:00.000Z")
                                            : QStringLiteral("2026-10-09T02:00:00.000Z"),
                code == QLatin1String("R1") ? QStringLiteral("2026-10-09T03:00:00.000Z")
                                            : QStringLiteral("2026-10-09T04:00:00.000Z"));
            const DispatchResult s = dispatch.submit(req, admin->user);
            QVERIFY2(s.ok, qPrintable(s.errors.join(u'\n')));
            QVERIFY(dispatch.approve(code, admin->user).ok);
        }
        QVERIFY(admin->sync().ok);
        auto second = server();
        QString out;
        QVERIFY2(second->start(&out), qPrintable(out));

        QStringList files;
        for (int i = 1; i <= 2; ++i) {
            auto d = desk(QStringLiteral("desk%1").arg(i), QStringLiteral("desk%1").arg(i));
            QVERIFY(d->sync().ok);
            DispatchService dispatch(*d->store);
            const DispatchResult r = dispatch.dispatch(QStringLiteral("R%1").arg(i),
                QStringLiteral("苏E·A1234"), QStringLiteral("D%1").arg(i), d->user);
            QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
            QCOMPARE(d->engine->local().pendingCount(), 2); // the order and the request
            files << d->db.path();
        }
        // Both at once, each through its own server process.
        QList<QProcess *> runs;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(FD_CLI_BINARY),
                { QStringLiteral("--db"), files[i], QStringLiteral("sync"), QStringLiteral("--server"),
                    (i == 0 ? m_server->url() : second->url()), QStringLiteral("--user"),
                    QStringLiteral("desk%1").arg(i + 1), QStringLiteral("--password-file"), passwordFile(),
                    QStringLiteral("--ca"), ca() });
            runs << p;
        }
        QList<int> codes;
        QStringList errors;
        for (QProcess *p : runs) {
            QVERIFY(p->waitForFinished(120000));
            codes << p->exitCode();
            errors << QString::fromLocal8Bit(p->readAllStandardError());
            delete p;
        }
        QVERIFY2(codes.count(0) == 1 && codes.count(1) == 1, qPrintable(errors.join(u'\n')));
        const int loser = codes.indexOf(1);
        QVERIFY2(errors[loser].contains(QLatin1String("booking_conflict"))
                && errors[loser].contains(QLatin1String("back in the queue")),
            qPrintable(errors[loser]));

        // Both desks again: the loser's request is back in its queue with the reason, on both sides.
        auto winnerDesk
            = desk(QStringLiteral("desk%1").arg(2 - loser), QStringLiteral("desk%1").arg(2 - loser));
        auto loserDesk
            = desk(QStringLiteral("desk%1").arg(loser + 1), QStringLiteral("desk%1").arg(loser + 1));
        const Record back
            = *loserDesk->store->findByKey(Kind::Requests, QStringLiteral("R%1").arg(loser + 1));
        QCOMPARE(back.text(Field::Status), RequestState::Approved);
        QVERIFY(back.text(Field::TaskId).isEmpty());
        QVERIFY2(back.text(Field::StatusReason).contains(QLatin1String("booked")),
            qPrintable(back.text(Field::StatusReason)));
        QCOMPARE(loserDesk->engine->local().pendingCount(), 0); // the request's new state went too
        QVERIFY(loserDesk->sync().ok);
        QVERIFY(winnerDesk->sync().ok);
        QCOMPARE(loserDesk->store->records(Kind::Tasks).size(), 1);
        QCOMPARE(winnerDesk->store->records(Kind::Tasks).size(), 1);
        QCOMPARE(loserDesk->dump(), winnerDesk->dump());
        const Record onWinner
            = *winnerDesk->store->findByKey(Kind::Requests, QStringLiteral("R%1").arg(loser + 1));
        QCOMPARE(onWinner.text(Field::Status), RequestState::Approved);
    }

    // A wrong password, a revoked or expired session, a certificate from another CA: each a clear error that
    // names what went wrong and where, and nothing is sent.
    void clearErrors()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        seedFleet(*a);
        SyncReport r = a->engine->run(QStringLiteral("admin"), QStringLiteral("not the password"));
        QVERIFY(!r.ok);
        QVERIFY(r.signInNeeded);
        QVERIFY2(r.error.contains(QLatin1String("wrong user name or password")), qPrintable(r.error));
        QCOMPARE(r.pending, 5);

        // A session ended elsewhere (logout, or an administrator revoking it).
        QVERIFY(a->client.login(QStringLiteral("admin"), Password).ok());
        SyncClient other;
        QString e;
        QVERIFY(other.configure(m_server->url(), ca(), &e));
        other.setToken(a->client.token());
        QVERIFY(other.logout().ok());
        r = a->sync();
        QVERIFY(!r.ok);
        QVERIFY(r.signInNeeded);
        QVERIFY2(r.error.contains(QLatin1String("token_revoked")), qPrintable(r.error));
        QCOMPARE(r.pending, 5);

        // An expired one: a server whose sessions last about a second.
        auto brief = server();
        brief->extraArguments = { QStringLiteral("--session-hours"), QStringLiteral("0.0003") };
        QString out;
        QVERIFY2(brief->start(&out), qPrintable(out));
        auto late = std::make_unique<Desk>(
            m_files->filePath(QStringLiteral("late.sqlite")), QStringLiteral("late"));
        QVERIFY(late->connect(brief->url(), ca(), QStringLiteral("admin")));
        QVERIFY(late->client.login(QStringLiteral("admin"), Password).ok());
        QTest::qWait(1500);
        r = late->sync();
        QVERIFY(!r.ok);
        QVERIFY(r.signInNeeded);
        QVERIFY2(r.error.contains(QLatin1String("token_expired")), qPrintable(r.error));

        // A certificate signed by another CA: refused, with the host and the reason.
        auto stranger
            = std::make_unique<Desk>(m_files->filePath(QStringLiteral("s.sqlite")), QStringLiteral("s"));
        QVERIFY(stranger->connect(m_server->url(), ca(QStringLiteral("other")), QStringLiteral("admin")));
        r = stranger->sync();
        QVERIFY(!r.ok);
        QVERIFY(r.certificateRefused);
        QVERIFY2(r.error.contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port()))
                && r.error.contains(QLatin1String("could not be verified")),
            qPrintable(r.error));
        // Without the private CA the system's CAs do not know it either.
        auto noCa
            = std::make_unique<Desk>(m_files->filePath(QStringLiteral("n.sqlite")), QStringLiteral("n"));
        QVERIFY(noCa->connect(m_server->url(), QString(), QStringLiteral("admin")));
        QVERIFY(noCa->sync().certificateRefused);
        QVERIFY(!stranger->client.configure(QStringLiteral("http://127.0.0.1:1"), QString(), &e));
        QVERIFY2(e.contains(QLatin1String("https")), qPrintable(e));
        QVERIFY(!stranger->client.configure(m_server->url(), passwordFile(), &e));
        QVERIFY2(e.contains(QLatin1String("no PEM certificate")), qPrintable(e));

        // The command line: exit 1 with the reason on stderr, 2 for a usage error.
        QProcess cli;
        cli.start(QStringLiteral(FD_CLI_BINARY),
            { QStringLiteral("--db"), m_files->filePath(QStringLiteral("cli.sqlite")), QStringLiteral("sync"),
                QStringLiteral("--server"), m_server->url(), QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--password-file"), passwordFile(),
                QStringLiteral("--ca"), ca(QStringLiteral("other")) });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromLocal8Bit(cli.readAllStandardError())
                    .contains(QLatin1String("could not be verified")));
        cli.start(QStringLiteral(FD_CLI_BINARY),
            { QStringLiteral("--db"), m_files->filePath(QStringLiteral("cli.sqlite")), QStringLiteral("sync"),
                QStringLiteral("--server"), m_server->url() });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }

    // Positions flow one way: a gateway delivers fixes to the server, a desk pulls a vehicle's range into its
    // own tracks; pulling the same range again keeps one fix per instant.
    void positionsArePulledIntoLocalTracks()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        const QString u = seedFleet(*a);
        Record car = vehicleRecord(QStringLiteral("苏E·T0001"), u);
        car.values.insert(Field::TerminalId, QStringLiteral("T1"));
        const QString carId = a->save(Kind::Vehicles, car);
        QVERIFY(a->sync().ok);
        const QString keyFile = m_files->filePath(QStringLiteral("gw.key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("0123456789abcdef0123456789abcdef0123456789abcdef\n");
        key.close();
        QString out;
        QVERIFY2(runProgram(QStringLiteral(FD_SERVER_BINARY),
                     { QStringLiteral("--db"), dbArgument(), QStringLiteral("add-gateway"),
                         QStringLiteral("gw1"), QStringLiteral("--key-file"), keyFile },
                     &out),
            qPrintable(out));
        ApiClient gateway(ca(), nullptr);
        gateway.base = m_server->url();
        gateway.token = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef");
        const qint64 start = 1791421200000; // 2026-10-08T09:00:00+08:00
        QJsonArray fixes;
        for (int i = 0; i < 5000; ++i)
            fixes.append(QJsonObject { { QStringLiteral("terminal_id"), QStringLiteral("T1") },
                { QStringLiteral("time"), TimeParse::toUtcIso(start + i * 1000LL) },
                { QStringLiteral("lat"), 31.3 + i * 1e-5 }, { QStringLiteral("lon"), 120.6 },
                { QStringLiteral("speed_kmh"), 36.0 } });
        const Reply r = gateway.call("POST", QStringLiteral("/api/v1/positions/ingest"),
            QJsonObject { { QStringLiteral("fixes"), fixes } });
        QVERIFY2(r.status == 200, r.raw.constData());

        auto b = desk(QStringLiteral("b"), QStringLiteral("admin"));
        QVERIFY(b->sync().ok);
        qint64 count = 0;
        QString e;
        QVERIFY2(
            b->engine->pullPositions(carId, start - 86400000, start + 86400000, &count, &e), qPrintable(e));
        QCOMPARE(count, 5000);
        PositionStore tracks(b->db.connection());
        std::vector<PositionFix> here = tracks.fixes(carId, start - 86400000, start + 86400000);
        QCOMPARE(here.size(), size_t(5000));
        QCOMPARE(here.front().timeMs, start);
        QCOMPARE(here.back().lat, 31.3 + 4999 * 1e-5);
        QVERIFY(b->engine->pullPositions(carId, start - 86400000, start + 86400000, &count, &e));
        QCOMPARE(tracks.fixes(carId, start - 86400000, start + 86400000).size(), size_t(5000));
    }

    // The desktop's background sync: its own thread and connection; online after the sign-in, offline with
    // the edit waiting while the server is gone, and caught up by itself (waits doubling) once it is back.
    void backgroundSyncGoesOfflineAndCatchesUp()
    {
        auto a = desk(QStringLiteral("a"), QStringLiteral("admin"));
        const QString u = seedFleet(*a);
        BackgroundSync bg(a->db.path(), *a->store);
        bg.setIntervals(100, 60000, 200, 800);
        bg.configure(m_server->url(), ca());
        QCOMPARE(bg.status().pending, 5);
        QVERIFY(!bg.status().signedIn);
        bg.signIn(QStringLiteral("admin"), Password);
        QTRY_VERIFY_WITH_TIMEOUT(
            bg.status().signedIn && !bg.status().syncing && bg.status().lastSync.isValid(), 30000);
        QVERIFY2(bg.status().online, qPrintable(bg.status().lastError));
        QCOMPARE(bg.status().pending, 0);
        QCOMPARE(bg.status().role, QStringLiteral("administrator"));
        const QDateTime first = bg.status().lastSync;

        m_server->kill();
        Record edited = *a->store->record(Kind::Units, u);
        edited.values.insert(Field::Name, QStringLiteral("离线时改的"));
        a->save(Kind::Units, edited);
        bg.syncSoon();
        QCOMPARE(bg.status().pending, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!bg.status().online && !bg.status().syncing, 30000);
        QVERIFY2(
            bg.status().lastError.contains(QLatin1String("no answer")), qPrintable(bg.status().lastError));
        QCOMPARE(bg.status().pending, 1);
        QCOMPARE(bg.status().lastSync, first);

        QString out;
        m_server = server(m_server->port());
        QVERIFY2(m_server->start(&out), qPrintable(out));
        QTRY_VERIFY_WITH_TIMEOUT(bg.status().online && bg.status().pending == 0, 30000);
        QVERIFY(bg.status().lastSync > first);
        const QList<QJsonObject> onServer = serverChanges();
        QCOMPARE(onServer.size(), 6);
        QCOMPARE(onServer.last().value(QStringLiteral("values")).toObject().value(Field::Name).toString(),
            QStringLiteral("离线时改的"));
        bg.signOut();
        QTRY_VERIFY(!bg.status().signedIn);
    }

    // A role that may not write a kind: those changes are set aside as refused (kept, listed), the rest goes.
    // A public complaint entered by the supervision office's auditor on one desk reaches the other desk
    // (its auditor may write complaints and nothing else: an order drafted from it stays on its desk, see
    // docs/SUPERVISION.md), and the other desk can start its own order from it.
    void complaintReachesTheOtherDesk()
    {
        auto admin = desk(QStringLiteral("admin"), QStringLiteral("admin"));
        seedFleet(*admin);
        QVERIFY(admin->sync().ok);
        auto a = desk(QStringLiteral("a"), QStringLiteral("audit"));
        QVERIFY(a->sync().ok);
        Record complaint;
        complaint.values = { { Field::Code, QStringLiteral("12345-0001") },
            { Field::ReceivedAt, QStringLiteral("2026-03-10T03:02:00Z") },
            { Field::Account, QStringLiteral("公车停在商场门口") },
            { Field::Plate, QStringLiteral("苏E·A1234") }, { Field::Place, QStringLiteral("万达广场") },
            { Field::SeenAt, QStringLiteral("2026-03-10T01:30:00Z") } };
        QVERIFY(!a->save(Kind::Complaints, complaint).isEmpty());
        const SyncReport pushed = a->sync();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QVERIFY(pushed.problems.isEmpty());
        QCOMPARE(a->engine->local().pendingCount(), 0);

        auto b = desk(QStringLiteral("b"), QStringLiteral("admin"));
        QVERIFY(b->sync().ok);
        const std::optional<Record> there
            = b->store->findByKey(Kind::Complaints, QStringLiteral("12345-0001"));
        QVERIFY(there);
        QCOMPARE(there->text(Field::Account), QStringLiteral("公车停在商场门口"));
        QCOMPARE(there->text(Field::Plate), QStringLiteral("苏E·A1234"));
        QVERIFY(there->version > 0);
        // The second desk works with it: an order drafted there names the car's agency.
        SupervisionService service(*b->store, SupervisionSettings());
        const SupervisionResult r
            = service.draftFromComplaint(QStringLiteral("12345-0001"), QStringLiteral("admin"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(SupervisionStore(b->store->database()).find(r.number)->unitCode, QStringLiteral("U1"));
        // The auditor still may not touch the fleet's records.
        Record v = *a->store->findByKey(Kind::Vehicles, QStringLiteral("苏E·A1234"));
        v.values.insert(Field::Model, QStringLiteral("督查员改的"));
        a->save(Kind::Vehicles, v);
        const SyncReport refused = a->sync();
        QCOMPARE(refused.problems.size(), 1);
        QCOMPARE(refused.problems.first().code, QStringLiteral("forbidden"));
    }

    void roleRefusalsAreKeptNotDropped()
    {
        auto admin = desk(QStringLiteral("admin"), QStringLiteral("admin"));
        seedFleet(*admin);
        QVERIFY(admin->sync().ok);
        auto d = desk(QStringLiteral("d"), QStringLiteral("desk1"));
        QVERIFY(d->sync().ok);
        Record v = *d->store->findByKey(Kind::Vehicles, QStringLiteral("苏E·A1234"));
        v.values.insert(Field::Model, QStringLiteral("调度员改的"));
        d->save(Kind::Vehicles, v);
        QCOMPARE(d->engine->local().pendingCount(), 1);
        const SyncReport r = d->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().code, QStringLiteral("forbidden"));
        QCOMPARE(d->engine->local().conflicts().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
