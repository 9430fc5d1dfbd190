#include "domain/session.h"

QString Session::roleName(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return tr("Dispatcher");
    case Role::Administrator:
        return tr("Administrator");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Inspector:
        return tr("Discipline inspector");
    }
    return {};
}

QString Session::roleId(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return QStringLiteral("dispatcher");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Inspector:
        return QStringLiteral("inspector");
    }
    return {};
}

Session::Role Session::roleFromId(const QString &id, Role fallback)
{
    for (Role r : roles()) {
        if (roleId(r) == id)
            return r;
    }
    return fallback;
}

QList<Session::Role> Session::roles()
{
    return { Role::Dispatcher, Role::Administrator, Role::Auditor, Role::Inspector };
}
