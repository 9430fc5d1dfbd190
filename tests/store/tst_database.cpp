#include "store/database.h"
#include "store/migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsAtLatestVersionWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        Database db(QStringLiteral("a"));
        QVERIFY2(db.open(dir.filePath(QStringLiteral("new.sqlite"))), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Every earlier version, with data in it, is brought forward and keeps its data.
    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void migratesEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database old(QStringLiteral("old"));
            QVERIFY2(old.open(path, from), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), from);
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, code, name, updated_at) "
                                          "VALUES ('u1', 'NT001', '市政府办公室', '2026-01-01T00:00:00Z')")));
        }
        Database db(QStringLiteral("new"));
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM units WHERE code = 'NT001'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("市政府办公室"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next());
    }

    // Version 5 adds the referral (报备) columns to requests; a request written by version 4 keeps its
    // values.
    void requestsOfVersion4GainReferralColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        {
            Database old(QStringLiteral("v4"));
            QVERIFY2(old.open(path, 4), qPrintable(old.errorString()));
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, code, name, updated_at) "
                                          "VALUES ('u1', 'NT001', '市政府办公室', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO requests (id, code, unit_id, passengers, start_at, end_at, dest_lat, "
                "dest_lon, status, updated_at) VALUES ('r1', 'R1', 'u1', 3, "
                "'2026-10-08T01:00:00.000Z', '2026-10-08T04:00:00.000Z', 32.3, 120.5, 'approved', "
                "'2026-01-01T00:00:00Z')")));
        }
        Database db(QStringLiteral("v5"));
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(db.schemaVersion() >= 5);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT status, referral_provider, referral_reason, referred_at, referred_by "
                           "FROM requests WHERE code = 'R1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("approved"));
        for (int i = 1; i <= 4; ++i)
            QVERIFY(q.value(i).isNull());
    }

    void refusesAFileFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db(QStringLiteral("f1"));
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)));
        }
        Database db(QStringLiteral("f2"));
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QStringLiteral("newer")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db(QStringLiteral("n"));
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // nothing written into someone else's file
    }

    // Another program's SQLite file, and a newer FleetDesk's: refused before anything is written, so they
    // stay in their journal mode (bytes 18-19 of the header: 1 = rollback journal, 2 = WAL).
    void refusesOtherFilesWithoutSwitchingThemToWal_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another program")
            << QStringLiteral("CREATE TABLE contacts (name TEXT)") << QStringLiteral("another program");
        QTest::newRow("newer schema")
            << QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)
            << QStringLiteral("newer");
        QTest::newRow("a version without our tables")
            << QStringLiteral("PRAGMA user_version=3") << QStringLiteral("FleetDesk's tables");
    }
    void refusesOtherFilesWithoutSwitchingThemToWal()
    {
        QFETCH(QString, setup);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            QVERIFY(q.exec(setup));
            if (!setup.startsWith(QLatin1String("CREATE")))
                QVERIFY(q.exec(QStringLiteral("DROP TABLE t")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto header = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.read(20).mid(18, 2) : QByteArray();
        };
        QCOMPARE(header(), QByteArray("\x01\x01"));
        for (const bool reading : { false, true }) {
            Database db(QStringLiteral("o"));
            QVERIFY(!(reading ? db.openForReading(path) : db.open(path)));
            QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));
        }
        QCOMPARE(header(), QByteArray("\x01\x01"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // An in-memory database keeps nothing once the command ends: refused with a message.
    void refusesAnInMemoryDatabase()
    {
        for (const QString &name :
            { QStringLiteral(":memory:"), QString(), QStringLiteral("file::memory:") }) {
            Database db(QStringLiteral("m"));
            QVERIFY(!db.open(name));
            QVERIFY2(db.errorString().contains(QStringLiteral("file")), qPrintable(db.errorString()));
        }
    }

    // Opened for reading, a FleetDesk file refuses every write as read-only and is not changed.
    void openForReadingRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            Database db(QStringLiteral("w"));
            QVERIFY(db.open(path));
        }
        Database db(QStringLiteral("r"));
        QVERIFY2(db.openForReading(path), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM units")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO change_log (at, user, kind, record_id, action, changes) "
                                       "VALUES ('', '', 'units', 'x', 'insert', '{}')")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("readonly")), qPrintable(q.lastError().text()));
    }

    void changeLogIsAppendOnly()
    {
        QTemporaryDir dir;
        Database db(QStringLiteral("log"));
        QVERIFY(db.open(dir.filePath(QStringLiteral("log.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO change_log (at, user, kind, record_id, action, changes) "
                                      "VALUES ('t', 'u', 'units', 'x', 'insert', '{}')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE change_log SET user = 'someone else'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM change_log")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
