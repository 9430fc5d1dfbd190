#pragma once
// The server's own database: SQLite (one file, the small office's default) or PostgreSQL (the city's). Both
// hold the same tables (users, sessions, login throttle, records, change log, bookings) so that several
// server processes can share one PostgreSQL database and keep nothing in memory another process needs.
//
// A Qt Sql connection belongs to the thread that opened it: connection() opens one per thread on first use
// (the HTTP front end answers on a pool of worker threads) and the thread closes it when it ends.
#include <QSqlDatabase>
#include <QString>

struct DbTarget
{
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString user, host, database; // PostgreSQL; the password, if any, comes from PGPASSWORD or ~/.pgpass
    int port = 5432;

    // FILE or postgresql://USER@HOST:PORT/DB. Returns false and sets *error when the text is neither.
    static bool parse(const QString &text, DbTarget *target, QString *error);
    QString describe() const; // for messages: the file, or user@host:port/db (never a password)
};

class ServerDatabase
{
public:
    explicit ServerDatabase(DbTarget target);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    const DbTarget &target() const { return m_target; }
    bool isPostgres() const { return m_target.engine == DbTarget::Engine::Postgres; }

    // Opens the calling thread's connection and creates the schema when the database is new. Call once
    // from the starting thread; false and errorString() when the database cannot be reached or set up.
    bool initialize();
    QString errorString() const { return m_error; }

    // The calling thread's open connection (opened on first use); invalid when opening failed.
    QSqlDatabase connection();
    // After a database error: the calling thread opens a new connection on its next connection() call, so a
    // restarted or failed-over PostgreSQL is reached again without restarting the server.
    void reconnectNextTime();

    // One write transaction, serialised against every other writer of the database (SQLite: BEGIN
    // IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock). Serialising writers keeps the change log's
    // sequence in commit order, so a pull "after N" can never skip a change committed later with a lower
    // number.
    bool beginWrite(QSqlDatabase &db, QString *error);
    bool commit(QSqlDatabase &db, QString *error);
    void rollback(QSqlDatabase &db);

private:
    bool createSchema(QSqlDatabase &db);
    bool openConnection(const QString &name, QString *error);

    DbTarget m_target;
    QString m_prefix; // connection names: prefix + thread
    QString m_error;
};

// Wall clock in UTC milliseconds: what the tables store.
qint64 serverNowMs();
