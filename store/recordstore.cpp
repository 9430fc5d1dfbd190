#include "store/recordstore.h"
#include "base/timeparse.h"
#include "store/recordkinds.h"
#include "store/recordvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString selectColumns(const RecordKind &kind)
{
    return QStringLiteral("id, %1, updated_at, updated_by, version, deleted")
        .arg(kind.fieldNames().join(u", "));
}

// Values compare as text so that 5 and "5", or 1.0 and 1, are the same value to a person.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || a.toString().isEmpty();
    const bool bNull = b.isNull() || b.toString().isEmpty();
    if (aNull || bNull)
        return aNull == bNull;
    if (a.canConvert<double>() && b.canConvert<double>() && a.typeId() != QMetaType::QString
        && b.typeId() != QMetaType::QString)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

// A null QString binds as SQL NULL; "nobody in particular" is stored as an empty name.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace

QString SaveResult::message() const
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

RecordStore::RecordStore(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

Record RecordStore::fromQuery(const RecordKind &kind, const QSqlQuery &q) const
{
    Record r;
    r.id = q.value(0).toString();
    int column = 1;
    for (const FieldSpec &f : kind.fields)
        r.values.insert(f.name, q.value(column++));
    r.updatedAt = q.value(column++).toString();
    r.updatedBy = q.value(column++).toString();
    r.version = q.value(column++).toLongLong();
    r.deleted = q.value(column).toBool();
    return r;
}

bool RecordStore::execRead(QSqlQuery &q) const
{
    if (q.exec()) {
        m_readError.clear();
        return true;
    }
    m_readError = WriteScope::reason(q.lastError());
    return false;
}

QString RecordStore::readFailure(const QString &fallback) const
{
    return m_readError.isEmpty() ? fallback : tr("could not be read: %1").arg(m_readError);
}

QList<Record> RecordStore::records(const QString &kindId, bool includeDeleted) const
{
    QList<Record> result;
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4")
               .arg(selectColumns(*kind), kind->id,
                   includeDeleted ? QString() : QStringLiteral("WHERE deleted = 0"),
                   kind->keyFields().join(QStringLiteral(", "))));
    while (q.next())
        result.append(fromQuery(*kind, q));
    return result;
}

QList<Record> RecordStore::recordsWhere(
    const QString &kindId, const QString &field, const QVariant &value) const
{
    QList<Record> result;
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind || !kind->field(field))
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND deleted = 0")
                  .arg(selectColumns(*kind), kind->id, field));
    q.addBindValue(value);
    q.exec();
    while (q.next())
        result.append(fromQuery(*kind, q));
    return result;
}

std::optional<Record> RecordStore::record(const QString &kindId, const QString &id) const
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(*kind), kind->id));
    q.addBindValue(id);
    if (execRead(q) && q.next())
        return fromQuery(*kind, q);
    return std::nullopt;
}

std::optional<Record> RecordStore::findByKey(const QString &kindId, const QString &key) const
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(selectColumns(*kind), kind->id, kind->keyField));
    q.addBindValue(key);
    if (execRead(q) && q.next())
        return fromQuery(*kind, q);
    return std::nullopt;
}

std::optional<Record> RecordStore::findByKeyValues(const QString &kindId, const QVariantMap &values) const
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return std::nullopt;
    QStringList conditions;
    for (const QString &field : kind->keyFields()) {
        // An optional key part matches its empty form whether stored or bound as NULL or as ''.
        conditions << (kind->field(field)->required
                ? field + QStringLiteral(" = ?")
                : QStringLiteral("IFNULL(%1, '') = IFNULL(?, '')").arg(field));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                  .arg(selectColumns(*kind), kind->id, conditions.join(QStringLiteral(" AND "))));
    for (const QString &field : kind->keyFields())
        q.addBindValue(values.value(field).toString());
    if (execRead(q) && q.next())
        return fromQuery(*kind, q);
    return std::nullopt;
}

QString RecordStore::describe(const QString &kindId, const Record &record) const
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return record.id;
    QStringList parts;
    for (const QString &name : kind->keyFields()) {
        const FieldSpec *f = kind->field(name);
        const QVariant v = record.value(name);
        if (f->type == FieldType::Reference) {
            const std::optional<Record> target = this->record(f->refKind, v.toString());
            parts << (target ? target->text(RecordSchema::kind(f->refKind)->keyField) : v.toString());
        } else if (f->type == FieldType::DateTime) {
            const std::optional<qint64> ms = TimeParse::parseMs(v.toString());
            parts << (ms ? TimeParse::toBeijingIso(*ms) : v.toString());
        } else {
            parts << v.toString();
        }
    }
    return parts.join(QLatin1Char(' '));
}

int RecordStore::count(const QString &kindId) const
{
    if (!RecordSchema::kind(kindId))
        return 0;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(kindId)) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<FieldError> RecordStore::check(const QString &kindId, const Record &record) const
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return { { QString(), tr("unknown kind of record") } };
    return checkNormalized(*kind, record.id, RecordValidator::normalized(*kind, record.values));
}

QList<FieldError> RecordStore::checkNormalized(
    const RecordKind &kind, const QString &id, const QVariantMap &values) const
{
    QList<FieldError> errors = RecordValidator::validate(kind, values);
    if (kind.keyComplete(values)) {
        const std::optional<Record> twin = findByKeyValues(kind.id, values);
        if (!twin && !m_readError.isEmpty())
            errors.append({ kind.keyField, readFailure(QString()) });
        if (twin && twin->id != id && !twin->deleted)
            errors.append({ kind.keyField,
                tr("%1 %2 already exists").arg(kind.translatedSingular(), describe(kind.id, *twin)) });
    }
    for (const FieldSpec &f : kind.fields) {
        if (f.type != FieldType::Reference || values.value(f.name).toString().isEmpty())
            continue;
        const std::optional<Record> target = record(f.refKind, values.value(f.name).toString());
        if (!target && !m_readError.isEmpty())
            errors.append({ f.name, tr("%1: %2").arg(f.translatedLabel(), readFailure(QString())) });
        else if (!target || target->deleted)
            errors.append(
                { f.name, tr("%1: the record it refers to does not exist").arg(f.translatedLabel()) });
    }
    return errors;
}

void RecordStore::noteChanged(::WriteScope &scope, const QString &kind)
{
    if (m_changedKinds.contains(kind))
        return;
    if (m_changedKinds.isEmpty()) {
        // Views hear of a change only once it is really in the file.
        QPointer<RecordStore> self(this);
        scope.onEnd([self](bool committed) {
            if (!self)
                return;
            const QStringList kinds = std::exchange(self->m_changedKinds, {});
            if (committed) {
                for (const QString &k : kinds)
                    emit self->recordsChanged(k);
            }
        });
    }
    m_changedKinds << kind;
}

SaveResult RecordStore::save(const QString &kindId, const Record &record, const QString &user)
{
    return saveAll(kindId, { record }, user);
}

SaveResult RecordStore::saveAll(
    const QString &kindId, const QList<Record> &records, const QString &user, int *changed)
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return { false, false, {}, { { QString(), tr("unknown kind of record") } } };
    WriteScope scope(*this);
    if (!scope.isOpen())
        return { false, false, {}, { { QString(), tr("could not be saved: %1").arg(scope.errorString()) } } };
    SaveResult last { true, false, {}, {}, -1 };
    int changes = 0;
    for (int i = 0; i < records.size(); ++i) {
        last = saveOne(*kind, records.at(i), user);
        if (!last.ok) {
            last.index = i;
            return last;
        }
        changes += last.changed ? 1 : 0;
    }
    if (changes > 0)
        noteChanged(scope, kindId);
    if (!scope.commit())
        return { false, false, {}, { { QString(), tr("could not be saved: %1").arg(scope.errorString()) } } };
    if (changed)
        *changed = changes;
    last.changed = changes > 0;
    return last;
}

SaveResult RecordStore::saveOne(const RecordKind &kind, const Record &input, const QString &user)
{
    const QVariantMap values = RecordValidator::normalized(kind, input.values);
    std::optional<Record> existing = input.id.isEmpty() ? std::nullopt : record(kind.id, input.id);
    if (!existing && !input.id.isEmpty() && !m_readError.isEmpty())
        return { false, false, input.id, { { QString(), readFailure(QString()) } } };
    if (!existing) {
        // A removed record with the same key comes back to life rather than leaving a twin behind.
        const std::optional<Record> tombstone = findByKeyValues(kind.id, values);
        if (tombstone && tombstone->deleted)
            existing = tombstone;
    }
    const QString id = existing
        ? existing->id
        : (input.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : input.id);
    const QList<FieldError> errors = checkNormalized(kind, id, values);
    if (!errors.isEmpty())
        return { false, false, id, errors };

    QJsonObject changes;
    for (const FieldSpec &f : kind.fields) {
        const QVariant before = existing ? existing->values.value(f.name) : QVariant();
        const QVariant after = values.value(f.name);
        if (!existing || !sameValue(before, after))
            changes.insert(f.name, QJsonArray { jsonOf(before), jsonOf(after) });
    }
    const bool revived = existing && existing->deleted;
    if (existing && !revived && changes.isEmpty())
        return { true, false, id, {} };

    const QString at = nowIso();
    QSqlQuery q(m_db);
    QStringList fieldNames = kind.fieldNames();
    if (existing) {
        QStringList assignments;
        for (const QString &name : fieldNames)
            assignments << name + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ?, deleted = 0 WHERE id = ?")
                      .arg(kind.id, assignments.join(u", ")));
    } else {
        q.prepare(QStringLiteral("INSERT INTO %1 (%2, updated_at, updated_by, id) VALUES (%3)")
                      .arg(kind.id, fieldNames.join(u", "),
                          QStringList(fieldNames.size() + 3, QStringLiteral("?")).join(u", ")));
    }
    for (const FieldSpec &f : kind.fields) {
        const QVariant v = values.value(f.name);
        q.addBindValue(v.isNull() || v.toString().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : v);
    }
    q.addBindValue(at);
    q.addBindValue(nonNull(user));
    q.addBindValue(id);
    if (!q.exec())
        return { false, false, id,
            { { QString(), tr("could not be saved: %1").arg(WriteScope::reason(q.lastError())) } } };
    const QString action = !existing ? QStringLiteral("insert")
                                     : (revived ? QStringLiteral("restore") : QStringLiteral("update"));
    QString logError = appendLog(kind.id, id, action, changes, user, at);
    if (logError.isEmpty())
        logError = queueChange(kind.id, id, false, existing ? existing->version : 0);
    if (!logError.isEmpty())
        return { false, false, id,
            { { QString(), tr("the change log could not be written: %1").arg(logError) } } };
    return { true, true, id, {} };
}

QString RecordStore::removalBlocker(const QString &kindId, const QString &id) const
{
    const RecordKind *kind = RecordSchema::kind(kindId);
    const std::optional<Record> target = record(kindId, id);
    if (!kind || !target)
        return tr("the record does not exist");
    for (const auto &[refKind, field] : RecordSchema::referencesTo(kindId)) {
        // A Plate field names its vehicle by key; a Reference field by id.
        const QVariant needle
            = field->type == FieldType::Reference ? QVariant(id) : target->values.value(kind->keyField);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND deleted = 0 ORDER BY %4 LIMIT 4")
                      .arg(selectColumns(*refKind), refKind->id, field->name, refKind->keyField));
        q.addBindValue(needle);
        q.exec();
        QStringList keys;
        while (q.next())
            keys << describe(refKind->id, fromQuery(*refKind, q));
        if (!keys.isEmpty()) {
            if (keys.size() > 3)
                keys.last() = QStringLiteral("…");
            return tr("still referenced by %1: %2")
                .arg(refKind->translatedTitle(), keys.join(QStringLiteral(", ")));
        }
    }
    return {};
}

SaveResult RecordStore::remove(const QString &kindId, const QString &id, const QString &user)
{
    // The look and the change under one lock: nobody can start referring to it in between.
    WriteScope scope(*this);
    if (!scope.isOpen())
        return { false, false, id, { { QString(), tr("could not be saved: %1").arg(scope.errorString()) } } };
    const QString blocker = removalBlocker(kindId, id);
    if (!blocker.isEmpty())
        return { false, false, id, { { QString(), blocker } } };
    return setDeleted(scope, kindId, id, true, user);
}

SaveResult RecordStore::restore(const QString &kindId, const QString &id, const QString &user)
{
    WriteScope scope(*this);
    if (!scope.isOpen())
        return { false, false, id, { { QString(), tr("could not be saved: %1").arg(scope.errorString()) } } };
    const std::optional<Record> r = record(kindId, id);
    if (!r)
        return { false, false, id, { { QString(), readFailure(tr("the record does not exist")) } } };
    // Its references may have gone while it was removed; its key may have been taken again.
    const RecordKind *kind = RecordSchema::kind(kindId);
    const QList<FieldError> errors = checkNormalized(*kind, id, r->values);
    if (!errors.isEmpty())
        return { false, false, id, errors };
    return setDeleted(scope, kindId, id, false, user);
}

SaveResult RecordStore::setDeleted(
    WriteScope &scope, const QString &kindId, const QString &id, bool deleted, const QString &user)
{
    const std::optional<Record> r = record(kindId, id);
    if (!r)
        return { false, false, id, { { QString(), readFailure(tr("the record does not exist")) } } };
    if (r->deleted == deleted) {
        scope.commit();
        return { true, false, id, {} };
    }
    const QString at = nowIso();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ?, updated_by = ? WHERE id = ?").arg(kindId));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(at);
    q.addBindValue(nonNull(user));
    q.addBindValue(id);
    const QJsonObject changes { { QStringLiteral("deleted"), QJsonArray { !deleted, deleted } } };
    if (!q.exec()) {
        return { false, false, id,
            { { QString(), tr("could not be saved: %1").arg(WriteScope::reason(q.lastError())) } } };
    }
    QString logError = appendLog(
        kindId, id, deleted ? QStringLiteral("delete") : QStringLiteral("restore"), changes, user, at);
    if (logError.isEmpty())
        logError = queueChange(kindId, id, deleted, r->version);
    if (!logError.isEmpty())
        return { false, false, id,
            { { QString(), tr("the change log could not be written: %1").arg(logError) } } };
    noteChanged(scope, kindId);
    if (!scope.commit())
        return { false, false, id, { { QString(), tr("could not be saved: %1").arg(scope.errorString()) } } };
    return { true, true, id, {} };
}

QString RecordStore::appendLog(const QString &kind, const QString &id, const QString &action,
    const QJsonObject &changes, const QString &user, const QString &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO change_log (at, user, kind, record_id, action, changes) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(nonNull(user));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    return q.exec() ? QString() : WriteScope::reason(q.lastError());
}

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

QList<ChangeEntry> RecordStore::history(const QString &kind, const QString &id) const
{
    QList<ChangeEntry> entries;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, at, user, action, changes FROM change_log "
                             "WHERE kind = ? AND record_id = ? ORDER BY seq"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        entries.append({ q.value(0).toLongLong(),
            QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object() });
    }
    return entries;
}

bool RecordStore::changedElsewhere()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

void RecordStore::checkOtherWriters()
{
    const bool first = m_seenLogSeq < 0;
    if (first) {
        QSqlQuery q(m_db);
        m_seenLogSeq = q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) && q.next()
            ? q.value(0).toLongLong()
            : 0;
    }
    if (!changedElsewhere() || first)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, max(seq) FROM change_log WHERE seq > ? GROUP BY kind"));
    q.addBindValue(m_seenLogSeq);
    QStringList kinds;
    if (q.exec()) {
        while (q.next()) {
            kinds << q.value(0).toString();
            m_seenLogSeq = std::max(m_seenLogSeq, q.value(1).toLongLong());
        }
    }
    kinds << Kind::Positions;
    for (const QString &kind : std::as_const(kinds))
        emit recordsChanged(kind);
}

void RecordStore::watchOtherWriters(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &RecordStore::checkOtherWriters);
    }
    checkOtherWriters(); // the first reading
    m_watch->start(intervalMs);
}
