#include "store/writescope.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <vector>

namespace {

// Per connection name: a connection is only used by the thread that opened it, but several threads each
// keep their own entry here, hence the mutex around the table (not around the SQL).
struct ScopeState
{
    int depth = 0;
    bool failed = false;
    std::vector<std::function<void(bool)>> callbacks;
};

QMutex &stateMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ScopeState> &states()
{
    static QHash<QString, ScopeState> table;
    return table;
}

} // namespace

QString WriteScope::reason(const QSqlError &error)
{
    // The driver's text, else the database's: never an empty reason.
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    if (text.isEmpty())
        text = QCoreApplication::translate("WriteScope", "unknown SQLite error");
    if (text.contains(QLatin1String("readonly database")))
        return QCoreApplication::translate("WriteScope", "the database file is read-only (%1)").arg(text);
    return text;
}

WriteScope::WriteScope(const QSqlDatabase &db)
    : m_db(db)
    , m_connection(db.connectionName())
{
    {
        QMutexLocker lock(&stateMutex());
        ScopeState &state = states()[m_connection];
        if (state.depth > 0) {
            ++state.depth;
            m_open = true;
            return;
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = reason(q.lastError());
        return;
    }
    QMutexLocker lock(&stateMutex());
    states()[m_connection] = ScopeState { 1, false, {} };
    m_open = true;
}

WriteScope::~WriteScope()
{
    if (m_open)
        end(false);
}

bool WriteScope::commit()
{
    if (!m_open)
        return false;
    return end(true);
}

void WriteScope::onEnd(std::function<void(bool)> callback)
{
    if (!m_open)
        return;
    QMutexLocker lock(&stateMutex());
    states()[m_connection].callbacks.push_back(std::move(callback));
}

bool WriteScope::active(const QSqlDatabase &db)
{
    QMutexLocker lock(&stateMutex());
    return states().value(db.connectionName()).depth > 0;
}

bool WriteScope::end(bool commit)
{
    m_open = false;
    bool failed = false;
    std::vector<std::function<void(bool)>> callbacks;
    {
        QMutexLocker lock(&stateMutex());
        ScopeState &state = states()[m_connection];
        state.failed = state.failed || !commit;
        if (--state.depth > 0)
            return true;
        failed = state.failed;
        callbacks = std::move(state.callbacks);
        states().remove(m_connection);
    }
    bool committed = false;
    if (!failed) {
        QSqlQuery q(m_db);
        committed = q.exec(QStringLiteral("COMMIT"));
        if (!committed)
            m_error = reason(q.lastError());
    }
    if (!committed)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    for (const auto &callback : callbacks)
        callback(committed);
    return committed;
}
