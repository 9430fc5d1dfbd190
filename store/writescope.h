#pragma once
// The one way anything is written to the file: a write scope. The outermost scope on a connection takes
// SQLite's write lock at once (BEGIN IMMEDIATE, waiting out the busy timeout), so what is read inside it
// cannot be changed by another writer (another thread's connection, another desktop, the command line)
// before the scope ends; scopes opened inside it on the same connection join it. A scope rolls back unless
// commit() is called, and one inner scope that does not commit makes the outermost one roll back, so an
// early return never leaves the lock held or half an edit stored. RecordStore::WriteScope is this scope
// with the record store's change notices; PositionStore and AnomalyStore writers use it directly.
#include <QSqlDatabase>
#include <QString>
#include <functional>

class WriteScope
{
public:
    explicit WriteScope(const QSqlDatabase &db);
    ~WriteScope();
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    // False when the lock could not be taken (busy past the timeout, a read-only file): errorString() says
    // why, in SQLite's words.
    bool isOpen() const { return m_open; }
    // Ends this scope. The outermost one commits, and returns false (with errorString()) when the file
    // refused; an inner one returns true and leaves the decision to the outermost.
    bool commit();
    QString errorString() const { return m_error; }
    // Called once when the outermost scope on this connection ends, with whether it committed: how a store
    // announces changes only once they are really in the file.
    void onEnd(std::function<void(bool committed)> callback);
    // SQLite's own reason for a failed statement, never empty; "read-only" said as such.
    static QString reason(const class QSqlError &error);
    // Whether a scope is open on this connection now.
    static bool active(const QSqlDatabase &db);

private:
    bool end(bool commit);

    QSqlDatabase m_db;
    QString m_connection;
    bool m_open = false;
    QString m_error;
};
