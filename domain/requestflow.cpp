#include "domain/requestflow.h"
#include "store/recordkinds.h"

#include <QHash>

QStringList RequestFlow::states()
{
    return { RequestState::Submitted, RequestState::Approved, RequestState::Rejected,
        RequestState::Dispatched, RequestState::Referred, RequestState::Departed, RequestState::Returned,
        RequestState::Settled, RequestState::Cancelled };
}

QString RequestFlow::label(const QString &state)
{
    static const QHash<QString, const char *> labels = {
        { RequestState::Submitted, QT_TR_NOOP("Submitted") },
        { RequestState::Approved, QT_TR_NOOP("Approved") },
        { RequestState::Rejected, QT_TR_NOOP("Rejected") },
        { RequestState::Dispatched, QT_TR_NOOP("Dispatched") },
        { RequestState::Departed, QT_TR_NOOP("Departed") },
        { RequestState::Returned, QT_TR_NOOP("Returned") },
        { RequestState::Settled, QT_TR_NOOP("Settled") },
        { RequestState::Cancelled, QT_TR_NOOP("Cancelled") },
        { RequestState::Referred, QT_TR_NOOP("Referred") },
    };
    const char *text = labels.value(state);
    return text ? tr(text) : state;
}

bool RequestFlow::isOpen(const QString &state)
{
    return state == RequestState::Submitted || state == RequestState::Approved
        || state == RequestState::Dispatched || state == RequestState::Referred;
}

QString RequestFlow::refusal(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> next = {
        { RequestState::Submitted, { RequestState::Approved, RequestState::Rejected } },
        { RequestState::Approved, { RequestState::Dispatched, RequestState::Referred } },
        { RequestState::Referred, { RequestState::Settled } },
        { RequestState::Dispatched, { RequestState::Departed } },
        { RequestState::Departed, { RequestState::Returned } },
        { RequestState::Returned, { RequestState::Settled } },
    };
    if (!states().contains(to))
        return tr("%1 is not a step of a request").arg(to);
    if (to == RequestState::Cancelled)
        return isOpen(from) ? QString() : tr("a %1 request can no longer be cancelled").arg(label(from));
    if (next.value(from).contains(to))
        return {};
    return tr("a %1 request cannot become %2").arg(label(from), label(to));
}
