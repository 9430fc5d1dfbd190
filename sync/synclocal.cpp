#include "sync/synclocal.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString sqlError(const QSqlQuery &q)
{
    return WriteScope::reason(q.lastError());
}

const QString Applied = QStringLiteral("applied");
const QString Duplicate = QStringLiteral("duplicate");

} // namespace

SyncLocal::SyncLocal(RecordStore &store)
    : m_store(store)
{ }

bool SyncLocal::mayWrite(const QString &role, const QString &kind)
{
    // The server's rule (docs/SERVER.md): the administrator writes every kind, the dispatcher dispatch
    // orders and trip requests, auditors the public complaints they supervise, inspectors nothing.
    if (role == QLatin1String("administrator"))
        return true;
    if (role == QLatin1String("auditor"))
        return kind == Kind::Complaints;
    return role == QLatin1String("dispatcher") && (kind == Kind::Tasks || kind == Kind::Requests);
}

QString SyncLocal::state(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

QString SyncLocal::setState(const QString &key, const QString &value)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() ? QString() : sqlError(q);
}

int SyncLocal::pendingCount() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QJsonObject SyncLocal::changeJson(const QString &changeId, const QString &kindId, const Record &record)
{
    QJsonObject values;
    if (const RecordKind *kind = RecordSchema::kind(kindId)) {
        for (const FieldSpec &f : kind->fields) {
            const QVariant v = record.values.value(f.name);
            values.insert(
                f.name, v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue::fromVariant(v));
        }
    }
    QJsonObject change { { QStringLiteral("change_id"), changeId }, { QStringLiteral("kind"), kindId },
        { QStringLiteral("id"), record.id }, { QStringLiteral("base_version"), record.version },
        { QStringLiteral("action"), record.deleted ? QStringLiteral("delete") : QStringLiteral("upsert") } };
    if (!record.deleted)
        change.insert(QStringLiteral("values"), values);
    else
        change.insert(QStringLiteral("local_values"), values); // not sent; kept for a conflict
    return change;
}

Record SyncLocal::recordFromRow(const QJsonObject &row)
{
    Record r;
    r.id = row.value(QStringLiteral("id")).toString();
    r.values = row.value(QStringLiteral("values")).toObject().toVariantMap();
    r.version = qint64(row.value(QStringLiteral("version")).toDouble());
    r.deleted = row.value(QStringLiteral("deleted")).toBool();
    r.updatedAt = row.value(QStringLiteral("updated_at")).toString();
    r.updatedBy = row.value(QStringLiteral("updated_by")).toString();
    return r;
}

bool SyncLocal::freezeBatch(
    int max, const QString &role, QList<OutboxChange> *batch, QList<SyncConflict> *problems, QString *error)
{
    batch->clear();
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen()) {
        *error = scope.errorString();
        return false;
    }
    struct Row
    {
        qint64 seq;
        QString changeId, kind, recordId;
        bool sent;
        QString payload;
    };
    QList<Row> rows;
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT seq, change_id, kind, record_id, sent, payload FROM sync_outbox "
                                 "ORDER BY sent DESC, seq LIMIT ?"));
        q.addBindValue(max * 4);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        while (q.next())
            rows.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toInt() != 0, q.value(5).toString() });
    }
    QSet<QString> seen;
    QSqlQuery q(m_store.database());
    for (const Row &row : std::as_const(rows)) {
        if (batch->size() >= max)
            break;
        const QString key = row.kind + QLatin1Char('/') + row.recordId;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (row.sent) {
            batch->append({ row.seq, row.changeId, row.kind, row.recordId, parse(row.payload) });
            continue;
        }
        const std::optional<Record> record = m_store.record(row.kind, row.recordId);
        auto drop = [&]() {
            q.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?"));
            q.addBindValue(row.seq);
            return q.exec();
        };
        if (!record || (record->deleted && record->version == 0)) {
            // Gone, or removed before the server ever had it: nothing to tell the server.
            if (!drop()) {
                *error = sqlError(q);
                return false;
            }
            continue;
        }
        const QJsonObject payload = changeJson(row.changeId, row.kind, *record);
        if (!mayWrite(role, row.kind)) {
            SyncConflict c;
            c.kind = row.kind;
            c.recordId = row.recordId;
            c.changeId = row.changeId;
            c.status = QStringLiteral("refused");
            c.code = QStringLiteral("forbidden");
            c.message = tr("the role %1 may not change %2 on the server").arg(role, row.kind);
            c.localRow = payload;
            qint64 id = 0;
            if (!addConflict(c, &id, error) || !drop()) {
                if (error->isEmpty())
                    *error = sqlError(q);
                return false;
            }
            c.id = id;
            problems->append(c);
            continue;
        }
        q.prepare(QStringLiteral("UPDATE sync_outbox SET sent = 1, payload = ?, base_version = ?, "
                                 "attempts = attempts + 1 WHERE seq = ?"));
        q.addBindValue(compact(payload));
        q.addBindValue(record->version);
        q.addBindValue(row.seq);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        batch->append({ row.seq, row.changeId, row.kind, row.recordId, payload });
    }
    if (!scope.commit()) {
        *error = scope.errorString();
        batch->clear();
        return false;
    }
    return true;
}

bool SyncLocal::addConflict(const SyncConflict &c, qint64 *id, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts (kind, record_id, change_id, status, code, message, "
                             "local_row, server_row, found_at, resolved_at, resolution) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.kind);
    q.addBindValue(c.recordId);
    q.addBindValue(c.changeId);
    q.addBindValue(c.status);
    q.addBindValue(c.code);
    q.addBindValue(c.message);
    q.addBindValue(compact(c.localRow));
    q.addBindValue(
        c.serverRow.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(c.serverRow)));
    q.addBindValue(c.foundAt.isEmpty() ? nowIso() : c.foundAt);
    q.addBindValue(c.resolvedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.resolvedAt));
    q.addBindValue(c.resolution.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.resolution));
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    return true;
}

bool SyncLocal::markResolved(qint64 id, const QString &resolution, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"));
    q.addBindValue(nowIso());
    q.addBindValue(resolution);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

bool SyncLocal::settle(const QList<OutboxChange> &batch, const QJsonArray &results, const QString &user,
    QList<SyncConflict> *problems, QString *error)
{
    QHash<QString, QJsonObject> byChange;
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        byChange.insert(r.value(QStringLiteral("change_id")).toString(), r);
    }
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen()) {
        *error = scope.errorString();
        return false;
    }
    QSqlQuery q(m_store.database());
    QSet<QString> refusedBookings; // dispatch orders the server refused for an overlap
    QList<SyncConflict> found;
    for (const OutboxChange &change : batch) {
        const auto it = byChange.constFind(change.changeId);
        if (it == byChange.constEnd())
            continue; // not answered: stays frozen and goes again
        const QJsonObject r = *it;
        const QString status = r.value(QStringLiteral("status")).toString();
        q.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?"));
        q.addBindValue(change.seq);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        if (status == Applied || status == Duplicate) {
            const QString e = m_store.setSyncedVersion(
                change.kind, change.recordId, qint64(r.value(QStringLiteral("version")).toDouble()));
            if (!e.isEmpty()) {
                *error = e;
                return false;
            }
            continue;
        }
        SyncConflict c;
        c.kind = change.kind;
        c.recordId = change.recordId;
        c.changeId = change.changeId;
        c.status = status;
        c.code = r.value(QStringLiteral("code")).toString();
        c.message = r.value(QStringLiteral("message")).toString();
        c.localRow = change.payload;
        c.serverRow = r.value(QStringLiteral("server_row")).toObject();
        if (c.code == QLatin1String("booking_conflict") && change.kind == Kind::Tasks
            && change.payload.value(QStringLiteral("base_version")).toInteger() == 0)
            refusedBookings.insert(change.recordId);
        found.append(c);
    }

    // A refused new dispatch order: the server never had it. Its trip request goes back to the queue with
    // the server's reason (and is pushed so), the order itself goes away here.
    for (SyncConflict &c : found) {
        if (c.kind == Kind::Tasks && refusedBookings.contains(c.recordId)) {
            for (Record request : m_store.recordsWhere(Kind::Requests, Field::TaskId, c.recordId)) {
                request.values.insert(Field::Status, RequestState::Approved);
                request.values.insert(Field::StatusReason, c.message);
                request.values.insert(Field::TaskId, QVariant());
                const SaveResult saved = m_store.save(Kind::Requests, request, user);
                if (!saved.ok) {
                    *error = tr("request %1 could not go back to the queue: %2")
                                 .arg(request.text(Field::Code), saved.message());
                    return false;
                }
            }
            const SaveResult removed = m_store.remove(Kind::Tasks, c.recordId, user);
            if (!removed.ok) {
                *error
                    = tr("dispatch order %1 could not be withdrawn: %2").arg(c.recordId, removed.message());
                return false;
            }
            c.resolution = QStringLiteral("requeued");
            c.resolvedAt = nowIso();
        } else if (c.kind == Kind::Requests && c.code == QLatin1String("unknown_reference")
            && refusedBookings.contains(
                c.localRow.value(QStringLiteral("values")).toObject().value(Field::TaskId).toString())) {
            // The request named the refused order; its new state (back in the queue) is queued instead.
            c.resolution = QStringLiteral("superseded");
            c.resolvedAt = nowIso();
        }
        qint64 id = 0;
        if (!addConflict(c, &id, error))
            return false;
        c.id = id;
        if (c.resolution != QLatin1String("superseded"))
            problems->append(c);
    }
    if (!scope.commit()) {
        *error = scope.errorString();
        return false;
    }
    return true;
}

bool SyncLocal::applyPulled(
    const QJsonArray &changes, qint64 lastSeq, int *applied, QList<SyncConflict> *problems, QString *error)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen()) {
        *error = scope.errorString();
        return false;
    }
    QSqlQuery q(m_store.database());
    for (const QJsonValue &v : changes) {
        const QJsonObject row = v.toObject();
        const QString kind = row.value(QStringLiteral("kind")).toString();
        const QString id = row.value(QStringLiteral("id")).toString();
        const RecordKind *spec = RecordSchema::kind(kind);
        if (!spec)
            continue; // a kind this build does not know
        const Record server = recordFromRow(row);
        // A change waiting here: the push meets the server's version as a conflict, with both sides.
        q.prepare(QStringLiteral("SELECT 1 FROM sync_outbox WHERE kind = ? AND record_id = ? LIMIT 1"));
        q.addBindValue(kind);
        q.addBindValue(id);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        if (q.next())
            continue;
        // An open conflict: the local version stays until the user chooses; theirs is now this one.
        q.prepare(QStringLiteral("UPDATE sync_conflicts SET server_row = ? WHERE kind = ? AND record_id = ? "
                                 "AND resolved_at IS NULL"));
        QJsonObject serverRow = row;
        serverRow.remove(QStringLiteral("seq"));
        serverRow.remove(QStringLiteral("change_id"));
        q.addBindValue(compact(serverRow));
        q.addBindValue(kind);
        q.addBindValue(id);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        if (q.numRowsAffected() > 0)
            continue;
        const std::optional<Record> local = m_store.record(kind, id);
        if (local && local->version >= server.version)
            continue; // this desk's own change, already here
        // Another record here holds the same natural key (one made on this desk and not yet pushed, or a
        // removed one): kept as a conflict, nothing overwritten.
        const std::optional<Record> twin = m_store.findByKeyValues(kind, server.values);
        if (twin && twin->id != id) {
            SyncConflict c;
            c.kind = kind;
            c.recordId = twin->id;
            c.changeId = row.value(QStringLiteral("change_id")).toString();
            c.status = QStringLiteral("conflict");
            c.code = QStringLiteral("duplicate_key");
            c.message = tr("%1 %2 on the server has the same key as %3 here")
                            .arg(kind, id, m_store.describe(kind, *twin));
            c.localRow = changeJson(QString(), kind, *twin);
            c.serverRow = serverRow;
            qint64 cid = 0;
            if (!addConflict(c, &cid, error))
                return false;
            c.id = cid;
            problems->append(c);
            continue;
        }
        const QString e = m_store.applyServerRow(kind, server);
        if (!e.isEmpty()) {
            *error = tr("%1 %2 from the server could not be stored: %3").arg(kind, id, e);
            return false;
        }
        ++*applied;
    }
    const QString e = setState(QStringLiteral("last_seq"), QString::number(lastSeq));
    if (!e.isEmpty()) {
        *error = e;
        return false;
    }
    if (!scope.commit()) {
        *error = scope.errorString();
        return false;
    }
    return true;
}

namespace {

SyncConflict conflictFrom(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.kind = q.value(1).toString();
    c.recordId = q.value(2).toString();
    c.changeId = q.value(3).toString();
    c.status = q.value(4).toString();
    c.code = q.value(5).toString();
    c.message = q.value(6).toString();
    c.localRow = parse(q.value(7).toString());
    c.serverRow = parse(q.value(8).toString());
    c.foundAt = q.value(9).toString();
    c.resolvedAt = q.value(10).toString();
    c.resolution = q.value(11).toString();
    return c;
}

const QString ConflictColumns
    = QStringLiteral("id, kind, record_id, change_id, status, code, message, local_row, "
                     "server_row, found_at, resolved_at, resolution");

} // namespace

QList<SyncConflict> SyncLocal::conflicts(bool openOnly) const
{
    QList<SyncConflict> list;
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT %1 FROM sync_conflicts %2 ORDER BY id")
               .arg(ConflictColumns, openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString()));
    while (q.next())
        list.append(conflictFrom(q));
    return list;
}

std::optional<SyncConflict> SyncLocal::conflict(qint64 id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ?").arg(ConflictColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return conflictFrom(q);
    return std::nullopt;
}

bool SyncLocal::resolve(qint64 id, Choice choice, const QString &user, QString *error)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen()) {
        *error = scope.errorString();
        return false;
    }
    const std::optional<SyncConflict> c = conflict(id);
    if (!c || !c->isOpen()) {
        *error = tr("conflict %1 is not open").arg(id);
        return false;
    }
    const qint64 serverVersion = qint64(c->serverRow.value(QStringLiteral("version")).toDouble());
    const bool serverHasIt
        = !c->serverRow.isEmpty() && c->serverRow.value(QStringLiteral("id")) == c->recordId;
    QString e;
    if (choice == Choice::KeepMine) {
        // Mine again, now based on the server's version: the next push overwrites theirs on purpose.
        e = m_store.setSyncedVersion(c->kind, c->recordId, serverHasIt ? serverVersion : 0);
        if (e.isEmpty())
            e = m_store.queueForSync(c->kind, c->recordId);
    } else if (serverHasIt) {
        // Theirs: the server's row here, and nothing of mine left waiting for that record.
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE kind = ? AND record_id = ? AND sent = 0"));
        q.addBindValue(c->kind);
        q.addBindValue(c->recordId);
        if (!q.exec())
            e = sqlError(q);
        if (e.isEmpty())
            e = m_store.applyServerRow(c->kind, recordFromRow(c->serverRow));
    } else {
        // The server does not have it (a new record it refused): taking theirs removes it here.
        const std::optional<Record> local = m_store.record(c->kind, c->recordId);
        if (local && !local->deleted) {
            const SaveResult removed = m_store.remove(c->kind, c->recordId, user);
            if (!removed.ok)
                e = removed.message();
        }
    }
    if (e.isEmpty())
        markResolved(id, choice == Choice::KeepMine ? QStringLiteral("mine") : QStringLiteral("theirs"), &e);
    if (!e.isEmpty()) {
        *error = tr("the conflict over %1 %2 could not be settled: %3").arg(c->kind, c->recordId, e);
        return false;
    }
    if (!scope.commit()) {
        *error = scope.errorString();
        return false;
    }
    return true;
}
