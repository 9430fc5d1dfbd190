#pragma once
// The only way records are read and written: validation, unique natural keys, references, tombstones and
// the change log happen here, each edit in one transaction. recordsChanged() tells every view to refresh,
// whoever made the edit (Subsurface's notifier idea).
#include "store/record.h"
#include "store/recordschema.h"
#include "store/writescope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <optional>

struct ChangeEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString user;
    QString action; // insert, update, delete, restore
    QJsonObject changes; // field -> [old, new]
};

struct SaveResult
{
    bool ok = false;
    bool changed = false; // false when the record already held exactly these values
    QString id;
    QList<FieldError> errors; // what is wrong, per field, when !ok
    int index = -1; // in saveAll(), which record of the batch was refused
    QString message() const;
};

class RecordStore : public QObject
{
    Q_OBJECT

public:
    explicit RecordStore(const QSqlDatabase &db, QObject *parent = nullptr);

    QList<Record> records(const QString &kind, bool includeDeleted = false) const;
    std::optional<Record> record(const QString &kind, const QString &id) const;
    // Live records whose `field` holds `value` (a vehicle's tasks, an agency's cars), through its index.
    QList<Record> recordsWhere(const QString &kind, const QString &field, const QVariant &value) const;
    // By natural key (plate, code, card number, name), tombstones included.
    std::optional<Record> findByKey(const QString &kind, const QString &key) const;
    // By every field of a composite key (a refuel: card and time), taken from `values`.
    std::optional<Record> findByKeyValues(const QString &kind, const QVariantMap &values) const;
    // How a person names the record: its key, with references shown by their own key and times in Beijing.
    QString describe(const QString &kind, const Record &record) const;
    int count(const QString &kind) const;

    // What save() would refuse, without writing anything: lets a form show every problem at once.
    QList<FieldError> check(const QString &kind, const Record &record) const;
    // Inserts (empty or unknown id) or updates; a new record whose key matches a tombstone revives it.
    SaveResult save(const QString &kind, const Record &record, const QString &user);
    // All or nothing: the first refused record rolls back the whole batch. *changed counts real changes.
    SaveResult saveAll(
        const QString &kind, const QList<Record> &records, const QString &user, int *changed = nullptr);
    // Why the record cannot be removed (who still references it), or empty when it can.
    QString removalBlocker(const QString &kind, const QString &id) const;
    SaveResult remove(const QString &kind, const QString &id, const QString &user);
    SaveResult restore(const QString &kind, const QString &id, const QString &user);

    QList<ChangeEntry> history(const QString &kind, const QString &id) const;

    // Sync (sync/, docs/SYNC.md). Every edit above also queues the record in the sync outbox, in its own
    // transaction. These three are for the sync client and run inside its write scope; each returns why it
    // failed, or an empty string.
    // Writes a record as the server has it (values, version, tombstone, author): logged in the change log
    // with the server's author, announced, and never queued back to the server.
    QString applyServerRow(const QString &kind, const Record &row);
    // The server's version of a record after a push of it was applied (no change log: the values are as
    // they were).
    QString setSyncedVersion(const QString &kind, const QString &id, qint64 version);
    // Queues the record as it is now (a conflict settled as "keep mine").
    QString queueForSync(const QString &kind, const QString &id);
    QSqlDatabase database() const { return m_db; }

    // The write scope (store/writescope.h) every writer uses: the outermost takes the write lock (BEGIN
    // IMMEDIATE), so what is read inside it cannot be changed by another writer before it ends; nested scopes
    // join it; it rolls back unless commit() is called. Record changes made inside it are announced
    // (recordsChanged) once the outermost scope has committed.
    class WriteScope : public ::WriteScope
    {
    public:
        explicit WriteScope(RecordStore &store)
            : ::WriteScope(store.database())
        { }
    };

    // Another connection (an import in a worker thread) changed `kind`: refresh whoever shows it.
    void announceChange(const QString &kind) { emit recordsChanged(kind); }
    // Whether another connection (a second desktop on the same file, the command line, a worker's import)
    // has committed since the last call: SQLite's data_version, which this connection's own writes do not
    // move. The first call only takes the reading.
    bool changedElsewhere();
    // Looks for other writers now: when one committed, announces recordsChanged() for each kind its change
    // log names since the last look, and "positions" (tracks are not in the change log), so every view
    // refreshes what it shows. watchOtherWriters() does this on a timer; windows call it once.
    void checkOtherWriters();
    void watchOtherWriters(int intervalMs);

signals:
    void recordsChanged(const QString &kind);

private:
    SaveResult saveOne(const RecordKind &kind, const Record &record, const QString &user);
    SaveResult setDeleted(
        WriteScope &scope, const QString &kind, const QString &id, bool deleted, const QString &user);
    // `fallback` when the last lookup found nothing, or why the lookup itself failed (a full disk, an I/O
    // error): a failed read never passes for a missing record.
    QString readFailure(const QString &fallback) const;
    bool execRead(class QSqlQuery &q) const;
    QList<FieldError> checkNormalized(
        const RecordKind &kind, const QString &id, const QVariantMap &values) const;
    QString appendLog(const QString &kind, const QString &id, const QString &action,
        const QJsonObject &changes, const QString &user, const QString &at);
    QString queueChange(const QString &kind, const QString &id, bool deleted, qint64 baseVersion);
    Record fromQuery(const RecordKind &kind, const class QSqlQuery &q) const;

    void noteChanged(::WriteScope &scope, const QString &kind);

    QSqlDatabase m_db;
    qint64 m_dataVersion = -1;
    qint64 m_seenLogSeq = -1; // the change log's last seq at the last look
    class QTimer *m_watch = nullptr;
    QStringList m_changedKinds; // announced when the outermost scope commits
    mutable QString m_readError; // why the last lookup failed, empty when it ran
};
