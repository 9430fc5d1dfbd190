#include "store/trackreader.h"
#include "base/timeparse.h"
#include "store/trackdays.h"
#include <QCoreApplication>

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

QString TrackReader::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

void TrackReader::fail(const QString &message) const
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_error.isEmpty())
            m_error = message;
    }
    if (m_stop)
        m_stop->store(true);
}

std::vector<checks::Fix> TrackReader::fixes(const QString &plate, qint64 fromMs, qint64 toMs) const
{
    std::vector<checks::Fix> out;
    const QString vehicleId = m_vehicleIds.value(plate);
    if (vehicleId.isEmpty() || toMs <= fromMs)
        return out;
    sqlite3 *db = acquire();
    if (!db) {
        fail(QCoreApplication::translate("TrackDays", "%1: cannot open to read tracks").arg(m_path));
        return out;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, TrackDays::kRangeSql, -1, &stmt, nullptr) == SQLITE_OK) {
        const QByteArray id = vehicleId.toUtf8();
        const TrackDays::DayBounds bounds = TrackDays::dayBounds(fromMs, toMs);
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, bounds.first.constData(), int(bounds.first.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, bounds.last.constData(), int(bounds.last.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 4, fromMs);
        sqlite3_bind_int64(stmt, 5, toMs);
        std::vector<FixCodec::Position> day;
        QByteArray scratch;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const QByteArray blob = QByteArray::fromRawData(
                static_cast<const char *>(sqlite3_column_blob(stmt, 1)), sqlite3_column_bytes(stmt, 1));
            const qsizetype n = TrackDays::decodePositions(blob, day, &scratch);
            if (n < 0) {
                fail(TrackDays::damagedMessage(
                    plate, QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))));
                out.clear();
                break;
            }
            const size_t needed = out.size() + size_t(n);
            if (out.capacity() < needed)
                out.reserve(std::max(needed, 2 * out.capacity())); // geometric: one copy per doubling
            // The day is sorted: only its ends can lie outside the range.
            const FixCodec::Position *first = day.data();
            const FixCodec::Position *last = first + n;
            const auto earlier = [](const FixCodec::Position &f, qint64 t) { return f.timeMs < t; };
            first = std::lower_bound(first, last, fromMs, earlier);
            last = std::lower_bound(first, last, toMs, earlier);
            for (const FixCodec::Position *f = first; f != last; ++f)
                out.push_back({ f->timeMs, f->lat, f->lon, 0.0f });
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            fail(QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(db))));
            out.clear();
        }
    } else {
        fail(QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    sqlite3_finalize(stmt);
    release(db);
    m_fixesRead += qint64(out.size());
    return out;
}
