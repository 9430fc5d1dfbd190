#include "store/database.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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
    close();
    m_path = path;
    m_error.clear();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        m_error = QCoreApplication::translate("Database", "%1: cannot create the folder")
                      .arg(info.absolutePath());
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // Another writer (a worker thread's connection) may hold the lock for a moment: wait, don't fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            m_error = QCoreApplication::translate("Database", "%1: cannot open: %2")
                          .arg(path, db.lastError().text());
    } // no handle may outlive this block, or close() below could not remove the connection
    if (!m_error.isEmpty()) {
        close();
        return false;
    }
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
    // Reading the header tells a file that is not SQLite from one that is merely empty.
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
