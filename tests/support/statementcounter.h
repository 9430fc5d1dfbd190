#pragma once
// Counts the SQL statements one connection runs, as SQLite runs them (sqlite3_trace_v2 on the Qt driver's
// handle, with the bound values expanded), so a test can say how often a row was read without the product
// counting anything. Qt's SQLite driver links the system libsqlite3, the one this header calls.
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

#include <functional>
#include <sqlite3.h>

class StatementCounter
{
public:
    // Counts the statements `match` accepts (given the SQL with its values), from now until destroyed.
    StatementCounter(const QSqlDatabase &db, std::function<bool(const QString &sql)> match)
        : m_match(std::move(match))
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.data());
        if (m_db)
            sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCounter::trace, this);
    }
    ~StatementCounter()
    {
        if (m_db)
            sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    }
    StatementCounter(const StatementCounter &) = delete;
    StatementCounter &operator=(const StatementCounter &) = delete;

    bool attached() const { return m_db != nullptr; }
    int count() const { return int(m_seen.size()); }
    const QStringList &statements() const { return m_seen; }

private:
    static int trace(unsigned, void *self, void *statement, void *)
    {
        auto *counter = static_cast<StatementCounter *>(self);
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        const QString text = QString::fromUtf8(sql);
        sqlite3_free(sql);
        if (counter->m_match(text))
            counter->m_seen << text;
        return 0;
    }

    sqlite3 *m_db = nullptr;
    std::function<bool(const QString &)> m_match;
    QStringList m_seen;
};
