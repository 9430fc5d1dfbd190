#include "server/syncservice.h"
#include "base/timeparse.h"
#include "domain/bookingrules.h"
#include "server/serverdatabase.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordvalidator.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Applied = QStringLiteral("applied");
const QString Duplicate = QStringLiteral("duplicate");
const QString Conflict = QStringLiteral("conflict");
const QString Refused = QStringLiteral("refused");

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A record as the API shows it (docs/api.yaml, Row).
QJsonObject rowJson(const QString &kind, const QString &id, qint64 version, bool deleted, const QString &data,
    qint64 updatedMs, const QString &updatedBy)
{
    return { { QStringLiteral("kind"), kind }, { QStringLiteral("id"), id },
        { QStringLiteral("version"), version }, { QStringLiteral("deleted"), deleted },
        { QStringLiteral("values"), parseObject(data) },
        { QStringLiteral("updated_at"), TimeParse::toUtcIso(updatedMs) },
        { QStringLiteral("updated_by"), updatedBy } };
}

struct Current
{
    bool exists = false;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject row;
};

bool readCurrent(QSqlDatabase &db, const QString &kind, const QString &id, Current *out, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, deleted, data, updated_ms, updated_by FROM records "
                             "WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *out = {};
    if (q.next()) {
        out->exists = true;
        out->version = q.value(0).toLongLong();
        out->deleted = q.value(1).toInt() != 0;
        out->row = rowJson(kind, id, out->version, out->deleted, q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString());
    }
    return true;
}

// The natural key as one text: the key fields' values joined by a separator no value holds.
QString naturalKey(const RecordKind &kind, const QVariantMap &values)
{
    QStringList parts;
    for (const QString &f : kind.keyFields())
        parts << values.value(f).toString();
    return parts.join(QChar(0x1f));
}

QVariant jsonToVariant(const QJsonValue &v)
{
    // Numbers as JSON gives them; validate() reads every value through its text.
    return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
}

} // namespace

QJsonObject PushOutcome::toJson() const
{
    QJsonObject o { { QStringLiteral("change_id"), changeId }, { QStringLiteral("status"), status } };
    if (status == Applied || status == Duplicate)
        o.insert(QStringLiteral("version"), version);
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!serverRow.isEmpty())
        o.insert(QStringLiteral("server_row"), serverRow);
    if (!fieldErrors.isEmpty())
        o.insert(QStringLiteral("field_errors"), fieldErrors);
    return o;
}

SyncService::SyncService(ServerDatabase &db)
    : m_db(db)
{ }

bool SyncService::push(const QList<PushChange> &changes, const QString &user, QList<PushOutcome> *outcomes,
    QString *errorCode, QString *error)
{
    QSqlDatabase db = m_db.connection();
    outcomes->clear();
    *errorCode = QStringLiteral("server_error");
    if (!m_db.beginWrite(db, error))
        return false;
    for (const PushChange &change : changes) {
        bool dbFailed = false;
        PushOutcome outcome = apply(change, user, &dbFailed, error);
        if (dbFailed) {
            m_db.rollback(db);
            outcomes->clear();
            // PostgreSQL's exclusion constraint: another writer's booking got in (cannot happen while writers
            // are serialised, but the constraint is the truth, not this process's check).
            if (error->contains(QLatin1String("bookings_vehicle_no_overlap"))
                || error->contains(QLatin1String("bookings_driver_no_overlap")))
                *errorCode = QStringLiteral("booking_conflict");
            return false;
        }
        outcomes->append(outcome);
    }
    if (!m_db.commit(db, error)) {
        outcomes->clear();
        return false;
    }
    return true;
}

PushOutcome SyncService::apply(const PushChange &change, const QString &user, bool *dbFailed, QString *error)
{
    QSqlDatabase db = m_db.connection();
    PushOutcome out;
    out.changeId = change.changeId;
    auto failed = [&](const QSqlQuery &q) {
        *dbFailed = true;
        *error = QStringLiteral("%1 %2: %3").arg(change.kind, change.id, q.lastError().text());
        return out;
    };
    auto refuse = [&](const QString &status, const QString &code, const QString &message) {
        out.status = status;
        out.code = code;
        out.message = message;
        return out;
    };

    // Applied before (a retried batch, or the same change twice in one): the first outcome stands.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq FROM change_log WHERE change_id = ?"));
    q.addBindValue(change.changeId);
    if (!q.exec())
        return failed(q);
    if (q.next()) {
        out.status = Duplicate;
        out.version = q.value(0).toLongLong();
        return out;
    }
    q.finish();

    const RecordKind *kind = RecordSchema::kind(change.kind);
    Current current;
    if (!readCurrent(db, change.kind, change.id, &current, error)) {
        *dbFailed = true;
        return out;
    }
    if (change.baseVersion != current.version) {
        out.serverRow = current.row;
        return refuse(Conflict, QStringLiteral("stale_version"),
            current.exists ? QStringLiteral("%1 %2 changed on the server since version %3 (now %4)")
                                 .arg(change.kind, change.id)
                                 .arg(change.baseVersion)
                                 .arg(current.version)
                           : QStringLiteral("%1 %2 is not on the server (base version %3)")
                                 .arg(change.kind, change.id)
                                 .arg(change.baseVersion));
    }

    QVariantMap values;
    QString key;
    if (change.remove) {
        if (!current.exists)
            return refuse(Refused, QStringLiteral("not_found"),
                QStringLiteral("%1 %2 is not on the server").arg(change.kind, change.id));
        values = current.row.value(QStringLiteral("values")).toObject().toVariantMap();
        key = naturalKey(*kind, values);
    } else {
        QVariantMap raw;
        for (auto it = change.values.begin(); it != change.values.end(); ++it) {
            if (!kind->field(it.key()))
                return refuse(Refused, QStringLiteral("invalid_record"),
                    QStringLiteral("%1 has no field \"%2\"").arg(change.kind, it.key()));
            raw.insert(it.key(), jsonToVariant(it.value()));
        }
        values = RecordValidator::normalized(*kind, raw);
        const QList<FieldError> errors = RecordValidator::validate(*kind, values);
        if (!errors.isEmpty()) {
            QStringList messages;
            for (const FieldError &e : errors) {
                out.fieldErrors.append(QJsonObject {
                    { QStringLiteral("field"), e.field }, { QStringLiteral("message"), e.message } });
                messages << e.message;
            }
            return refuse(Refused, QStringLiteral("invalid_record"),
                QStringLiteral("%1 %2: %3").arg(change.kind, change.id, messages.join(QStringLiteral("; "))));
        }
        // References point at live records on the server (the client pushes its outbox in order).
        for (const FieldSpec &field : kind->fields) {
            const QString ref = values.value(field.name).toString();
            if (field.type != FieldType::Reference || ref.isEmpty())
                continue;
            q.prepare(QStringLiteral("SELECT 1 FROM records WHERE kind = ? AND id = ? AND deleted = 0"));
            q.addBindValue(field.refKind);
            q.addBindValue(ref);
            if (!q.exec())
                return failed(q);
            if (!q.next())
                return refuse(Refused, QStringLiteral("unknown_reference"),
                    QStringLiteral("%1 %2: %3 refers to %4 %5, which the server does not have")
                        .arg(change.kind, change.id, field.name, field.refKind, ref));
            q.finish();
        }
        // One live record per natural key: two desks adding the same plate get a conflict, not twins.
        key = naturalKey(*kind, values);
        q.prepare(QStringLiteral("SELECT id, version, deleted, data, updated_ms, updated_by FROM records "
                                 "WHERE kind = ? AND natural_key = ? AND deleted = 0 AND id <> ?"));
        q.addBindValue(change.kind);
        q.addBindValue(key);
        q.addBindValue(change.id);
        if (!q.exec())
            return failed(q);
        if (q.next()) {
            out.serverRow = rowJson(change.kind, q.value(0).toString(), q.value(1).toLongLong(),
                q.value(2).toInt() != 0, q.value(3).toString(), q.value(4).toLongLong(),
                q.value(5).toString());
            return refuse(Conflict, QStringLiteral("duplicate_key"),
                QStringLiteral("%1 %2 already exists as %3")
                    .arg(change.kind, QString(key).replace(QChar(0x1f), QLatin1Char(' ')),
                        q.value(0).toString()));
        }
        q.finish();
    }

    // The booking truth: a live dispatch order holds its car and its driver for [start, end).
    if (change.kind == Kind::Tasks) {
        q.prepare(QStringLiteral("DELETE FROM bookings WHERE task_id = ?"));
        q.addBindValue(change.id);
        if (!q.exec())
            return failed(q);
        if (!change.remove) {
            const qint64 start = TimeParse::parseMs(values.value(Field::StartAt).toString()).value_or(0);
            const qint64 end = TimeParse::parseMs(values.value(Field::EndAt).toString()).value_or(0);
            const QString vehicle = values.value(Field::VehicleId).toString();
            const QString driver = values.value(Field::DriverId).toString();
            if (end <= start)
                return refuse(Refused, QStringLiteral("invalid_record"),
                    QStringLiteral("tasks %1: the booked window is empty").arg(change.id));
            q.prepare(QStringLiteral("SELECT b.task_id, b.vehicle_id, b.start_ms, b.end_ms FROM bookings b "
                                     "WHERE (b.vehicle_id = ? OR b.driver_id = ?) AND b.start_ms < ? "
                                     "AND b.end_ms > ? ORDER BY b.start_ms"));
            q.addBindValue(vehicle);
            q.addBindValue(driver);
            q.addBindValue(end);
            q.addBindValue(start);
            if (!q.exec())
                return failed(q);
            while (q.next()) {
                if (!BookingRules::overlaps(start, end, q.value(2).toLongLong(), q.value(3).toLongLong()))
                    continue;
                const QString other = q.value(0).toString();
                const bool sameCar = q.value(1).toString() == vehicle;
                q.finish();
                Current blocking;
                if (!readCurrent(db, Kind::Tasks, other, &blocking, error)) {
                    *dbFailed = true;
                    return out;
                }
                out.serverRow = blocking.row;
                return refuse(Refused, QStringLiteral("booking_conflict"),
                    QStringLiteral("tasks %1: the %2 is booked from %3 to %4 by dispatch order %5")
                        .arg(change.id, sameCar ? QStringLiteral("vehicle") : QStringLiteral("driver"),
                            blocking.row.value(QStringLiteral("values"))
                                .toObject()
                                .value(Field::StartAt)
                                .toString(),
                            blocking.row.value(QStringLiteral("values"))
                                .toObject()
                                .value(Field::EndAt)
                                .toString(),
                            blocking.row.value(QStringLiteral("values"))
                                .toObject()
                                .value(Field::Code)
                                .toString()));
            }
            q.finish();
            q.prepare(
                QStringLiteral("INSERT INTO bookings (task_id, vehicle_id, driver_id, start_ms, end_ms) "
                               "VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(change.id);
            q.addBindValue(vehicle);
            q.addBindValue(driver);
            q.addBindValue(start);
            q.addBindValue(end);
            if (!q.exec())
                return failed(q);
        }
    }

    const qint64 now = serverNowMs();
    const QString data = compact(QJsonObject::fromVariantMap(values));
    q.prepare(
        QStringLiteral("INSERT INTO change_log (change_id, kind, record_id, action, user_name, at_ms, data) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
    q.addBindValue(change.changeId);
    q.addBindValue(change.kind);
    q.addBindValue(change.id);
    q.addBindValue(change.remove ? QStringLiteral("delete") : QStringLiteral("upsert"));
    q.addBindValue(user);
    q.addBindValue(now);
    q.addBindValue(data);
    if (!q.exec() || !q.next())
        return failed(q);
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    q.prepare(
        QStringLiteral("INSERT INTO records (kind, id, natural_key, version, deleted, data, updated_ms, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET "
                       "natural_key = excluded.natural_key, version = excluded.version, deleted = "
                       "excluded.deleted, data = excluded.data, updated_ms = excluded.updated_ms, "
                       "updated_by = excluded.updated_by"));
    q.addBindValue(change.kind);
    q.addBindValue(change.id);
    q.addBindValue(key);
    q.addBindValue(seq);
    q.addBindValue(change.remove ? 1 : 0);
    q.addBindValue(data);
    q.addBindValue(now);
    q.addBindValue(user);
    if (!q.exec())
        return failed(q);
    out.status = Applied;
    out.version = seq;
    return out;
}

bool SyncService::pull(qint64 after, int limit, PullPage *page, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT seq, change_id, kind, record_id, action, user_name, at_ms, data FROM change_log "
        "WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *page = {};
    page->lastSeq = after;
    while (q.next()) {
        if (page->changes.size() == limit) {
            page->more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        QJsonObject row = rowJson(q.value(2).toString(), q.value(3).toString(), seq,
            q.value(4).toString() == QLatin1String("delete"), q.value(7).toString(), q.value(6).toLongLong(),
            q.value(5).toString());
        row.insert(QStringLiteral("seq"), seq);
        row.insert(QStringLiteral("change_id"), q.value(1).toString());
        page->changes.append(row);
        page->lastSeq = seq;
    }
    return true;
}

std::optional<QJsonObject> SyncService::row(const QString &kind, const QString &id, QString *error)
{
    QSqlDatabase db = m_db.connection();
    Current current;
    if (!readCurrent(db, kind, id, &current, error))
        return std::nullopt;
    error->clear();
    if (!current.exists)
        return std::nullopt;
    return current.row;
}
