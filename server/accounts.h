#pragma once
// Users, sign-in and sessions, all in the server's database so that any server process can check a token
// another one issued, and a revocation holds everywhere at once.
#include <QString>

class ServerDatabase;

namespace ServerRole {
inline const QString Dispatcher = QStringLiteral("dispatcher");
inline const QString Administrator = QStringLiteral("administrator");
inline const QString Auditor = QStringLiteral("auditor");
inline const QString Inspector = QStringLiteral("inspector");
bool isValid(const QString &role);
// Which kinds a role may write through sync: the administrator every kind; the dispatcher dispatch orders
// and trip requests (never vehicles, drivers or the other registers); auditors and inspectors nothing.
bool mayWrite(const QString &role, const QString &kind);
bool mayWriteAnything(const QString &role);
} // namespace ServerRole

struct Account
{
    QString name;
    QString role;
    QString unit; // agency code, empty for the whole center
};

// How failed sign-ins are slowed: after `freeFailures` failures of one account (or 4 times as many from one
// address, which an office behind one NAT shares), each further attempt waits firstDelayMs, doubling up to
// maxDelayMs. Counters are forgotten after forgetMs without a failure, and an account's on its next success.
struct ThrottlePolicy
{
    int freeFailures = 5;
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 15 * 60 * 1000;
    qint64 forgetMs = 15 * 60 * 1000;
};

struct LoginResult
{
    enum class Status { Ok, BadCredentials, Throttled, Error };
    Status status = Status::Error;
    Account account;
    QString token;
    qint64 expiresMs = 0;
    qint64 retryAfterMs = 0; // Throttled
    QString error; // Error: what went wrong in the database
};

struct AuthResult
{
    enum class Status { Ok, Unknown, Expired, Revoked, Error };
    Status status = Status::Error;
    Account account;
    QString error;
};

class Accounts
{
public:
    Accounts(ServerDatabase &db, ThrottlePolicy policy = {}, qint64 sessionLifetimeMs = 12 * 3600 * 1000);

    // Adds the user, or replaces the role, agency and password of an existing one (and ends its sessions,
    // so a changed password or a lowered role takes effect at once). *replaced says which.
    bool addUser(const Account &account, const QByteArray &password, bool *replaced, QString *error);
    LoginResult login(const QString &name, const QByteArray &password, const QString &address);
    AuthResult authenticate(const QString &token);
    bool revoke(const QString &token, QString *error);
    // Ends every session of the user; returns how many, or -1 on a database error.
    int revokeUser(const QString &name, QString *error);

private:
    qint64 throttledUntil(const QString &subject, qint64 now, QString *error);
    bool recordFailure(const QString &subject, int freeFailures, qint64 now, QString *error);
    bool forget(const QString &subject, QString *error);

    ServerDatabase &m_db;
    ThrottlePolicy m_policy;
    qint64 m_lifetimeMs;
};
