#include "store/database.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

int Database::latestVersion()
{
    return schemaMigrations().back().version;
}

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{ }

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::open(const QString &path, int targetVersion)
{
    return openAs(path, Want::Write, targetVersion);
}

bool Database::openForReading(const QString &path)
{
    return openAs(path, Want::Read, -1);
}

bool Database::connect(bool readOnly, bool immutable)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        // A WAL file that nobody may write has no shared-memory file beside it and none can be made: SQLite
        // reads it only when told that it cannot change ("immutable").
        db.setDatabaseName(immutable
                ? QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                    + QStringLiteral("?mode=ro&immutable=1")
                : m_path);
        // Another writer (a worker thread's connection) may hold the lock for a moment: wait, don't fail.
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                    + (immutable ? QStringLiteral(";QSQLITE_OPEN_URI") : QString())
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            m_error = QCoreApplication::translate("Database", "%1: cannot open: %2")
                          .arg(m_path, db.lastError().text());
    } // no handle may outlive this block, or close() below could not remove the connection
    if (!m_error.isEmpty()) {
        close();
        return false;
    }
    return true;
}

int Database::inspect()
{
    QSqlQuery q(connection());
    auto notOurs = [&](const QString &why) {
        m_error
            = QCoreApplication::translate("Database", "%1: not a FleetDesk database: %2").arg(m_path, why);
        return -1;
    };
    // Reading the schema tells a file that is not SQLite from one that is merely empty.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return notOurs(
            q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    const int version = schemaVersion();
    if (version > latestVersion()) {
        m_error = QCoreApplication::translate(
            "Database", "%1: written by a newer FleetDesk (schema %2, this one knows %3)")
                      .arg(m_path)
                      .arg(version)
                      .arg(latestVersion());
        return -1;
    }
    tables.removeIf([](const QString &t) { return t.startsWith(QLatin1String("sqlite_")); });
    if (version <= 0 && !tables.isEmpty()) {
        return notOurs(QCoreApplication::translate("Database", "it holds tables of another program (%1)")
                           .arg(tables.mid(0, 3).join(QStringLiteral(", "))));
    }
    if (version > 0
        && !(tables.contains(QLatin1String("units")) && tables.contains(QLatin1String("vehicles"))))
        return notOurs(
            QCoreApplication::translate("Database", "schema %1 without FleetDesk's tables").arg(version));
    return std::max(version, 0);
}

bool Database::openAs(const QString &path, Want want, int targetVersion)
{
    close();
    m_path = path;
    m_error.clear();
    m_readOnly = false;
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String(":memory:")
        || trimmed.startsWith(QLatin1String("file:"))) {
        m_error = QCoreApplication::translate("Database",
            "%1: not a database file: FleetDesk keeps its records in a file on disk, named by its path")
                      .arg(path);
        return false;
    }
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile()) {
            m_error = QCoreApplication::translate("Database", "%1: not a file").arg(path);
            return false;
        }
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        // Known to be ours before anything is written to it: another program's file is left as it was.
        if (!connect(true, !writable))
            return false;
        const int version = inspect();
        close();
        if (version < 0)
            return false;
        if (want == Want::Read && (version == latestVersion() || !writable)) {
            if (version != latestVersion()) {
                m_error = QCoreApplication::translate("Database",
                    "%1: the file is read-only and has schema %2; this FleetDesk reads schema %3 once it has "
                    "upgraded the file, which needs write access")
                              .arg(path)
                              .arg(version)
                              .arg(latestVersion());
                return false;
            }
            if (!connect(true, !writable))
                return false;
            QSqlQuery(connection()).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            m_readOnly = true;
            return true;
        }
        if (!writable) {
            m_error = QCoreApplication::translate(
                "Database", "%1: the file is read-only, and this needs to write to it")
                          .arg(path);
            return false;
        }
    } else if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        m_error = QCoreApplication::translate("Database", "%1: cannot create the folder")
                      .arg(info.absolutePath());
        return false;
    }
    if (!connect(false, false))
        return false;
    if (!configure() || !migrate(targetVersion < 0 ? latestVersion() : targetVersion)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::configure()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        m_error = QCoreApplication::translate("Database", "%1: not a FleetDesk database: %2")
                      .arg(m_path, q.lastError().text());
        return false;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current > latestVersion()) {
        m_error = QCoreApplication::translate(
            "Database", "%1: written by a newer FleetDesk (schema %2, this one knows %3)")
                      .arg(m_path)
                      .arg(current)
                      .arg(latestVersion());
        return false;
    }
    QSqlDatabase db = connection();
    for (const Migration &step : schemaMigrations()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        // DDL is transactional in SQLite: a step either lands whole, version number included, or not at all.
        db.transaction();
        QSqlQuery q(db);
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                m_error = QCoreApplication::translate("Database", "%1: upgrade to schema %2 failed: %3")
                              .arg(m_path)
                              .arg(step.version)
                              .arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version));
        if (!db.commit()) {
            m_error
                = QCoreApplication::translate("Database", "%1: upgrade to schema %2 could not be saved: %3")
                      .arg(m_path)
                      .arg(step.version)
                      .arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}
