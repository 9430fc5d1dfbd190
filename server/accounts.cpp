#include "server/accounts.h"
#include "server/passwordhash.h"
#include "server/serverdatabase.h"
#include "store/recordkinds.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ServerRole {

bool isValid(const QString &role)
{
    return role == Dispatcher || role == Administrator || role == Auditor || role == Inspector;
}

bool mayWrite(const QString &role, const QString &kind)
{
    if (role == Administrator)
        return true;
    if (role == Dispatcher)
        return kind == Kind::Tasks || kind == Kind::Requests;
    if (role == Auditor) // the supervision office enters the public complaints it supervises
        return kind == Kind::Complaints;
    return false;
}

bool mayWriteAnything(const QString &role)
{
    return role == Administrator || role == Dispatcher || role == Auditor;
}

} // namespace ServerRole

namespace {

QString userSubject(const QString &name)
{
    return QStringLiteral("user:") + name;
}

QString addressSubject(const QString &address)
{
    return QStringLiteral("addr:") + address;
}

} // namespace

Accounts::Accounts(ServerDatabase &db, ThrottlePolicy policy, qint64 sessionLifetimeMs)
    : m_db(db)
    , m_policy(policy)
    , m_lifetimeMs(sessionLifetimeMs)
{ }

bool Accounts::addUser(const Account &account, const QByteArray &password, bool *replaced, QString *error)
{
    if (account.name.trimmed().isEmpty() || account.name != account.name.trimmed()) {
        *error = QStringLiteral("the user name is empty or starts or ends with a space");
        return false;
    }
    if (!ServerRole::isValid(account.role)) {
        *error = QStringLiteral("unknown role \"%1\" (dispatcher, administrator, auditor or inspector)")
                     .arg(account.role);
        return false;
    }
    if (password.size() < 8) {
        *error = QStringLiteral("the password is shorter than 8 characters");
        return false;
    }
    const QString hashed = PasswordHash::hash(password);
    if (hashed.isEmpty()) {
        *error = QStringLiteral("the password could not be hashed (out of memory?)");
        return false;
    }
    QSqlDatabase db = m_db.connection();
    if (!m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE name = ?"));
    q.addBindValue(account.name);
    bool ok = q.exec();
    *replaced = ok && q.next();
    q.finish();
    if (ok && *replaced) {
        q.prepare(
            QStringLiteral("UPDATE users SET role = ?, unit_code = ?, password_hash = ? WHERE name = ?"));
        q.addBindValue(account.role);
        q.addBindValue(account.unit);
        q.addBindValue(hashed);
        q.addBindValue(account.name);
        ok = q.exec();
        if (ok) {
            q.prepare(QStringLiteral(
                "UPDATE sessions SET revoked_ms = ? WHERE user_name = ? AND revoked_ms IS NULL"));
            q.addBindValue(serverNowMs());
            q.addBindValue(account.name);
            ok = q.exec();
        }
    } else if (ok) {
        q.prepare(QStringLiteral(
            "INSERT INTO users (name, role, unit_code, password_hash, created_ms) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(account.name);
        q.addBindValue(account.role);
        q.addBindValue(account.unit);
        q.addBindValue(hashed);
        q.addBindValue(serverNowMs());
        ok = q.exec();
    }
    if (!ok) {
        *error = QStringLiteral("cannot save user %1: %2").arg(account.name, q.lastError().text());
        m_db.rollback(db);
        return false;
    }
    q.finish();
    return m_db.commit(db, error);
}

qint64 Accounts::throttledUntil(const QString &subject, qint64 now, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT blocked_until_ms FROM login_throttle WHERE subject = ?"));
    q.addBindValue(subject);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    const qint64 until = q.next() ? q.value(0).toLongLong() : 0;
    return until > now ? until : 0;
}

bool Accounts::recordFailure(const QString &subject, int freeFailures, qint64 now, QString *error)
{
    QSqlDatabase db = m_db.connection();
    if (!m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT failures, last_failure_ms FROM login_throttle WHERE subject = ?"));
    q.addBindValue(subject);
    if (!q.exec()) {
        *error = q.lastError().text();
        m_db.rollback(db);
        return false;
    }
    int failures = 0;
    if (q.next() && now - q.value(1).toLongLong() < m_policy.forgetMs)
        failures = q.value(0).toInt();
    q.finish();
    ++failures;
    qint64 blockedUntil = 0;
    if (failures >= freeFailures) {
        const int doublings = qMin(failures - freeFailures, 30);
        blockedUntil = now + qMin(m_policy.firstDelayMs << doublings, m_policy.maxDelayMs);
    }
    q.prepare(
        QStringLiteral("INSERT INTO login_throttle (subject, failures, blocked_until_ms, last_failure_ms) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE SET failures = "
                       "excluded.failures, blocked_until_ms = excluded.blocked_until_ms, "
                       "last_failure_ms = excluded.last_failure_ms"));
    q.addBindValue(subject);
    q.addBindValue(failures);
    q.addBindValue(blockedUntil);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        m_db.rollback(db);
        return false;
    }
    q.finish();
    return m_db.commit(db, error);
}

bool Accounts::forget(const QString &subject, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM login_throttle WHERE subject = ?"));
    q.addBindValue(subject);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

LoginResult Accounts::login(const QString &name, const QByteArray &password, const QString &address)
{
    LoginResult r;
    const qint64 now = serverNowMs();
    const qint64 userUntil = throttledUntil(userSubject(name), now, &r.error);
    const qint64 addressUntil = throttledUntil(addressSubject(address), now, &r.error);
    if (userUntil < 0 || addressUntil < 0)
        return r;
    if (userUntil > 0 || addressUntil > 0) {
        // Refused before the password is even looked at: a guesser learns nothing while it waits.
        r.status = LoginResult::Status::Throttled;
        r.retryAfterMs = qMax(userUntil, addressUntil) - now;
        return r;
    }
    QString hashed;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT role, unit_code, password_hash FROM users WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec()) {
            r.error = q.lastError().text();
            return r;
        }
        if (q.next()) {
            r.account = { name, q.value(0).toString(), q.value(1).toString() };
            hashed = q.value(2).toString();
        }
    }
    bool ok = false;
    if (hashed.isEmpty())
        PasswordHash::verifyDummy(password);
    else
        ok = PasswordHash::verify(hashed, password);
    if (!ok) {
        r.account = {};
        if (!recordFailure(userSubject(name), m_policy.freeFailures, now, &r.error)
            || !recordFailure(addressSubject(address), m_policy.freeFailures * 4, now, &r.error))
            return r;
        r.status = LoginResult::Status::BadCredentials;
        return r;
    }
    if (!forget(userSubject(name), &r.error))
        return r;
    r.token = PasswordHash::newToken();
    r.expiresMs = now + m_lifetimeMs;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (token_hash, user_name, created_ms, expires_ms) VALUES (?, ?, ?, ?)"));
    q.addBindValue(PasswordHash::tokenDigest(r.token));
    q.addBindValue(name);
    q.addBindValue(now);
    q.addBindValue(r.expiresMs);
    if (!q.exec()) {
        r.error = q.lastError().text();
        r.token.clear();
        return r;
    }
    r.status = LoginResult::Status::Ok;
    return r;
}

AuthResult Accounts::authenticate(const QString &token)
{
    AuthResult r;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.expires_ms, s.revoked_ms, u.name, u.role, u.unit_code FROM sessions s "
                             "JOIN users u ON u.name = s.user_name WHERE s.token_hash = ?"));
    q.addBindValue(PasswordHash::tokenDigest(token));
    if (!q.exec()) {
        r.error = q.lastError().text();
        return r;
    }
    if (!q.next()) {
        r.status = AuthResult::Status::Unknown;
        return r;
    }
    if (!q.value(1).isNull()) {
        r.status = AuthResult::Status::Revoked;
        return r;
    }
    if (q.value(0).toLongLong() <= serverNowMs()) {
        r.status = AuthResult::Status::Expired;
        return r;
    }
    r.account = { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
    r.status = AuthResult::Status::Ok;
    return r;
}

bool Accounts::revoke(const QString &token, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE sessions SET revoked_ms = ? WHERE token_hash = ? AND revoked_ms IS NULL"));
    q.addBindValue(serverNowMs());
    q.addBindValue(PasswordHash::tokenDigest(token));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

int Accounts::revokeUser(const QString &name, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE sessions SET revoked_ms = ? WHERE user_name = ? AND revoked_ms IS NULL"));
    q.addBindValue(serverNowMs());
    q.addBindValue(name);
    if (q.exec())
        return q.numRowsAffected();
    *error = q.lastError().text();
    return -1;
}
