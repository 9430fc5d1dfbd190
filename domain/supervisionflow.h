#pragma once
// The life of a supervision order (督办单): drafted → issued → replied → closed with a conclusion (violation
// confirmed, explained, not established), or returned for a better answer → replied again … Which step may
// be taken in which state, and in words why not, decided here only (as RequestFlow does for requests).
#include "store/recordkinds.h"

#include <QCoreApplication>
#include <QStringList>

namespace OrderAction {
inline const QString Draft = QStringLiteral("draft");
inline const QString Issue = QStringLiteral("issue");
inline const QString Reply = QStringLiteral("reply");
inline const QString Return = QStringLiteral("return");
inline const QString Accept = QStringLiteral("accept");
} // namespace OrderAction

class SupervisionFlow
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionFlow)

public:
    static QStringList states();
    static QStringList actions(); // issue, reply, return, accept
    static QStringList conclusions();
    static QString stateLabel(const QString &state);
    static QString actionLabel(const QString &action);
    static QString conclusionLabel(const QString &conclusion);
    // The state an action leads to, or empty when the action is not a step of the flow.
    static QString stateAfter(const QString &action);
    // Empty when `action` may be taken on an order in `state`; otherwise why not, in words.
    static QString refusal(const QString &state, const QString &action);
    // Waiting for the agency: the deadline runs (issued, or returned for a better answer).
    static bool awaitsAgency(const QString &state)
    {
        return state == OrderState::Issued || state == OrderState::Returned;
    }
};
