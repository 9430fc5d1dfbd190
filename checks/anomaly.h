// One finding of a rule, with the evidence an auditor needs to verify it on the map and an identity key
// that lets a later run be matched with an earlier one (so a closed case is not reopened as new).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace checks {

struct Anomaly
{
    QString rule; // one of CheckRunner::ruleIds()
    QString plate;
    QString driverCode;
    QString taskCode;
    QString cardNo;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QJsonObject evidence; // the figures compared, the thresholds and the ids, snake_case keys

    // rule|plate|task|card|driver|start. card_binding is about a standing binding, not an event, so its key
    // leaves the time out: the same binding found by runs over different windows is the same anomaly.
    QString identityKey() const;

    // The §6 JSON form: rule, plate, start, end (ISO 8601, Beijing time), driver_code, task_code, card_no
    // where they apply, evidence.
    QJsonObject toJson() const;
};

} // namespace checks
