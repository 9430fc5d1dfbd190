#include "store/anomalystore.h"
#include "store/writescope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const char *const kColumns
    = "id, key, rule, plate, driver_code, task_code, card_no, start_ms, end_ms, evidence, "
      "status, reason, first_found_at, last_found_at, updated_at, updated_by";

AnomalyRecord fromQuery(const QSqlQuery &q)
{
    AnomalyRecord r;
    r.id = q.value(0).toString();
    r.key = q.value(1).toString();
    r.rule = q.value(2).toString();
    r.plate = q.value(3).toString();
    r.driverCode = q.value(4).toString();
    r.taskCode = q.value(5).toString();
    r.cardNo = q.value(6).toString();
    r.startMs = q.value(7).toLongLong();
    r.endMs = q.value(8).toLongLong();
    r.evidence = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    r.status = q.value(10).toString();
    r.reason = q.value(11).toString();
    r.firstFoundAt = q.value(12).toString();
    r.lastFoundAt = q.value(13).toString();
    r.updatedAt = q.value(14).toString();
    r.updatedBy = q.value(15).toString();
    return r;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList AnomalyStore::statuses()
{
    return { QStringLiteral("new"), QStringLiteral("review"), QStringLiteral("supervised"),
        QStringLiteral("confirmed"), QStringLiteral("dismissed") };
}

QString AnomalyStore::statusLabel(const QString &status)
{
    if (status == QStringLiteral("new"))
        return tr("New");
    if (status == QStringLiteral("review"))
        return tr("Under review");
    if (status == QStringLiteral("supervised"))
        return tr("Supervised");
    if (status == QStringLiteral("confirmed"))
        return tr("Violation confirmed");
    if (status == QStringLiteral("dismissed"))
        return tr("Dismissed");
    return status;
}

AnomalyStore::AnomalyStore(const QSqlDatabase &db)
    : m_db(db)
{ }

AnomalyStore::SaveStats AnomalyStore::save(const std::vector<checks::Anomaly> &found, const QString &user)
{
    SaveStats stats;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    WriteScope scope(m_db);
    if (!scope.isOpen())
        return { false, 0, 0, 0, scope.errorString() };
    QSqlQuery find(m_db), insert(m_db), update(m_db), touch(m_db);
    find.prepare(
        QStringLiteral("SELECT id, start_ms, end_ms, evidence, driver_code FROM anomalies WHERE key = ?"));
    insert.prepare(
        QStringLiteral("INSERT INTO anomalies (id, key, rule, plate, driver_code, task_code, card_no, "
                       "start_ms, end_ms, evidence, status, first_found_at, last_found_at, updated_at, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?)"));
    // Status and reason are the auditor's: a re-run only refreshes the figures.
    update.prepare(
        QStringLiteral("UPDATE anomalies SET end_ms = ?, evidence = ?, driver_code = ?, last_found_at = ?, "
                       "updated_at = ? WHERE id = ?"));
    touch.prepare(QStringLiteral("UPDATE anomalies SET last_found_at = ? WHERE id = ?"));
    for (const checks::Anomaly &a : found) {
        const QString key = a.identityKey();
        const QString evidence = compact(a.evidence);
        find.addBindValue(key);
        find.exec();
        if (find.next()) {
            const QString id = find.value(0).toString();
            const bool same = find.value(2).toLongLong() == a.endMs && find.value(3).toString() == evidence
                && find.value(4).toString() == a.driverCode;
            find.finish();
            QSqlQuery &q = same ? touch : update;
            if (!same) {
                q.addBindValue(a.endMs);
                q.addBindValue(evidence);
                q.addBindValue(a.driverCode);
                q.addBindValue(now);
            }
            q.addBindValue(now);
            q.addBindValue(id);
            if (!q.exec())
                return { false, 0, 0, 0, WriteScope::reason(q.lastError()) };
            ++(same ? stats.unchanged : stats.updated);
            continue;
        }
        find.finish();
        for (const QVariant &v :
            { QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(key), QVariant(a.rule),
                QVariant(a.plate), QVariant(a.driverCode), QVariant(a.taskCode), QVariant(a.cardNo),
                QVariant(a.startMs), QVariant(a.endMs), QVariant(evidence), QVariant(now), QVariant(now),
                QVariant(now), QVariant(user.isNull() ? QStringLiteral("") : user) })
            insert.addBindValue(v);
        if (!insert.exec())
            return { false, 0, 0, 0, WriteScope::reason(insert.lastError()) };
        ++stats.added;
    }
    if (!scope.commit())
        return { false, 0, 0, 0, scope.errorString() };
    return stats;
}

QList<AnomalyRecord> AnomalyStore::list(const Filter &filter) const
{
    QStringList where { QStringLiteral("deleted = 0") };
    QVariantList binds;
    for (const auto &[column, value] :
        { std::pair { "rule", filter.rule }, { "plate", filter.plate }, { "status", filter.status } }) {
        if (!value.isEmpty()) {
            where << QLatin1String(column) + QStringLiteral(" = ?");
            binds << value;
        }
    }
    if (filter.fromMs) {
        where << QStringLiteral("end_ms >= ?");
        binds << filter.fromMs;
    }
    if (filter.toMs) {
        where << QStringLiteral("start_ms < ?");
        binds << filter.toMs;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM anomalies WHERE %2 ORDER BY start_ms, rule, plate")
                  .arg(QLatin1String(kColumns), where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec();
    QList<AnomalyRecord> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<AnomalyRecord> AnomalyStore::findByKey(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM anomalies WHERE key = ? AND deleted = 0")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<AnomalyRecord> AnomalyStore::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM anomalies WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QString AnomalyStore::setStatus(
    const QString &id, const QString &status, const QString &reason, const QString &user)
{
    // Read and written under the write lock: two auditors on one finding see each other's word.
    WriteScope scope(m_db);
    if (!scope.isOpen())
        return scope.errorString();
    const std::optional<AnomalyRecord> current = find(id);
    if (!current)
        return tr("the finding does not exist");
    if (!statuses().contains(status))
        return tr("unknown status %1").arg(status);
    if (status == QStringLiteral("dismissed") && reason.trimmed().isEmpty())
        return tr("dismissing a finding needs a reason");
    if (current->status == status && current->reason == reason)
        return {};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE anomalies SET status = ?, reason = ?, updated_at = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(reason.trimmed());
    q.addBindValue(now);
    q.addBindValue(user.isNull() ? QStringLiteral("") : user);
    q.addBindValue(id);
    QSqlQuery log(m_db);
    log.prepare(
        QStringLiteral("INSERT INTO change_log (at, user, kind, record_id, action, changes) VALUES (?, ?, "
                       "'anomalies', ?, 'update', ?)"));
    log.addBindValue(now);
    log.addBindValue(user.isNull() ? QStringLiteral("") : user);
    log.addBindValue(id);
    QJsonObject changes { { QStringLiteral("status"), QJsonArray { current->status, status } } };
    if (current->reason != reason.trimmed())
        changes.insert(QStringLiteral("reason"), QJsonArray { current->reason, reason.trimmed() });
    log.addBindValue(compact(changes));
    if (!q.exec())
        return WriteScope::reason(q.lastError());
    if (!log.exec())
        return WriteScope::reason(log.lastError());
    if (!scope.commit())
        return scope.errorString();
    return {};
}
