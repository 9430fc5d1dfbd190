#include "server/serverdatabase.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <map>
#include <memory>

namespace {

// The version of the tables below; stored in server_meta. Later changes append steps, as store/ does.
const int SchemaVersion = 1;
// Any fixed number: the key of the advisory lock every PostgreSQL writer takes (pg_advisory_xact_lock).
const qint64 WriteLockKey = 0x46445352; // "FDSR"

// Closes and forgets a thread's connection when the thread ends (or the database object goes).
struct ConnectionHolder
{
    QString name;
    ~ConnectionHolder()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};
// QThreadStorage rather than thread_local: Qt destroys a QThread's storage while it finishes the thread,
// before QThread::wait() (so ~QThreadPool) returns. A thread_local died later, in the C library's thread
// exit, and could run while the main thread was already tearing down Qt SQL's connection list at exit: the
// server then died by SIGSEGV when stopped (seen in a core: ~ConnectionHolder in __call_tls_dtors).
using Connections = std::map<QString, std::unique_ptr<ConnectionHolder>>;
QThreadStorage<Connections> t_connections;
thread_local QSet<QString> t_broken; // connections to reopen on their next use

QAtomicInteger<int> g_instances;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.left(80));
    return false;
}

} // namespace

qint64 serverNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool DbTarget::parse(const QString &text, DbTarget *target, QString *error)
{
    *target = DbTarget();
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        const QString db = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || db.isEmpty() || db.contains(QLatin1Char('/'))) {
            *error = QStringLiteral("--db %1: expected postgresql://USER@HOST:PORT/DB").arg(text);
            return false;
        }
        if (!url.password().isEmpty()) {
            *error = QStringLiteral("--db: put the password in PGPASSWORD or ~/.pgpass, not on the command "
                                    "line (where every user of the machine can read it)");
            return false;
        }
        target->engine = Engine::Postgres;
        target->user = url.userName();
        target->host = url.host();
        target->port = url.port(5432);
        target->database = db;
        return true;
    }
    if (text.isEmpty()) {
        *error = QStringLiteral("--db: a database file or postgresql:// address is needed");
        return false;
    }
    target->engine = Engine::Sqlite;
    target->path = text;
    return true;
}

QString DbTarget::describe() const
{
    if (engine == Engine::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

ServerDatabase::ServerDatabase(DbTarget target)
    : m_target(std::move(target))
    , m_prefix(QStringLiteral("fdserver-%1-").arg(g_instances.fetchAndAddRelaxed(1)))
{ }

ServerDatabase::~ServerDatabase()
{
    // Worker threads close theirs when they end; the owning thread's connection goes with the object.
    Connections &mine = t_connections.localData();
    for (auto it = mine.begin(); it != mine.end();) {
        if (it->first.startsWith(m_prefix))
            it = mine.erase(it);
        else
            ++it;
    }
}

bool ServerDatabase::openConnection(const QString &name, QString *error)
{
    const bool sqlite = m_target.engine == DbTarget::Engine::Sqlite;
    QSqlDatabase db
        = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    auto holder = std::make_unique<ConnectionHolder>();
    holder->name = name;
    t_connections.localData()[name] = std::move(holder);
    if (sqlite) {
        const QFileInfo info(m_target.path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            *error = QStringLiteral("%1: cannot create the folder").arg(info.absolutePath());
            return false;
        }
        db.setDatabaseName(m_target.path);
        // Writers queue for the lock instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db.setHostName(m_target.host);
        db.setPort(m_target.port);
        db.setUserName(m_target.user);
        db.setDatabaseName(m_target.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        *error = QStringLiteral("%1: cannot open: %2").arg(m_target.describe(), db.lastError().text());
        return false;
    }
    if (sqlite
        && !(exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)
            && exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error))) {
        *error = m_target.describe() + QStringLiteral(": ") + *error;
        return false;
    }
    return true;
}

void ServerDatabase::reconnectNextTime()
{
    t_broken.insert(m_prefix + QString::number(quintptr(QThread::currentThreadId())));
}

QSqlDatabase ServerDatabase::connection()
{
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (t_broken.remove(name))
        t_connections.localData().erase(
            name); // closes and forgets it; nothing of the failed request holds it any more
    if (t_connections.localData().count(name) == 0) {
        QString error;
        if (!openConnection(name, &error)) {
            qWarning("fleetdesk-server: %s", qPrintable(error));
            return QSqlDatabase::database(name, false);
        }
    }
    return QSqlDatabase::database(name, false);
}

bool ServerDatabase::initialize()
{
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (t_connections.localData().count(name) == 0 && !openConnection(name, &m_error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    return createSchema(db);
}

bool ServerDatabase::beginWrite(QSqlDatabase &db, QString *error)
{
    if (isPostgres()) {
        if (!exec(db, QStringLiteral("BEGIN"), error))
            return false;
        if (!exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey), error)) {
            rollback(db);
            return false;
        }
        return true;
    }
    return exec(db, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool ServerDatabase::commit(QSqlDatabase &db, QString *error)
{
    if (exec(db, QStringLiteral("COMMIT"), error))
        return true;
    rollback(db);
    return false;
}

void ServerDatabase::rollback(QSqlDatabase &db)
{
    exec(db, QStringLiteral("ROLLBACK"), nullptr);
}

bool ServerDatabase::createSchema(QSqlDatabase &db)
{
    const bool pg = isPostgres();
    // Two processes starting on a new database at once: the write lock lets one create, the other see it.
    if (!beginWrite(db, &m_error))
        return false;
    auto fail = [&](const QString &what) {
        m_error = QStringLiteral("%1: cannot set up the server tables: %2").arg(m_target.describe(), what);
        rollback(db);
        return false;
    };
    QString error;
    // Whether the tables exist yet, asked without a CREATE IF NOT EXISTS that PostgreSQL would answer with a
    // notice on every start.
    {
        QSqlQuery q(db);
        const bool found
            = q.exec(pg ? QStringLiteral("SELECT to_regclass('server_meta') IS NOT NULL")
                        : QStringLiteral("SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'server_meta'"))
            && q.next() && q.value(0).toBool();
        q.finish();
        if (!found
            && !exec(db,
                QStringLiteral("CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                &error))
            return fail(error);
    }
    int version = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'")))
            return fail(q.lastError().text());
        if (q.next())
            version = q.value(0).toInt();
    }
    if (version > SchemaVersion)
        return fail(QStringLiteral("written by a newer fleetdesk-server (schema %1, this one knows %2)")
                        .arg(version)
                        .arg(SchemaVersion));
    if (version == SchemaVersion) {
        rollback(db);
        return true;
    }
    const QString seq = pg ? QStringLiteral("seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("seq INTEGER PRIMARY KEY AUTOINCREMENT");
    QStringList ddl {
        QStringLiteral("CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, unit_code TEXT, "
                       "password_hash TEXT NOT NULL, created_ms BIGINT NOT NULL)"),
        // The token itself is never stored, only its SHA-256: a copy of the database lets nobody sign in.
        QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL "
                       "REFERENCES users(name), created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, "
                       "revoked_ms BIGINT)"),
        QStringLiteral("CREATE INDEX sessions_user ON sessions(user_name)"),
        // Failed sign-ins per account ("user:NAME") and per address ("addr:IP").
        QStringLiteral("CREATE TABLE login_throttle (subject TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
                       "blocked_until_ms BIGINT NOT NULL, last_failure_ms BIGINT NOT NULL)"),
        // The current row of every record; version = the change_log seq that last wrote it.
        QStringLiteral(
            "CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, natural_key TEXT NOT NULL, "
            "version BIGINT NOT NULL, deleted INTEGER NOT NULL, data TEXT NOT NULL, "
            "updated_ms BIGINT NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (kind, id))"),
        QStringLiteral("CREATE INDEX records_key ON records(kind, natural_key)"),
        // Every write with its user; change_id is the client's id for the change, so a retry applies once.
        QStringLiteral("CREATE TABLE change_log (%1, change_id TEXT UNIQUE, kind TEXT NOT NULL, "
                       "record_id TEXT NOT NULL, action TEXT NOT NULL, user_name TEXT NOT NULL, "
                       "at_ms BIGINT NOT NULL, data TEXT NOT NULL)")
            .arg(seq),
        // One row per live dispatch order: the booking truth (see bookings_*_no_overlap on PostgreSQL).
        QStringLiteral("CREATE TABLE bookings (task_id TEXT PRIMARY KEY, vehicle_id TEXT NOT NULL, "
                       "driver_id TEXT NOT NULL, start_ms BIGINT NOT NULL, end_ms BIGINT NOT NULL, "
                       "CHECK (end_ms > start_ms))"),
        QStringLiteral("CREATE INDEX bookings_vehicle ON bookings(vehicle_id, start_ms)"),
        QStringLiteral("CREATE INDEX bookings_driver ON bookings(driver_id, start_ms)"),
        // Terminal gateways and their key (SHA-256), the credential of position ingest.
        QStringLiteral("CREATE TABLE gateways (name TEXT PRIMARY KEY, key_hash TEXT NOT NULL UNIQUE, "
                       "created_ms BIGINT NOT NULL)"),
        // One FixCodec block per vehicle and Beijing day, as on the desktop (docs/POSITIONS.md).
        QStringLiteral(
            "CREATE TABLE track_days (vehicle_id TEXT NOT NULL, day TEXT NOT NULL, first_ms BIGINT "
            "NOT NULL, last_ms BIGINT NOT NULL, fix_count BIGINT NOT NULL, data %1 NOT NULL, "
            "PRIMARY KEY (vehicle_id, day))")
            .arg(pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB")),
        QStringLiteral("CREATE INDEX track_days_range ON track_days(vehicle_id, first_ms)"),
    };
    if (pg) {
        ddl << QStringLiteral("CREATE EXTENSION IF NOT EXISTS btree_gist")
            // [start, end): a trip may start the minute another ends, as BookingRules::overlaps says.
            << QStringLiteral("ALTER TABLE bookings ADD CONSTRAINT bookings_vehicle_no_overlap EXCLUDE USING "
                              "gist (vehicle_id WITH =, int8range(start_ms, end_ms) WITH &&)")
            << QStringLiteral("ALTER TABLE bookings ADD CONSTRAINT bookings_driver_no_overlap EXCLUDE USING "
                              "gist (driver_id WITH =, int8range(start_ms, end_ms) WITH &&)")
            << QStringLiteral("CREATE FUNCTION fd_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$BEGIN RAISE EXCEPTION 'change_log is append-only'; END$$")
            << QStringLiteral("CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log "
                              "FOR EACH ROW EXECUTE FUNCTION fd_append_only()");
    } else {
        ddl << QStringLiteral("CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
                              "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END")
            << QStringLiteral("CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
                              "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END");
    }
    ddl << QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema_version', '%1')")
               .arg(SchemaVersion);
    for (const QString &sql : std::as_const(ddl)) {
        if (!exec(db, sql, &error))
            return fail(error);
    }
    if (!commit(db, &error))
        return fail(error);
    return true;
}
