#pragma once
// Opens the local SQLite file the way FleetDesk needs it (WAL, foreign keys) and brings its schema up to
// date with ordered forward migrations, each in one transaction.
#include <QSqlDatabase>
#include <QString>

class Database
{
public:
    // The schema version this build writes; PRAGMA user_version holds the file's version.
    static int latestVersion();

    // connectionName must be unique per thread: a QSqlDatabase connection is only used by the thread
    // that opened it, so a worker opens its own Database on the same file.
    explicit Database(const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates up to targetVersion (-1 = latest). On failure returns false
    // and errorString() says what and where; the file is left as it was before the failing migration.
    bool open(const QString &path, int targetVersion = -1);
    void close();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

private:
    bool configure();
    bool migrate(int targetVersion);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};
