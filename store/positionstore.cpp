#include "store/positionstore.h"
#include "base/timeparse.h"
#include "positionio/fixcodec.h"
#include "store/trackdays.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <map>

PositionStore::PositionStore(const QSqlDatabase &db)
    : m_db(db)
{ }

PositionStore::AddResult PositionStore::add(const QString &vehicleId, std::vector<PositionFix> fixes)
{
    AddResult result;
    const std::map<QString, std::vector<PositionFix>> byDay = TrackDays::splitByDay(std::move(fixes));
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT data FROM track_days WHERE vehicle_id = ? AND day = ?"));
    QSqlQuery write(m_db);
    write.prepare(
        QStringLiteral("INSERT OR REPLACE INTO track_days (vehicle_id, day, first_ms, last_ms, fix_count, "
                       "data) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const auto &[day, incoming] : byDay) {
        read.addBindValue(vehicleId);
        read.addBindValue(day);
        std::vector<PositionFix> stored;
        // A read that fails must not pass for an empty day: the write below would replace what is stored.
        if (!read.exec()) {
            result.ok = false;
            result.error = read.lastError().text();
            return result;
        }
        if (read.next()) {
            const qsizetype n = TrackDays::decode(read.value(0).toByteArray(), stored);
            if (n < 0) {
                result.ok = false;
                result.error = TrackDays::damagedMessage(plateOf(vehicleId), day);
                return result;
            }
            stored.resize(size_t(n));
        }
        read.finish();
        TrackDays::MergeCounts counts;
        const std::vector<PositionFix> merged = TrackDays::merge(stored, incoming, counts);
        result.added += counts.added;
        result.replaced += counts.replaced;
        if (counts.added == 0 && counts.replaced == 0)
            continue; // re-importing the same fixes writes nothing
        QString error;
        const QByteArray blob = FixCodec::encode(merged, FixCodec::Compression::Auto, &error);
        if (blob.isEmpty()) {
            result.ok = false;
            result.error = error;
            return result;
        }
        write.addBindValue(vehicleId);
        write.addBindValue(day);
        write.addBindValue(merged.front().timeMs);
        write.addBindValue(merged.back().timeMs);
        write.addBindValue(qint64(merged.size()));
        write.addBindValue(blob);
        if (!write.exec()) {
            result.ok = false;
            result.error = write.lastError().text();
            return result;
        }
        ++result.daysWritten;
    }
    return result;
}

std::vector<PositionFix> PositionStore::fixes(
    const QString &vehicleId, qint64 fromMs, qint64 toMs, QString *error) const
{
    std::vector<PositionFix> out;
    QString failure;
    const bool ok = forEachDay(
        vehicleId, fromMs, toMs,
        [&](const std::vector<PositionFix> &day) {
            out.insert(out.end(), day.begin(), day.end());
            return true;
        },
        &failure);
    if (error)
        *error = failure;
    if (!ok)
        out.clear();
    return out;
}

bool PositionStore::forEachDay(
    const QString &vehicleId, qint64 fromMs, qint64 toMs, const DaySink &sink, QString *error) const
{
    if (toMs <= fromMs)
        return true;
    const TrackDays::DayBounds bounds = TrackDays::dayBounds(fromMs, toMs);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromLatin1(TrackDays::kRangeSql))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.addBindValue(vehicleId);
    q.addBindValue(QString::fromLatin1(bounds.first));
    q.addBindValue(QString::fromLatin1(bounds.last));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    std::vector<PositionFix> day;
    std::vector<PositionFix> inRange;
    while (q.next()) {
        const qsizetype n = TrackDays::decode(q.value(1).toByteArray(), day);
        if (n < 0) {
            if (error)
                *error = TrackDays::damagedMessage(plateOf(vehicleId), q.value(0).toString());
            return false;
        }
        day.resize(size_t(n));
        const std::vector<PositionFix> *out = &day;
        if (day.empty() || day.front().timeMs < fromMs || day.back().timeMs >= toMs) {
            inRange.clear();
            for (const PositionFix &f : day) {
                if (f.timeMs >= fromMs && f.timeMs < toMs)
                    inRange.push_back(f);
            }
            out = &inRange;
        }
        if (!out->empty() && !sink(*out))
            return true;
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList PositionStore::verify(qint64 *days, qint64 *fixes) const
{
    QStringList problems;
    qint64 dayCount = 0, fixCount = 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.vehicle_id, t.day, t.data, t.fix_count, t.first_ms, t.last_ms "
                               "FROM track_days t ORDER BY t.vehicle_id, t.day"))) {
        problems << q.lastError().text();
        return problems;
    }
    std::vector<PositionFix> day;
    while (q.next()) {
        const qsizetype n = TrackDays::decode(q.value(2).toByteArray(), day);
        // A block that decodes but disagrees with its row's count or span is damaged just as much.
        if (n < 0 || n != q.value(3).toLongLong() || n == 0 || day.front().timeMs != q.value(4).toLongLong()
            || day[size_t(n - 1)].timeMs != q.value(5).toLongLong()) {
            problems << TrackDays::damagedMessage(plateOf(q.value(0).toString()), q.value(1).toString());
            continue;
        }
        ++dayCount;
        fixCount += n;
    }
    if (q.lastError().isValid())
        problems << q.lastError().text();
    if (days)
        *days = dayCount;
    if (fixes)
        *fixes = fixCount;
    return problems;
}

QString PositionStore::plateOf(const QString &vehicleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT plate FROM vehicles WHERE id = ?"));
    q.addBindValue(vehicleId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return vehicleId;
}

qint64 PositionStore::fixCount(const QString &vehicleId) const
{
    QSqlQuery q(m_db);
    if (vehicleId.isEmpty()) {
        q.exec(QStringLiteral("SELECT coalesce(sum(fix_count), 0) FROM track_days"));
    } else {
        q.prepare(QStringLiteral("SELECT coalesce(sum(fix_count), 0) FROM track_days WHERE vehicle_id = ?"));
        q.addBindValue(vehicleId);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 PositionStore::storedBytes() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM track_days"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList PositionStore::vehiclesWithFixes(qint64 fromMs, qint64 toMs) const
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT DISTINCT vehicle_id FROM track_days WHERE last_ms >= ? AND first_ms < ?"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.exec();
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}
