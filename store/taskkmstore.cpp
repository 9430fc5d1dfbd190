#include "store/taskkmstore.h"
#include "base/timeparse.h"
#include "store/writescope.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <cstring>

TaskKmStore::TaskKmStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QHash<QString, qint64> TaskKmStore::trackChanges(QString *error) const
{
    QHash<QString, qint64> seqs;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT vehicle_id, seq FROM track_changes"))) {
        if (error)
            *error = WriteScope::reason(q.lastError());
        return seqs;
    }
    while (q.next())
        seqs.insert(q.value(0).toString(), q.value(1).toLongLong());
    return seqs;
}

int TaskKmStore::save(const std::vector<Row> &rows, const QHash<QString, qint64> &seen, QString *error)
{
    if (rows.empty())
        return 0;
    WriteScope scope(m_db);
    if (!scope.isOpen()) {
        if (error)
            *error = scope.errorString();
        return -1;
    }
    // Inside the write lock nobody else writes, so a counter equal to the one seen before the check read
    // its tracks means the vehicle's days are still what the check read.
    QString failure;
    const QHash<QString, qint64> now = trackChanges(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return -1;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO task_km (task_id, vehicle_id, first_day, last_day, start_ms, "
                       "end_ms, max_speed_kmh, same_time_m, km) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int kept = 0;
    for (const Row &row : rows) {
        if (now.value(row.vehicleId, 0) != seen.value(row.vehicleId, 0))
            continue;
        q.addBindValue(row.taskId);
        q.addBindValue(row.vehicleId);
        q.addBindValue(TimeParse::toBeijingDay(row.startMs));
        q.addBindValue(TimeParse::toBeijingDay(row.endMs));
        q.addBindValue(row.startMs);
        q.addBindValue(row.endMs);
        q.addBindValue(row.km.maxSpeedKmh);
        q.addBindValue(row.km.sameTimeJumpM);
        q.addBindValue(encode(row.km));
        if (!q.exec()) {
            if (error)
                *error = WriteScope::reason(q.lastError());
            return -1; // the scope rolls back
        }
        ++kept;
    }
    if (!scope.commit()) {
        if (error)
            *error = scope.errorString();
        return -1;
    }
    return kept;
}

bool TaskKmStore::clear(QString *error)
{
    WriteScope scope(m_db);
    QSqlQuery q(m_db);
    if (!scope.isOpen() || !q.exec(QStringLiteral("DELETE FROM task_km")) || !scope.commit()) {
        if (error)
            *error = scope.isOpen() ? WriteScope::reason(q.lastError()) : scope.errorString();
        return false;
    }
    return true;
}

int TaskKmStore::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM task_km")) && q.next() ? q.value(0).toInt() : 0;
}

QByteArray TaskKmStore::encode(const checks::TaskKm &km)
{
    const qint32 n = qint32(km.cuts.size());
    QByteArray blob(qsizetype(4 + 8 * n + 8 * (n + 1)), Qt::Uninitialized);
    char *p = blob.data();
    qToLittleEndian<qint32>(n, p);
    p += 4;
    for (qint64 cut : km.cuts) {
        qToLittleEndian<qint64>(cut, p);
        p += 8;
    }
    for (qint32 i = 0; i <= n; ++i) {
        const double value = i < qint32(km.pieces.size()) ? km.pieces[size_t(i)] : 0.0;
        quint64 bits;
        std::memcpy(&bits, &value, 8);
        qToLittleEndian<quint64>(bits, p);
        p += 8;
    }
    return blob;
}

bool TaskKmStore::decode(const QByteArray &blob, checks::TaskKm &km)
{
    if (blob.size() < 12)
        return false;
    const char *p = blob.constData();
    const qint32 n = qFromLittleEndian<qint32>(p);
    if (n < 0 || blob.size() != qsizetype(4 + 8 * qint64(n) + 8 * (qint64(n) + 1)))
        return false;
    p += 4;
    km.cuts.resize(size_t(n));
    for (qint32 i = 0; i < n; ++i, p += 8)
        km.cuts[size_t(i)] = qFromLittleEndian<qint64>(p);
    km.pieces.resize(size_t(n) + 1);
    for (qint32 i = 0; i <= n; ++i, p += 8) {
        const quint64 bits = qFromLittleEndian<quint64>(p);
        std::memcpy(&km.pieces[size_t(i)], &bits, 8);
    }
    return true;
}
