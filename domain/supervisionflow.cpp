#include "domain/supervisionflow.h"

#include <QHash>

QStringList SupervisionFlow::states()
{
    return { OrderState::Drafted, OrderState::Issued, OrderState::Replied, OrderState::Returned,
        OrderState::Closed };
}

QStringList SupervisionFlow::actions()
{
    return { OrderAction::Issue, OrderAction::Reply, OrderAction::Return, OrderAction::Accept };
}

QStringList SupervisionFlow::conclusions()
{
    return { OrderConclusion::Confirmed, OrderConclusion::Explained, OrderConclusion::NotEstablished };
}

QString SupervisionFlow::stateLabel(const QString &state)
{
    static const QHash<QString, const char *> labels = {
        { OrderState::Drafted, QT_TR_NOOP("Drafted") },
        { OrderState::Issued, QT_TR_NOOP("Issued") },
        { OrderState::Replied, QT_TR_NOOP("Replied") },
        { OrderState::Returned, QT_TR_NOOP("Returned") },
        { OrderState::Closed, QT_TR_NOOP("Closed") },
    };
    const char *text = labels.value(state);
    return text ? tr(text) : state;
}

QString SupervisionFlow::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        { OrderAction::Draft, QT_TR_NOOP("Drafted") },
        { OrderAction::Issue, QT_TR_NOOP("Issued") },
        { OrderAction::Reply, QT_TR_NOOP("Reply received") },
        { OrderAction::Return, QT_TR_NOOP("Returned for a better answer") },
        { OrderAction::Accept, QT_TR_NOOP("Accepted and closed") },
    };
    const char *text = labels.value(action);
    return text ? tr(text) : action;
}

QString SupervisionFlow::conclusionLabel(const QString &conclusion)
{
    static const QHash<QString, const char *> labels = {
        { OrderConclusion::Confirmed, QT_TR_NOOP("Violation confirmed") },
        { OrderConclusion::Explained, QT_TR_NOOP("Explained") },
        { OrderConclusion::NotEstablished, QT_TR_NOOP("Not established") },
    };
    const char *text = labels.value(conclusion);
    return text ? tr(text) : conclusion;
}

QString SupervisionFlow::stateAfter(const QString &action)
{
    static const QHash<QString, QString> after = {
        { OrderAction::Draft, OrderState::Drafted },
        { OrderAction::Issue, OrderState::Issued },
        { OrderAction::Reply, OrderState::Replied },
        { OrderAction::Return, OrderState::Returned },
        { OrderAction::Accept, OrderState::Closed },
    };
    return after.value(action);
}

QString SupervisionFlow::refusal(const QString &state, const QString &action)
{
    if (!actions().contains(action))
        return tr("%1 is not a step of a supervision order").arg(action);
    if (state == OrderState::Closed) {
        return action == OrderAction::Reply ? tr("the order is closed and takes no more replies")
                                            : tr("the order is already closed");
    }
    if (action == OrderAction::Issue)
        return state == OrderState::Drafted ? QString() : tr("the order has already been issued");
    if (action == OrderAction::Reply) {
        if (state == OrderState::Drafted)
            return tr("the order has not been issued yet");
        if (state == OrderState::Replied)
            return tr("the order's reply is waiting to be accepted or returned");
        return {};
    }
    // Accept and return judge a reply: there must be one waiting.
    if (state == OrderState::Replied)
        return {};
    if (state == OrderState::Drafted)
        return tr("the order has not been issued yet");
    return action == OrderAction::Accept
        ? tr("the order has no reply to accept (%1, waiting for the agency)").arg(stateLabel(state))
        : tr("the order has no reply to return (%1, waiting for the agency)").arg(stateLabel(state));
}
