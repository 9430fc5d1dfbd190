#include "domain/requestflow.h"

#include <QHash>

QStringList RequestFlow::states()
{
    return { QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("rejected"),
        QStringLiteral("dispatched"), QStringLiteral("referred"), QStringLiteral("departed"),
        QStringLiteral("returned"), QStringLiteral("settled"), QStringLiteral("cancelled") };
}

QString RequestFlow::label(const QString &state)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("submitted"), QT_TR_NOOP("Submitted") },
        { QStringLiteral("approved"), QT_TR_NOOP("Approved") },
        { QStringLiteral("rejected"), QT_TR_NOOP("Rejected") },
        { QStringLiteral("dispatched"), QT_TR_NOOP("Dispatched") },
        { QStringLiteral("departed"), QT_TR_NOOP("Departed") },
        { QStringLiteral("returned"), QT_TR_NOOP("Returned") },
        { QStringLiteral("settled"), QT_TR_NOOP("Settled") },
        { QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled") },
        { QStringLiteral("referred"), QT_TR_NOOP("Referred") },
    };
    const char *text = labels.value(state);
    return text ? tr(text) : state;
}

bool RequestFlow::isOpen(const QString &state)
{
    return state == QStringLiteral("submitted") || state == QStringLiteral("approved")
        || state == QStringLiteral("dispatched") || state == QStringLiteral("referred");
}

QString RequestFlow::refusal(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> next = {
        { QStringLiteral("submitted"), { QStringLiteral("approved"), QStringLiteral("rejected") } },
        { QStringLiteral("approved"), { QStringLiteral("dispatched"), QStringLiteral("referred") } },
        { QStringLiteral("referred"), { QStringLiteral("settled") } },
        { QStringLiteral("dispatched"), { QStringLiteral("departed") } },
        { QStringLiteral("departed"), { QStringLiteral("returned") } },
        { QStringLiteral("returned"), { QStringLiteral("settled") } },
    };
    if (!states().contains(to))
        return tr("%1 is not a step of a request").arg(to);
    if (to == QStringLiteral("cancelled"))
        return isOpen(from) ? QString() : tr("a %1 request can no longer be cancelled").arg(label(from));
    if (next.value(from).contains(to))
        return {};
    return tr("a %1 request cannot become %2").arg(label(from), label(to));
}
