#include "server/serverpositions.h"
#include "base/timeparse.h"
#include "positionio/fixcodec.h"
#include "server/passwordhash.h"
#include "server/serverdatabase.h"
#include "store/trackdays.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>

ServerPositions::ServerPositions(ServerDatabase &db)
    : m_db(db)
{ }

bool ServerPositions::addGateway(const QString &name, const QByteArray &key, bool *replaced, QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("the gateway name is empty");
        return false;
    }
    if (key.size() < 32) {
        *error = QStringLiteral(
            "the gateway key is shorter than 32 characters (make one with: openssl rand -hex 32)");
        return false;
    }
    QSqlDatabase db = m_db.connection();
    if (!m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM gateways WHERE name = ?"));
    q.addBindValue(name);
    bool ok = q.exec();
    *replaced = ok && q.next();
    q.finish();
    if (ok) {
        q.prepare(*replaced
                ? QStringLiteral("UPDATE gateways SET key_hash = ?, created_ms = ? WHERE name = ?")
                : QStringLiteral("INSERT INTO gateways (key_hash, created_ms, name) VALUES (?, ?, ?)"));
        q.addBindValue(PasswordHash::tokenDigest(QString::fromLatin1(key)));
        q.addBindValue(serverNowMs());
        q.addBindValue(name);
        ok = q.exec();
    }
    if (!ok) {
        *error = QStringLiteral("cannot save gateway %1: %2").arg(name, q.lastError().text());
        m_db.rollback(db);
        return false;
    }
    q.finish();
    return m_db.commit(db, error);
}

QString ServerPositions::gatewayFor(const QString &key, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM gateways WHERE key_hash = ?"));
    q.addBindValue(PasswordHash::tokenDigest(key));
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

ServerPositions::AddResult ServerPositions::add(const QString &vehicleId, std::vector<PositionFix> fixes)
{
    AddResult result;
    const std::map<QString, std::vector<PositionFix>> byDay = TrackDays::splitByDay(std::move(fixes));
    QSqlDatabase db = m_db.connection();
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT data FROM track_days WHERE vehicle_id = ? AND day = ?"));
    QSqlQuery write(db);
    write.prepare(
        QStringLiteral("INSERT INTO track_days (vehicle_id, day, first_ms, last_ms, fix_count, data) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (vehicle_id, day) DO UPDATE SET first_ms = "
                       "excluded.first_ms, last_ms = excluded.last_ms, fix_count = excluded.fix_count, "
                       "data = excluded.data"));
    for (const auto &[dayName, incoming] : byDay) {
        read.addBindValue(vehicleId);
        read.addBindValue(dayName);
        if (!read.exec()) {
            result.error = read.lastError().text();
            return result;
        }
        std::vector<PositionFix> stored;
        if (read.next()) {
            const qsizetype n = TrackDays::decode(read.value(0).toByteArray(), stored);
            if (n < 0) {
                result.error
                    = QStringLiteral("the stored track of %1 on %2 is damaged").arg(vehicleId, dayName);
                return result;
            }
            stored.resize(size_t(n));
        }
        read.finish();
        TrackDays::MergeCounts counts;
        const std::vector<PositionFix> merged = TrackDays::merge(stored, incoming, counts);
        result.added += counts.added;
        result.replaced += counts.replaced + counts.same; // the server rewrites every instant it was sent
        QString error;
        const QByteArray blob = FixCodec::encode(merged, FixCodec::Compression::Auto, &error);
        if (blob.isEmpty()) {
            result.error = QStringLiteral("%1 on %2: %3").arg(vehicleId, dayName, error);
            return result;
        }
        write.addBindValue(vehicleId);
        write.addBindValue(dayName);
        write.addBindValue(merged.front().timeMs);
        write.addBindValue(merged.back().timeMs);
        write.addBindValue(qint64(merged.size()));
        write.addBindValue(blob);
        if (!write.exec()) {
            result.error = write.lastError().text();
            return result;
        }
    }
    result.ok = true;
    return result;
}

bool ServerPositions::fixes(
    const QString &vehicleId, qint64 fromMs, qint64 toMs, std::vector<PositionFix> *out, QString *error)
{
    out->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT data, day FROM track_days WHERE vehicle_id = ? AND last_ms >= ? AND first_ms < ? "
        "ORDER BY first_ms"));
    q.addBindValue(vehicleId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    std::vector<PositionFix> day;
    while (q.next()) {
        const qsizetype n = TrackDays::decode(q.value(0).toByteArray(), day);
        if (n < 0) {
            *error = QStringLiteral("the stored track of %1 on %2 is damaged")
                         .arg(vehicleId, q.value(1).toString());
            return false;
        }
        for (qsizetype k = 0; k < n; ++k) {
            if (day[size_t(k)].timeMs >= fromMs && day[size_t(k)].timeMs < toMs)
                out->push_back(day[size_t(k)]);
        }
    }
    return true;
}
