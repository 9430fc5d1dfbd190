#pragma once
// The life of a trip request (用车申请): submitted → approved / rejected → dispatched → departed → returned →
// settled, or cancelled at any open step. An approved trip the local rules send to a social platform (报备 to
// one of the city's state-owned rental services) is referred instead of dispatched: it leaves the local
// queue, and is settled once the platform's bill is checked, or cancelled if the trip does not happen. Which
// steps are allowed, and which need a reason, decided here only.
#include "store/recordkinds.h"
#include <QCoreApplication>
#include <QStringList>

class RequestFlow
{
    Q_DECLARE_TR_FUNCTIONS(RequestFlow)

public:
    static QStringList states();
    static QString label(const QString &state);
    static bool isOpen(const QString &state); // cancellable
    // Empty when `from → to` is a step of the flow; otherwise why not.
    static QString refusal(const QString &from, const QString &to);
    static bool needsReason(const QString &to)
    {
        return to == RequestState::Rejected || to == RequestState::Cancelled || to == RequestState::Referred;
    }
};
