#include "store/checktasks.h"
#include "base/timeparse.h"
#include "store/taskkmstore.h"

#include <QHash>
#include <QSqlDriver>
#include <QStringView>
#include <QVariant>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

namespace CheckTasks {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString text(sqlite3_stmt *stmt, int column)
{
    const char *value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return value ? QString::fromUtf8(value, sqlite3_column_bytes(stmt, column)) : QString();
}

qint64 ms(sqlite3_stmt *stmt, int column)
{
    const char *value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    if (!value)
        return 0;
    return TimeParse::parseMs(value, value + sqlite3_column_bytes(stmt, column)).value_or(0);
}

// The tasks alone, in the table's order (the rules add up floating-point figures task by task, so the order
// is the one the joined query used to give: a scan of tasks). Vehicles, drivers and units are small and
// looked up in memory; task_km is scanned once and matched by id. Joined row by row, each task_km look-up
// was a random read in a file of a gigabyte, through SQLite's small page cache.
const char kTasksSql[]
    = "SELECT code, vehicle_id, driver_id, unit_id, dest_name, start_at, end_at, dest_lat, "
      "dest_lon, nav_km, id FROM tasks WHERE deleted = 0";
const char kDerivedSql[] = "SELECT task_id, vehicle_id, start_ms, end_ms, max_speed_kmh, same_time_m, km "
                           "FROM task_km WHERE end_ms >= ? AND start_ms < ?";

std::string_view bytes(sqlite3_stmt *stmt, int column)
{
    const char *value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return value ? std::string_view(value, size_t(sqlite3_column_bytes(stmt, column))) : std::string_view();
}

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql, const QSqlDatabase &qdb, QString *error)
        : m_db(db)
        , m_qdb(qdb)
        , m_error(error)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail();
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    bool ok() const { return m_ok; }
    // Steps to the next row; false at the end or on an error (then ok() is false).
    bool next()
    {
        if (!m_ok)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }

private:
    void fail()
    {
        m_ok = false;
        if (m_error && m_error->isEmpty())
            *m_error
                = QStringLiteral("%1: %2").arg(m_qdb.databaseName(), QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3 *m_db;
    const QSqlDatabase &m_qdb;
    QString *m_error;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
};

// Texts looked up by the UTF-8 bytes SQLite hands out, without copying them: a hash, as every task looks up
// its vehicle, driver and unit (an ordered map cost a dozen comparisons of 36-byte ids each, a fifth of the
// load).
class TextsById
{
public:
    const QString *find(std::string_view key) const
    {
        const auto found = m_texts.constFind(QByteArray::fromRawData(key.data(), qsizetype(key.size())));
        return found == m_texts.constEnd() ? nullptr : &found.value();
    }
    const QString &insert(std::string_view key, QString text)
    {
        return m_texts.insert(QByteArray(key.data(), qsizetype(key.size())), std::move(text)).value();
    }

private:
    QHash<QByteArray, QString> m_texts;
};

// id -> a text of that row (vehicles' plates, drivers' and units' codes), tombstoned rows included: old
// tasks still name them.
bool readNames(sqlite3 *db, const char *sql, const QSqlDatabase &qdb, QString *error, TextsById &names)
{
    Statement q(db, sql, qdb, error);
    while (q.next())
        names.insert(bytes(q.get(), 0), text(q.get(), 1));
    return q.ok();
}

// Texts that repeat from row to row (vehicle ids, destinations) become one shared QString each.
class Interned
{
public:
    const QString &operator()(sqlite3_stmt *stmt, int column)
    {
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        if (!text)
            return m_null;
        const std::string_view key(text, size_t(sqlite3_column_bytes(stmt, column)));
        if (const QString *known = m_strings.find(key))
            return *known;
        return m_strings.insert(key, QString::fromUtf8(text, qsizetype(key.size())));
    }

private:
    TextsById m_strings;
    QString m_null;
};

} // namespace

bool read(const QSqlDatabase &db, const std::optional<DerivedWindow> &derived,
    std::vector<checks::Task> &tasks, std::vector<Keys> &keys, QString *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("%1: not an open SQLite connection").arg(db.databaseName());
        return false;
    }
    TextsById plates, drivers, units;
    if (!readNames(handle, "SELECT id, plate FROM vehicles", db, error, plates)
        || !readNames(handle, "SELECT id, code FROM drivers", db, error, drivers)
        || !readNames(handle, "SELECT id, code FROM units", db, error, units))
        return false;
    {
        // Room for them all at once: a task is ~250 bytes, and growing 200 k of them by doubling cost more
        // in fresh pages and moves than reading them. max(rowid) is a bound at the cost of one look-up.
        Statement q(handle, "SELECT max(rowid) FROM tasks", db, error);
        if (q.next()) {
            const qint64 bound = std::min<qint64>(sqlite3_column_int64(q.get(), 0), 10'000'000);
            tasks.reserve(tasks.size() + std::size_t(std::max<qint64>(bound, 0)));
            keys.reserve(keys.size() + std::size_t(std::max<qint64>(bound, 0)));
        }
    }
    const std::size_t first = tasks.size();
    std::string ids; // the tasks' ids one after the other, to match task_km
    std::vector<std::pair<std::size_t, std::size_t>> idAt; // offset and length in `ids`, per task
    {
        Statement q(handle, kTasksSql, db, error);
        Interned vehicles, destinations;
        sqlite3_stmt *stmt = q.get();
        while (q.next()) {
            // As the joins did: a task whose vehicle or driver row is missing is not judged.
            const QString *plate = plates.find(bytes(stmt, 1));
            const QString *driver = drivers.find(bytes(stmt, 2));
            if (!plate || !driver)
                continue;
            checks::Task t;
            t.code = text(stmt, 0);
            t.plate = *plate;
            t.driverCode = *driver;
            if (sqlite3_column_type(stmt, 3) != SQLITE_NULL) {
                if (const QString *unit = units.find(bytes(stmt, 3)))
                    t.unitCode = *unit;
            }
            t.destName = destinations(stmt, 4);
            t.startMs = ms(stmt, 5);
            t.endMs = ms(stmt, 6);
            t.destLat = sqlite3_column_double(stmt, 7);
            t.destLon = sqlite3_column_double(stmt, 8);
            t.navKm = sqlite3_column_double(stmt, 9);
            const std::string_view id = bytes(stmt, 10);
            idAt.emplace_back(ids.size(), id.size());
            ids.append(id);
            keys.push_back({ QString::fromUtf8(id.data(), qsizetype(id.size())), vehicles(stmt, 1) });
            tasks.push_back(std::move(t));
        }
        if (!q.ok())
            return false;
    }
    if (!derived)
        return true;
    // The tasks' ids sorted, to find each task_km row's task: its rows come in task_id order (the table's
    // key, compared as bytes), so the entry after the last one found is tried first and the search walks
    // the sorted ids in step. Sorted by their first eight bytes as a number first: ids differ there (UUIDs),
    // so the sort compares integers, not strings (a hash was slower: a cache miss per row).
    struct Id
    {
        std::uint64_t prefix;
        std::string_view id;
        std::size_t task; // index in `tasks`
        bool operator<(const Id &o) const { return prefix != o.prefix ? prefix < o.prefix : id < o.id; }
    };
    auto prefixOf = [](std::string_view id) {
        std::uint64_t prefix = 0;
        for (std::size_t k = 0; k < 8; ++k)
            prefix = (prefix << 8) | (k < id.size() ? std::uint8_t(id[k]) : 0);
        return prefix;
    };
    std::vector<Id> byId;
    byId.reserve(idAt.size());
    for (std::size_t i = 0; i < idAt.size(); ++i) {
        const std::string_view id = std::string_view(ids).substr(idAt[i].first, idAt[i].second);
        byId.push_back({ prefixOf(id), id, first + i });
    }
    std::sort(byId.begin(), byId.end());
    auto next = byId.begin();
    auto find = [&](std::string_view id) {
        const Id wanted { prefixOf(id), id, 0 };
        if (next != byId.end() && next->prefix == wanted.prefix && next->id == id)
            return next++;
        const auto at = std::lower_bound(byId.begin(), byId.end(), wanted);
        if (at == byId.end() || at->id != id)
            return byId.end();
        next = std::next(at);
        return at;
    };
    Statement q(handle, kDerivedSql, db, error);
    sqlite3_stmt *stmt = q.get();
    sqlite3_bind_int64(stmt, 1, derived->fromMs);
    sqlite3_bind_int64(stmt, 2, derived->toMs);
    while (q.next()) {
        const auto found = find(bytes(stmt, 0));
        if (found == byId.end())
            continue;
        // Only while the task's vehicle, start and end are those the figures were worked out for. Ids are
        // ASCII (UUIDs): compared as Latin-1 without a copy; one that is not would only miss its km.
        const std::size_t index = found->task;
        checks::Task &t = tasks[index];
        const QByteArray blob = QByteArray::fromRawData(
            static_cast<const char *>(sqlite3_column_blob(stmt, 6)), sqlite3_column_bytes(stmt, 6));
        const std::string_view vehicleId = bytes(stmt, 1);
        if (keys[index].vehicleId != QLatin1String(vehicleId.data(), qsizetype(vehicleId.size()))
            || sqlite3_column_int64(stmt, 2) != t.startMs || sqlite3_column_int64(stmt, 3) != t.endMs
            || !TaskKmStore::decode(blob, t.trackKm))
            continue;
        t.trackKm.known = true;
        t.trackKm.maxSpeedKmh = sqlite3_column_double(stmt, 4);
        t.trackKm.sameTimeJumpM = sqlite3_column_double(stmt, 5);
    }
    return q.ok();
}

} // namespace CheckTasks
