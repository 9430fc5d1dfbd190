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
    // An existing file is first looked at read-only: another program's SQLite file, a newer schema or a
    // file that is not SQLite is refused untouched (not even switched to WAL). A read-only file is refused
    // here with "read-only"; an in-memory database (":memory:") is refused, since it keeps nothing.
    bool open(const QString &path, int targetVersion = -1);
    // For commands that only read (export, listings): an existing FleetDesk file at the latest schema is
    // opened read-only, so a read-only file (or one on a read-only medium) can still be read. A file that
    // needs an upgrade or does not exist yet is opened as open() does when it can be written.
    bool openForReading(const QString &path);
    void close();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    // Opened by openForReading() without write access: every write is refused by SQLite as read-only.
    bool isReadOnly() const { return m_readOnly; }

private:
    enum class Want { Write, Read };
    bool openAs(const QString &path, Want want, int targetVersion);
    bool connect(bool readOnly, bool immutable);
    // Looks at an existing file through a read-only connection: its schema version, or -1 when it is not
    // a FleetDesk database this build can use (m_error says why).
    int inspect();
    bool configure();
    bool migrate(int targetVersion);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
};
