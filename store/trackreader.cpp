#include "store/trackreader.h"
#include "base/timeparse.h"
#include "positionio/fixcodec.h"

#include <QFile>
#include <algorithm>
#include <sqlite3.h>

TrackReader::TrackReader(QString databasePath, QHash<QString, QString> plateToVehicleId)
    : m_path(std::move(databasePath))
    , m_vehicleIds(std::move(plateToVehicleId))
{ }

TrackReader::~TrackReader()
{
    for (sqlite3 *db : m_all)
        sqlite3_close(db);
}

sqlite3 *TrackReader::acquire() const
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_idle.empty()) {
            sqlite3 *db = m_idle.back();
            m_idle.pop_back();
            return db;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 10000);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_all.push_back(db);
    return db;
}

void TrackReader::release(sqlite3 *db) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_idle.push_back(db);
}

std::vector<checks::Fix> TrackReader::fixes(const QString &plate, qint64 fromMs, qint64 toMs) const
{
    std::vector<checks::Fix> out;
    const QString vehicleId = m_vehicleIds.value(plate);
    if (vehicleId.isEmpty() || toMs <= fromMs)
        return out;
    sqlite3 *db = acquire();
    if (!db)
        return out;
    sqlite3_stmt *stmt = nullptr;
    static const char sql[] = "SELECT data FROM track_days WHERE vehicle_id = ?1 AND day >= ?2 AND day <= ?3 "
                              "AND last_ms >= ?4 AND first_ms < ?5 ORDER BY day";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        const QByteArray id = vehicleId.toUtf8();
        const QByteArray firstDay = TimeParse::toBeijingDay(fromMs).toUtf8();
        const QByteArray lastDay = TimeParse::toBeijingDay(toMs).toUtf8();
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, firstDay.constData(), int(firstDay.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, lastDay.constData(), int(lastDay.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 4, fromMs);
        sqlite3_bind_int64(stmt, 5, toMs);
        std::vector<PositionFix> day;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QByteArray blob = QByteArray::fromRawData(
                static_cast<const char *>(sqlite3_column_blob(stmt, 0)), sqlite3_column_bytes(stmt, 0));
            const qsizetype count = FixCodec::count(blob);
            if (count <= 0)
                continue;
            day.resize(size_t(count));
            const qsizetype n = FixCodec::decode(blob, day.data(), count);
            const size_t needed = out.size() + size_t(std::max<qsizetype>(n, 0));
            if (out.capacity() < needed)
                out.reserve(std::max(needed, 2 * out.capacity())); // geometric: one copy per doubling
            for (qsizetype k = 0; k < n; ++k) {
                const PositionFix &f = day[size_t(k)];
                if (f.timeMs >= fromMs && f.timeMs < toMs)
                    out.push_back({ f.timeMs, f.lat, f.lon, f.hasSpeed() ? f.speedKmh : 0.0f });
            }
        }
    }
    sqlite3_finalize(stmt);
    release(db);
    return out;
}
