#include "store/checktasks.h"
#include "base/timeparse.h"
#include "store/taskkmstore.h"

#include <QFile>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <thread>

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

// The handle is only ours to use when Qt's driver runs on the very SQLite we link (Debian's Qt does; the
// Windows installers' driver bundles its own, whose structures ours must not touch).
bool sameSqlite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
        && q.value(0).toString() == QLatin1String(sqlite3_sourceid());
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
    // `file` names the database in error messages.
    Statement(sqlite3 *db, const char *sql, const QString &file, QString *error)
        : m_db(db)
        , m_file(file)
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
            *m_error = QStringLiteral("%1: %2").arg(m_file, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3 *m_db;
    const QString &m_file;
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
bool readNames(sqlite3 *db, const char *sql, const QString &file, QString *error, TextsById &names)
{
    Statement q(db, sql, file, error);
    while (q.next())
        names.insert(bytes(q.get(), 0), text(q.get(), 1));
    return q.ok();
}

// Texts that repeat from row to row (vehicle ids, destinations) become one shared QString each; each also
// gets a number, and its bytes are kept, so that a task_km row's vehicle id can be compared as bytes.
class Interned
{
public:
    // The number of the text in `column`, -1 for NULL.
    int index(sqlite3_stmt *stmt, int column)
    {
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        if (!text)
            return -1;
        const QByteArray key = QByteArray::fromRawData(text, sqlite3_column_bytes(stmt, column));
        const auto found = m_index.constFind(key);
        if (found != m_index.constEnd())
            return found.value();
        m_bytes.emplace_back(key.constData(), key.size()); // a deep copy: `key` is SQLite's
        m_texts.push_back(QString::fromUtf8(key));
        m_index.insert(m_bytes.back(), int(m_texts.size() - 1));
        return int(m_texts.size() - 1);
    }
    const QString &operator()(sqlite3_stmt *stmt, int column) { return text(index(stmt, column)); }
    const QString &text(int index) const { return index < 0 ? m_null : m_texts[std::size_t(index)]; }
    std::string_view bytes(int index) const
    {
        return index < 0 ? std::string_view()
                         : std::string_view(m_bytes[std::size_t(index)].constData(),
                             std::size_t(m_bytes[std::size_t(index)].size()));
    }

private:
    QHash<QByteArray, int> m_index;
    std::vector<QString> m_texts;
    std::vector<QByteArray> m_bytes;
    QString m_null;
};

// The task_km rows in the window, decoded. Their texts (task and vehicle ids) lie one after the other in
// `text`.
struct DerivedRows
{
    struct Row
    {
        std::size_t idAt = 0, idLength = 0, vehicleAt = 0, vehicleLength = 0;
        qint64 startMs = 0, endMs = 0;
        checks::TaskKm km; // known = false when the stored figures do not decode
    };
    std::string text;
    std::vector<Row> rows;
    std::string_view view(std::size_t at, std::size_t length) const
    {
        return std::string_view(text).substr(at, length);
    }
};

bool readDerived(
    sqlite3 *handle, const QString &file, const DerivedWindow &window, DerivedRows &out, QString *error)
{
    Statement q(handle, kDerivedSql, file, error);
    sqlite3_stmt *stmt = q.get();
    sqlite3_bind_int64(stmt, 1, window.fromMs);
    sqlite3_bind_int64(stmt, 2, window.toMs);
    while (q.next()) {
        DerivedRows::Row row;
        const std::string_view id = bytes(stmt, 0);
        const std::string_view vehicle = bytes(stmt, 1);
        row.idAt = out.text.size();
        row.idLength = id.size();
        out.text.append(id);
        row.vehicleAt = out.text.size();
        row.vehicleLength = vehicle.size();
        out.text.append(vehicle);
        row.startMs = sqlite3_column_int64(stmt, 2);
        row.endMs = sqlite3_column_int64(stmt, 3);
        const QByteArray blob = QByteArray::fromRawData(
            static_cast<const char *>(sqlite3_column_blob(stmt, 6)), sqlite3_column_bytes(stmt, 6));
        if (TaskKmStore::decode(blob, row.km)) {
            row.km.known = true;
            row.km.maxSpeedKmh = sqlite3_column_double(stmt, 4);
            row.km.sameTimeJumpM = sqlite3_column_double(stmt, 5);
        }
        out.rows.push_back(std::move(row));
    }
    return q.ok();
}

// Reads the task_km rows on a thread of its own, over a read-only connection that thread opens (a connection
// is used only by the thread that opened it), while the calling thread reads the tasks: the two were half
// each of the load that every rule waits for. The connection sees the file as last committed, as the track
// reader's connections do; so it is used only when the caller's connection has no transaction open.
class DerivedReader
{
public:
    DerivedReader(QString path, const DerivedWindow &window)
        : m_thread([this, path = std::move(path), window]() {
            sqlite3 *own = nullptr;
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &own, SQLITE_OPEN_READONLY, nullptr)
                != SQLITE_OK) {
                m_error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(own)));
                m_ok = false;
            } else {
                sqlite3_busy_timeout(own, 10000);
                m_ok = readDerived(own, path, window, m_rows, &m_error);
            }
            sqlite3_close(own);
        })
    { }
    ~DerivedReader()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    DerivedReader(const DerivedReader &) = delete;
    DerivedReader &operator=(const DerivedReader &) = delete;
    // Waits for the rows; false, with *error, when they could not be read.
    bool take(DerivedRows &rows, QString *error)
    {
        m_thread.join();
        if (!m_ok && error && error->isEmpty())
            *error = m_error;
        rows = std::move(m_rows);
        return m_ok;
    }

private:
    DerivedRows m_rows;
    QString m_error;
    bool m_ok = true;
    std::thread m_thread; // last: starts once the members it writes exist
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
    if (!sameSqlite(db)) {
        if (error)
            *error = QStringLiteral("%1: Qt's SQLite driver is built on another SQLite than FleetDesk (%2); "
                                    "checks need both on the system's library")
                         .arg(db.databaseName(), QLatin1String(sqlite3_sourceid()));
        return false;
    }
    TextsById plates, drivers, units;
    const QString name = db.databaseName();
    if (!readNames(handle, "SELECT id, plate FROM vehicles", name, error, plates)
        || !readNames(handle, "SELECT id, code FROM drivers", name, error, drivers)
        || !readNames(handle, "SELECT id, code FROM units", name, error, units))
        return false;
    {
        // Room for them all at once: a task is ~250 bytes, and growing 200 k of them by doubling cost more
        // in fresh pages and moves than reading them. max(rowid) is a bound at the cost of one look-up.
        Statement q(handle, "SELECT max(rowid) FROM tasks", name, error);
        if (q.next()) {
            const qint64 bound = std::min<qint64>(sqlite3_column_int64(q.get(), 0), 10'000'000);
            tasks.reserve(tasks.size() + std::size_t(std::max<qint64>(bound, 0)));
            keys.reserve(keys.size() + std::size_t(std::max<qint64>(bound, 0)));
        }
    }
    std::optional<DerivedReader> reader;
    const char *file = sqlite3_db_filename(handle, "main");
    if (derived && file && *file && sqlite3_get_autocommit(handle))
        reader.emplace(QFile::decodeName(file), *derived);
    const std::size_t first = tasks.size();
    std::string ids; // the tasks' ids one after the other, to match task_km
    struct TaskRef
    {
        std::size_t idAt, idLength; // in `ids`
        int vehicle; // in `vehicles`
    };
    std::vector<TaskRef> refs; // per task read
    Interned vehicles, destinations;
    {
        Statement q(handle, kTasksSql, name, error);
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
            const int vehicle = vehicles.index(stmt, 1);
            refs.push_back({ ids.size(), id.size(), vehicle });
            ids.append(id);
            keys.push_back({ QString::fromUtf8(id.data(), qsizetype(id.size())), vehicles.text(vehicle) });
            tasks.push_back(std::move(t));
        }
        if (!q.ok())
            return false;
    }
    if (!derived)
        return true;
    DerivedRows rows;
    if (reader ? !reader->take(rows, error) : !readDerived(handle, name, *derived, rows, error))
        return false;
    // The tasks' ids sorted, to find each task_km row's task: its rows come in task_id order (the table's
    // key, compared as bytes), so the entry after the last one found is tried first and the search walks
    // the sorted ids in step. Sorted by their first eight bytes as a number first: ids differ there (UUIDs),
    // so the sort compares integers, not strings (a hash was slower: a cache miss per row). What a row is
    // checked against is copied in, so the walk reads the tasks only to give one its km.
    struct Id
    {
        std::uint64_t prefix;
        std::string_view id;
        std::size_t task; // index in `tasks`
        qint64 startMs;
        qint64 endMs;
        int vehicle;
        bool operator<(const Id &o) const { return prefix != o.prefix ? prefix < o.prefix : id < o.id; }
    };
    auto prefixOf = [](std::string_view id) {
        std::uint64_t prefix = 0;
        for (std::size_t k = 0; k < 8; ++k)
            prefix = (prefix << 8) | (k < id.size() ? std::uint8_t(id[k]) : 0);
        return prefix;
    };
    std::vector<Id> byId;
    byId.reserve(refs.size());
    for (std::size_t i = 0; i < refs.size(); ++i) {
        const std::string_view id = std::string_view(ids).substr(refs[i].idAt, refs[i].idLength);
        const checks::Task &t = tasks[first + i];
        byId.push_back({ prefixOf(id), id, first + i, t.startMs, t.endMs, refs[i].vehicle });
    }
    std::sort(byId.begin(), byId.end());
    auto next = byId.begin();
    auto find = [&](std::string_view id) {
        const Id wanted { prefixOf(id), id, 0, 0, 0, -1 };
        if (next != byId.end() && next->prefix == wanted.prefix && next->id == id)
            return next++;
        const auto at = std::lower_bound(byId.begin(), byId.end(), wanted);
        if (at == byId.end() || at->id != id)
            return byId.end();
        next = std::next(at);
        return at;
    };
    for (DerivedRows::Row &row : rows.rows) {
        const auto found = find(rows.view(row.idAt, row.idLength));
        // Only while the task's vehicle, start and end are those the figures were worked out for.
        if (found == byId.end() || !row.km.known || row.startMs != found->startMs || row.endMs != found->endMs
            || rows.view(row.vehicleAt, row.vehicleLength) != vehicles.bytes(found->vehicle))
            continue;
        tasks[found->task].trackKm = std::move(row.km);
    }
    return true;
}

} // namespace CheckTasks
