#pragma once
// Push and pull (DESIGN §7). A push is one write transaction over a batch of changes, each decided on its
// own: applied, a duplicate of one applied before (its change_id is in the change log), a conflict (its base
// version is not the server's: the server's row comes back, nothing is overwritten), or refused (invalid,
// a broken reference, or a booking that overlaps another). Every applied change is a change_log entry with
// its user; its seq is the record's new version and what a pull pages by.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class ServerDatabase;

struct PushChange
{
    QString changeId; // made by the client, unique per change: a retried batch applies once
    QString kind;
    QString id;
    qint64 baseVersion = 0; // the version the client's edit started from; 0 for a record new to the server
    bool remove = false; // action "delete" (a tombstone) instead of "upsert"
    QJsonObject values;
};

struct PushOutcome
{
    QString changeId;
    QString status; // applied | duplicate | conflict | refused
    QString code; // for conflict and refused: stale_version, duplicate_key, booking_conflict, …
    QString message;
    qint64 version = 0; // applied, duplicate: the record's version after the change
    QJsonObject serverRow; // conflict, and a booking refusal: the server's row that stands in the way
    QJsonArray fieldErrors; // invalid_record: [{field, message}]
    QJsonObject toJson() const;
};

struct PullPage
{
    QJsonArray changes;
    qint64 lastSeq = 0; // pass as `after` for the next page
    bool more = false;
};

class SyncService
{
public:
    explicit SyncService(ServerDatabase &db);

    // Decides every change inside one transaction; false (nothing written) only on a database failure or
    // when the database's own constraints refuse the batch (*errorCode says which).
    bool push(const QList<PushChange> &changes, const QString &user, QList<PushOutcome> *outcomes,
        QString *errorCode, QString *error);
    bool pull(qint64 after, int limit, PullPage *page, QString *error);
    std::optional<QJsonObject> row(const QString &kind, const QString &id, QString *error);

private:
    PushOutcome apply(const PushChange &change, const QString &user, bool *dbFailed, QString *error);

    ServerDatabase &m_db;
};
