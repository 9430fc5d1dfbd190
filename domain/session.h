#pragma once
// Who is signed in and in which role; the role decides which pages may edit (DESIGN §1).
#include <QCoreApplication>
#include <QString>

class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    // Inspector (纪检监察): reads findings, supervision orders and scores of every agency, writes nothing.
    enum class Role { Dispatcher, Administrator, Auditor, Inspector };

    Session() = default;
    Session(QString user, Role role)
        : m_user(std::move(user))
        , m_role(role)
    { }

    QString user() const { return m_user; }
    Role role() const { return m_role; }
    bool canEditRecords() const { return m_role == Role::Administrator; }
    // Who may edit one kind: the administrator keeps everything; dispatch orders and trip requests are the
    // dispatcher's daily work too, and the public complaints (12345) the auditors' who supervise them.
    bool canEdit(const QString &kind) const
    {
        return m_role == Role::Administrator
            || (m_role == Role::Dispatcher
                && (kind == QLatin1String("tasks") || kind == QLatin1String("requests")))
            || (m_role == Role::Auditor && kind == QLatin1String("complaints"));
    }

    static QString roleName(Role role);
    static QString roleId(Role role); // "dispatcher", "administrator", "auditor", "inspector": in settings
    static QList<Role> roles();
    // Who may draft, issue and close supervision orders and record agencies' replies.
    bool canSupervise() const { return m_role == Role::Auditor || m_role == Role::Administrator; }
    bool readsOnly() const { return m_role == Role::Inspector; }
    static Role roleFromId(const QString &id, Role fallback = Role::Dispatcher);

private:
    QString m_user;
    Role m_role = Role::Dispatcher;
};
