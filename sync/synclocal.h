#pragma once
// The sync client's side of the local file (store migration 6): the outbox of local changes waiting for the
// server, the conflicts and refusals kept with both versions until the user chooses, and the pull position.
// Uses the record store's connection and its write scope, so it belongs to the thread that opened the file.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class RecordStore;
struct Record;

// One change frozen for a push: what is sent, and sent again unchanged when a push is retried.
struct OutboxChange
{
    qint64 seq = 0;
    QString changeId;
    QString kind;
    QString recordId;
    QJsonObject payload; // the API's Change (docs/api.yaml)
};

// A change the server did not apply: a conflict (stale_version, duplicate_key) or a refusal
// (booking_conflict, invalid_record, unknown_reference, not_found, forbidden), with both versions.
struct SyncConflict
{
    qint64 id = 0;
    QString kind;
    QString recordId;
    QString changeId;
    QString status; // conflict | refused
    QString code;
    QString message; // the server's reason
    QJsonObject localRow; // {deleted, values} as this desk had it
    QJsonObject serverRow; // the API's Row, empty when the server does not have the record
    QString foundAt;
    QString resolvedAt; // empty while open
    QString resolution; // mine | theirs | requeued | superseded
    bool isOpen() const { return resolvedAt.isEmpty(); }
};

class SyncLocal
{
    Q_DECLARE_TR_FUNCTIONS(SyncLocal)

public:
    enum class Choice { KeepMine, TakeTheirs };

    explicit SyncLocal(RecordStore &store);

    // The pull position and other remembered values (server, user, role, last sync).
    QString state(const QString &key, const QString &fallback = {}) const;
    QString setState(const QString &key, const QString &value);
    qint64 lastSeq() const { return state(QStringLiteral("last_seq"), QStringLiteral("0")).toLongLong(); }

    int pendingCount() const;
    // The next batch, oldest first, at most one change per record (a record's next change waits for the
    // answer to the one before, whose version it is based on). Changes frozen by an earlier push that got no
    // answer come first, unchanged. Kinds `role` may not write are set aside as refused (the server would
    // refuse the whole batch). Returns false with *error when the file failed.
    bool freezeBatch(int max, const QString &role, QList<OutboxChange> *batch, QList<SyncConflict> *problems,
        QString *error);
    // Applies the server's answer to a push, in one transaction: applied and duplicate changes leave the
    // outbox and give their record its version; the others become conflicts. A dispatch order the server
    // refused for an overlapping booking goes away here (the server never had it) and its trip request
    // goes back to the queue with the server's reason. *problems gets what the user must hear of.
    bool settle(const QList<OutboxChange> &batch, const QJsonArray &results, const QString &user,
        QList<SyncConflict> *problems, QString *error);
    // Applies one page of pulled changes and the new pull position, in one transaction. A record with a
    // change waiting to be pushed, or an open conflict, keeps its local version (the conflict gets the
    // newest server row). *applied counts the rows written.
    bool applyPulled(const QJsonArray &changes, qint64 lastSeq, int *applied, QList<SyncConflict> *problems,
        QString *error);

    QList<SyncConflict> conflicts(bool openOnly = true) const;
    std::optional<SyncConflict> conflict(qint64 id) const;
    // The user's choice: keep mine queues the local version again, based on the server's current version;
    // take theirs writes the server's row locally (or removes a record the server does not have).
    bool resolve(qint64 id, Choice choice, const QString &user, QString *error);

    static QJsonObject changeJson(const QString &changeId, const QString &kind, const Record &record);
    static Record recordFromRow(const QJsonObject &row);
    static bool mayWrite(const QString &role, const QString &kind);

private:
    bool addConflict(const SyncConflict &c, qint64 *id, QString *error);
    bool markResolved(qint64 id, const QString &resolution, QString *error);

    RecordStore &m_store;
};
