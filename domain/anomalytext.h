#pragma once
// Says in words what a finding means: each rule's name, a one-line summary for the list, and its evidence as
// sentences ("track 31.8 km vs navigation 20.1 km, ratio 1.58 ≥ 1.5") with times in Beijing time. Reads the
// evidence keys the rules write (docs/RULES.md); a key a rule does not write is simply left out.
#include "store/anomalystore.h"

#include <QCoreApplication>
#include <QStringList>

class AnomalyText
{
    Q_DECLARE_TR_FUNCTIONS(AnomalyText)

public:
    static QString ruleName(const QString &rule); // 里程数异常 / Mileage
    static QString ruleDescription(const QString &rule); // when the rule fires, for tooltips
    static QString summary(const AnomalyRecord &record); // the figures in a few words, for the list
    static QStringList evidence(const AnomalyRecord &record); // full sentences, for the detail pane

    static QString beijingTime(qint64 ms); // 2026-10-08 09:30, Beijing time
    static QString beijingTime(const QString &iso); // an ISO 8601 time from the evidence, the same way
    static QString beijingMonth(qint64 ms); // 2026-10
    // A figure with at most `decimals` decimals and no trailing zeros: 1.5, 31.8, 2.
    static QString number(double value, int decimals = 1);
};
