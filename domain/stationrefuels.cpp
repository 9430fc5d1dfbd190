#include "domain/stationrefuels.h"
#include "base/timeparse.h"
#include "store/recordstore.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

QList<StationRefuels> StationRefuelList::load(const RecordStore &store, qint64 fromMs, qint64 toMs)
{
    QList<StationRefuels> out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Times are stored as UTC ISO text of one width, so text order is time order.
    q.prepare(QStringLiteral(
        "SELECT s.id, s.code, s.name, s.lat, s.lon, count(r.id), IFNULL(sum(r.litres), 0), "
        "IFNULL(sum(r.amount_yuan), 0) FROM stations s LEFT JOIN refuels r ON r.station_id = s.id "
        "AND r.deleted = 0 AND r.time >= ? AND r.time < ? WHERE s.deleted = 0 GROUP BY s.id ORDER BY "
        "s.code"));
    q.addBindValue(TimeParse::toUtcIso(fromMs));
    q.addBindValue(TimeParse::toUtcIso(toMs));
    q.exec();
    while (q.next()) {
        StationRefuels s;
        s.id = q.value(0).toString();
        s.code = q.value(1).toString();
        s.name = q.value(2).toString();
        s.lat = q.value(3).toDouble();
        s.lon = q.value(4).toDouble();
        s.refuels = q.value(5).toInt();
        s.litres = q.value(6).toDouble();
        s.amountYuan = q.value(7).toDouble();
        out << s;
    }
    return out;
}

TextTable StationRefuelList::table(const QList<StationRefuels> &stations)
{
    TextTable t;
    t.title = tr("Refuels per station");
    t.headers = { tr("Station"), tr("Code"), tr("Refuels"), tr("Litres"), tr("Amount (yuan)") };
    t.numeric = { false, false, true, true, true };
    t.empty = tr("No refuel stations are recorded.");
    QList<StationRefuels> sorted = stations;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const StationRefuels &a, const StationRefuels &b) { return a.litres > b.litres; });
    const QLocale locale;
    for (const StationRefuels &s : sorted) {
        t.rows << QStringList { s.name, s.code, locale.toString(s.refuels), locale.toString(s.litres, 'f', 1),
            locale.toString(s.amountYuan, 'f', 2) };
    }
    return t;
}

QString StationRefuelList::describe(const StationRefuels &s)
{
    const QLocale locale;
    return tr("%1 (%2)\n%n refuel(s), %3 litres in the period", nullptr, s.refuels)
        .arg(s.name, s.code, locale.toString(s.litres, 'f', 1));
}
