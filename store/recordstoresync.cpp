// RecordStore's sync side: the outbox of local changes (queueChange, queueForSync), the version the server
// gave a record, and a row the server sends, applied with its change-log entry. Reading and editing records
// is recordstore.cpp.
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordstoredetail.h"
#include "store/recordvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace RecordStoreDetail;

QString RecordStore::queueChange(const QString &kind, const QString &id, bool deleted, qint64 baseVersion)
{
    QSqlQuery q(m_db);
    // A record the server has never had, removed before any push of it is in flight: there is nothing to
    // tell the server, and the change waiting for it goes.
    if (deleted && baseVersion == 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM sync_outbox WHERE kind = ? AND record_id = ? AND sent = 1"));
        q.addBindValue(kind);
        q.addBindValue(id);
        if (!q.exec())
            return WriteScope::reason(q.lastError());
        if (!q.next()) {
            q.finish();
            q.prepare(
                QStringLiteral("DELETE FROM sync_outbox WHERE kind = ? AND record_id = ? AND sent = 0"));
            q.addBindValue(kind);
            q.addBindValue(id);
            return q.exec() ? QString() : WriteScope::reason(q.lastError());
        }
        q.finish();
    }
    // One waiting change per record: a second edit before the push updates it (the push sends the record as
    // it is then). A change already frozen for a push in flight stays as it is; the edit waits behind it.
    q.prepare(
        QStringLiteral("UPDATE sync_outbox SET action = ?, queued_at = ? WHERE kind = ? AND record_id = ? "
                       "AND sent = 0"));
    q.addBindValue(deleted ? QStringLiteral("delete") : QStringLiteral("upsert"));
    q.addBindValue(nowIso());
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec())
        return WriteScope::reason(q.lastError());
    if (q.numRowsAffected() > 0)
        return {};
    q.prepare(QStringLiteral("INSERT INTO sync_outbox (change_id, kind, record_id, action, base_version, "
                             "queued_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(deleted ? QStringLiteral("delete") : QStringLiteral("upsert"));
    q.addBindValue(baseVersion);
    q.addBindValue(nowIso());
    return q.exec() ? QString() : WriteScope::reason(q.lastError());
}

QString RecordStore::queueForSync(const QString &kindId, const QString &id)
{
    const std::optional<Record> r = record(kindId, id);
    if (!r)
        return readFailure(tr("the record does not exist"));
    return queueChange(kindId, id, r->deleted, r->version);
}

QString RecordStore::setSyncedVersion(const QString &kindId, const QString &id, qint64 version)
{
    if (!RecordSchema::kind(kindId))
        return tr("unknown kind of record");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET version = ? WHERE id = ?").arg(kindId));
    q.addBindValue(version);
    q.addBindValue(id);
    return q.exec() ? QString() : WriteScope::reason(q.lastError());
}

QString RecordStore::applyServerRow(const QString &kindId, const Record &row)
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return tr("unknown kind of record");
    WriteScope scope(*this);
    if (!scope.isOpen())
        return scope.errorString();
    const std::optional<Record> existing = record(kindId, row.id);
    if (!existing && !m_readError.isEmpty())
        return readFailure(QString());
    const QVariantMap values = RecordValidator::normalized(*kind, row.values);
    QJsonObject changes;
    for (const FieldSpec &f : kind->fields) {
        const QVariant before = existing ? existing->values.value(f.name) : QVariant();
        const QVariant after = values.value(f.name);
        if (!existing || !sameValue(before, after))
            changes.insert(f.name, QJsonArray { jsonOf(before), jsonOf(after) });
    }
    if (existing && existing->deleted != row.deleted)
        changes.insert(QStringLiteral("deleted"), QJsonArray { existing->deleted, row.deleted });
    const QStringList names = kind->fieldNames();
    QStringList assignments;
    for (const QString &name : names)
        assignments << name + QStringLiteral(" = excluded.") + name;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO %1 (%2, updated_at, updated_by, version, deleted, id) VALUES (%3) "
                       "ON CONFLICT(id) DO UPDATE SET %4, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by, version = excluded.version, "
                       "deleted = excluded.deleted")
            .arg(kindId, names.join(u", "), QStringList(names.size() + 5, QStringLiteral("?")).join(u", "),
                assignments.join(u", ")));
    for (const FieldSpec &f : kind->fields) {
        const QVariant v = values.value(f.name);
        q.addBindValue(v.isNull() || v.toString().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : v);
    }
    const QString at = row.updatedAt.isEmpty() ? nowIso() : row.updatedAt;
    q.addBindValue(at);
    q.addBindValue(nonNull(row.updatedBy));
    q.addBindValue(row.version);
    q.addBindValue(row.deleted ? 1 : 0);
    q.addBindValue(row.id);
    if (!q.exec())
        return WriteScope::reason(q.lastError());
    if (!existing || !changes.isEmpty()) {
        // The audit keeps the server's change with its author, as any other change.
        const QString action = !existing
            ? QStringLiteral("insert")
            : (existing->deleted && !row.deleted
                    ? QStringLiteral("restore")
                    : (row.deleted && !existing->deleted ? QStringLiteral("delete")
                                                         : QStringLiteral("update")));
        const QString logError = appendLog(kindId, row.id, action, changes, row.updatedBy, at);
        if (!logError.isEmpty())
            return logError;
        noteChanged(scope, kindId);
    }
    if (!scope.commit())
        return scope.errorString();
    return {};
}
