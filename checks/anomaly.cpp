#include "checks/anomaly.h"

#include "base/beijingtime.h"

namespace checks {

QString Anomaly::identityKey() const
{
    const QChar sep = QLatin1Char('|');
    const bool timeless = rule == QLatin1String("card_binding");
    return rule + sep + plate + sep + taskCode + sep + cardNo + sep + driverCode + sep
        + (timeless ? QString() : QString::number(startMs));
}

QJsonObject Anomaly::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("plate"), plate);
    o.insert(QStringLiteral("start"), beijingIso(startMs));
    o.insert(QStringLiteral("end"), beijingIso(endMs));
    if (!driverCode.isEmpty())
        o.insert(QStringLiteral("driver_code"), driverCode);
    if (!taskCode.isEmpty())
        o.insert(QStringLiteral("task_code"), taskCode);
    if (!cardNo.isEmpty())
        o.insert(QStringLiteral("card_no"), cardNo);
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("key"), identityKey());
    return o;
}

} // namespace checks
