#include "domain/anomalytext.h"
#include "base/timeparse.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

QString text(const QJsonObject &e, const char *key)
{
    return e.value(QLatin1String(key)).toString();
}

double real(const QJsonObject &e, const char *key)
{
    return e.value(QLatin1String(key)).toDouble();
}

int integer(const QJsonObject &e, const char *key)
{
    return e.value(QLatin1String(key)).toInt();
}

QString km(double metres)
{
    return AnomalyText::number(metres / 1000.0, 2);
}

} // namespace

QString AnomalyText::number(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString AnomalyText::beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms + TimeParse::kBeijingOffsetMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString AnomalyText::beijingTime(const QString &iso)
{
    const std::optional<qint64> ms = TimeParse::parseMs(iso);
    return ms ? beijingTime(*ms) : iso;
}

QString AnomalyText::beijingMonth(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms + TimeParse::kBeijingOffsetMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM"));
}

QString AnomalyText::ruleName(const QString &rule)
{
    if (rule == QStringLiteral("location"))
        return tr("Location");
    if (rule == QStringLiteral("destination"))
        return tr("Destination");
    if (rule == QStringLiteral("mileage"))
        return tr("Mileage");
    if (rule == QStringLiteral("fuel_consumption"))
        return tr("Fuel consumption");
    if (rule == QStringLiteral("card_binding"))
        return tr("Fuel card binding");
    if (rule == QStringLiteral("card_usage"))
        return tr("Fuel card use");
    if (rule == QStringLiteral("refuel_frequency"))
        return tr("Refuel frequency");
    if (rule == QStringLiteral("violations"))
        return tr("Violations");
    return rule;
}

QString AnomalyText::ruleDescription(const QString &rule)
{
    if (rule == QStringLiteral("location"))
        return tr("A vehicle outside every geofence that applies to it, at a time no dispatch order covers.");
    if (rule == QStringLiteral("destination"))
        return tr("A finished trip whose track never comes within the set distance of its destination.");
    if (rule == QStringLiteral("mileage"))
        return tr("Track mileage within the booked window at or above the set multiple of the navigation "
                  "mileage.");
    if (rule == QStringLiteral("fuel_consumption"))
        return tr("A driver's litres per 100 km in a month at or above the set multiple of his rate over the "
                  "three months before.");
    if (rule == QStringLiteral("card_binding"))
        return tr("A fuel card bound to a plate that is not an official vehicle.");
    if (rule == QStringLiteral("card_usage"))
        return tr("A refuel while the bound vehicle's track never comes near the station.");
    if (rule == QStringLiteral("refuel_frequency"))
        return tr("Several refuels with one card between two dispatch orders of its vehicle.");
    if (rule == QStringLiteral("violations"))
        return tr("Several traffic violations of one vehicle in one calendar month.");
    return QString();
}

QString AnomalyText::summary(const AnomalyRecord &r)
{
    const QJsonObject &e = r.evidence;
    if (r.rule == QStringLiteral("mileage")) {
        return tr("%1 km tracked / %2 km navigated (×%3)")
            .arg(number(real(e, "track_km")), number(real(e, "nav_km")), number(real(e, "ratio"), 2));
    }
    if (r.rule == QStringLiteral("destination") || r.rule == QStringLiteral("card_usage")) {
        if (e.value(QStringLiteral("no_track")).toBool())
            return tr("No track");
        return tr("Closest %1 km").arg(km(real(e, "min_distance_m")));
    }
    if (r.rule == QStringLiteral("location"))
        return tr("%n fix(es) outside", nullptr, integer(e, "fix_count"));
    if (r.rule == QStringLiteral("fuel_consumption")) {
        return tr("%1 vs %2 L/100 km")
            .arg(number(real(e, "litres_per_100km"), 2), number(real(e, "baseline"), 2));
    }
    if (r.rule == QStringLiteral("card_binding")) {
        return text(e, "reason") == QStringLiteral("retired")
            ? tr("Card %1 on a retired vehicle").arg(r.cardNo)
            : tr("Card %1 on an unregistered plate").arg(r.cardNo);
    }
    if (r.rule == QStringLiteral("refuel_frequency"))
        return tr("%n refuel(s) between orders", nullptr, integer(e, "refuel_count"));
    if (r.rule == QStringLiteral("violations"))
        return tr("%n violation(s) in %1", nullptr, integer(e, "count")).arg(text(e, "month"));
    return QString();
}

QStringList AnomalyText::evidence(const AnomalyRecord &r)
{
    const QJsonObject &e = r.evidence;
    QStringList out;
    if (r.rule == QStringLiteral("mileage")) {
        out << tr("Track %1 km vs navigation %2 km, ratio %3 ≥ %4.")
                   .arg(number(real(e, "track_km")), number(real(e, "nav_km")), number(real(e, "ratio"), 2),
                       number(real(e, "threshold"), 2));
        out << tr("Booked window %1 – %2.")
                   .arg(beijingTime(text(e, "task_start")), beijingTime(text(e, "task_end")));
        out << tr("%n fix(es) on the track.", nullptr, integer(e, "fix_count"));
        out << tr("%n fix(es) dropped as jumps above %1 km/h.", nullptr, integer(e, "dropped_fixes"))
                   .arg(number(real(e, "max_speed_kmh"), 0));
    } else if (r.rule == QStringLiteral("destination")) {
        const QString dest = text(e, "dest_name").isEmpty()
            ? tr("(%1, %2)").arg(number(real(e, "dest_lat"), 5), number(real(e, "dest_lon"), 5))
            : tr("%1 (%2, %3)")
                  .arg(text(e, "dest_name"), number(real(e, "dest_lat"), 5), number(real(e, "dest_lon"), 5));
        if (e.value(QStringLiteral("no_track")).toBool()) {
            out << tr(
                "No position fix at all inside the booked window, so the trip to %1 cannot be confirmed.")
                       .arg(dest);
        } else {
            out << tr("The track came no closer than %1 km to the destination %2; the limit is %3 km.")
                       .arg(km(real(e, "min_distance_m")), dest, km(real(e, "threshold_m")));
            out << tr("Closest point of the track: (%1, %2).")
                       .arg(number(real(e, "nearest_lat"), 5), number(real(e, "nearest_lon"), 5));
        }
        out << tr("Booked window %1 – %2.")
                   .arg(beijingTime(text(e, "task_start")), beijingTime(text(e, "task_end")));
        out << tr("%n fix(es) on the track.", nullptr, integer(e, "fix_count"));
    } else if (r.rule == QStringLiteral("location")) {
        out << tr("%n fix(es) outside every geofence that applies, with no dispatch order covering them, "
                  "from %1 to %2.",
            nullptr, integer(e, "fix_count"))
                   .arg(beijingTime(text(e, "first_time")), beijingTime(text(e, "last_time")));
        out << tr("First fix at (%1, %2), last at (%3, %4).")
                   .arg(number(real(e, "first_lat"), 5), number(real(e, "first_lon"), 5),
                       number(real(e, "last_lat"), 5), number(real(e, "last_lon"), 5));
        QStringList fences;
        for (const QJsonValue &v : e.value(QStringLiteral("fences")).toArray())
            fences << v.toString();
        out << (fences.isEmpty() ? tr("No geofence applies to this vehicle.")
                                 : tr("Geofences that apply: %1.").arg(fences.join(tr(", "))));
        out << tr("A gap of more than %1 minutes between fixes starts a new finding.")
                   .arg(number(real(e, "max_gap_minutes"), 0));
    } else if (r.rule == QStringLiteral("fuel_consumption")) {
        out << tr("In %1: %2 L over %3 km, %4 L/100 km.")
                   .arg(text(e, "month"), number(real(e, "litres")), number(real(e, "km")),
                       number(real(e, "litres_per_100km"), 2));
        QStringList months;
        for (const QJsonValue &v : e.value(QStringLiteral("baseline_months")).toArray())
            months << v.toString();
        out << tr("The three months before (%1): %2 L over %3 km, %4 L/100 km.")
                   .arg(months.join(tr(", ")), number(real(e, "baseline_litres")),
                       number(real(e, "baseline_km")), number(real(e, "baseline"), 2));
        out << tr("Ratio %1 ≥ %2 (each part needs at least %3 km).")
                   .arg(number(real(e, "ratio"), 2), number(real(e, "threshold"), 2),
                       number(real(e, "min_km"), 0));
        QStringList plates;
        for (const QJsonValue &v : e.value(QStringLiteral("plates")).toArray()) {
            const QJsonObject p = v.toObject();
            plates << tr("%1 %2 km").arg(text(p, "plate"), number(real(p, "km")));
        }
        if (!plates.isEmpty())
            out << tr("Vehicles driven: %1.").arg(plates.join(tr(", ")));
    } else if (r.rule == QStringLiteral("card_binding")) {
        out << (text(e, "reason") == QStringLiteral("retired")
                ? tr("Fuel card %1 is bound to %2, a retired vehicle.")
                      .arg(text(e, "card_no"), text(e, "plate"))
                : tr("Fuel card %1 is bound to %2, which is not in the vehicle registry.")
                      .arg(text(e, "card_no"), text(e, "plate")));
        out << tr("%n refuel(s) with it in the period checked: %1 L, %2 yuan.", nullptr,
            integer(e, "refuels_in_window"))
                   .arg(number(real(e, "litres_in_window")), number(real(e, "amount_yuan_in_window"), 2));
    } else if (r.rule == QStringLiteral("card_usage")) {
        out << tr("%1 L (%2 yuan) with card %3 at %4 (%5), %6.")
                   .arg(number(real(e, "litres"), 2), number(real(e, "amount_yuan"), 2), text(e, "card_no"),
                       text(e, "station_name"), text(e, "station_code"), beijingTime(text(e, "refuel_time")));
        if (e.value(QStringLiteral("no_track")).toBool()) {
            out << tr("The vehicle reported no position from %1 to %2.")
                       .arg(beijingTime(text(e, "window_from")), beijingTime(text(e, "window_to")));
        } else {
            out << tr("From %1 to %2 the track came no closer than %3 m to the station; the limit is %4 m.")
                       .arg(beijingTime(text(e, "window_from")), beijingTime(text(e, "window_to")),
                           number(real(e, "min_distance_m"), 0), number(real(e, "threshold_m"), 0));
        }
        if (!text(e, "task_code").isEmpty())
            out << tr("The refuel falls within dispatch order %1.").arg(text(e, "task_code"));
    } else if (r.rule == QStringLiteral("refuel_frequency")) {
        out << tr(
            "%n refuel(s) with card %1 between dispatch order %2 (ended %3) and %4 (starts %5); the limit "
            "is %6.",
            nullptr, integer(e, "refuel_count"))
                   .arg(text(e, "card_no"), text(e, "prev_task_code"), beijingTime(text(e, "prev_task_end")),
                       text(e, "next_task_code"), beijingTime(text(e, "next_task_start")))
                   .arg(integer(e, "threshold"));
        for (const QJsonValue &v : e.value(QStringLiteral("refuels")).toArray()) {
            const QJsonObject o = v.toObject();
            out << tr("%1 at station %2: %3 L, %4 yuan.")
                       .arg(beijingTime(text(o, "time")), text(o, "station_code"),
                           number(real(o, "litres"), 2), number(real(o, "amount_yuan"), 2));
        }
    } else if (r.rule == QStringLiteral("violations")) {
        out << tr(
            "%n traffic violation(s) of this vehicle in %1; the limit is %2.", nullptr, integer(e, "count"))
                   .arg(text(e, "month"))
                   .arg(integer(e, "threshold"));
        for (const QJsonValue &v : e.value(QStringLiteral("violations")).toArray()) {
            const QJsonObject o = v.toObject();
            out << tr("%1, code %2, driver %3.")
                       .arg(beijingTime(text(o, "time")),
                           text(o, "code").isEmpty() ? tr("none") : text(o, "code"),
                           text(o, "driver_code").isEmpty() ? tr("unknown") : text(o, "driver_code"));
        }
    }
    return out;
}
