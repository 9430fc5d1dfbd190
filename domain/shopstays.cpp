#include "domain/shopstays.h"
#include "base/timeparse.h"
#include "store/recordstore.h"

#include <QSqlQuery>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QString dayOf(qint64 ms, const char *fallback)
{
    // The open ends stay open: every stored day compares after "0000" and before "9999".
    if (ms == std::numeric_limits<qint64>::min() || ms == std::numeric_limits<qint64>::max())
        return QString::fromLatin1(fallback);
    return TimeParse::toBeijingIso(ms).left(10);
}

} // namespace

QList<ShopStay> ShopStays::load(
    const RecordStore &store, qint64 fromMs, qint64 toMs, const QString &vehicleId)
{
    QList<ShopStay> out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Days are stored as ISO text (yyyy-MM-dd), so they compare as text.
    q.prepare(QStringLiteral("SELECT vehicle_id, shop, items, date, in_shop_until FROM maintenance "
                             "WHERE deleted = 0 AND IFNULL(in_shop_until, '') <> '' AND date <= ? "
                             "AND in_shop_until >= ? AND (? = '' OR vehicle_id = ?) "
                             "ORDER BY vehicle_id, date"));
    q.addBindValue(dayOf(toMs == std::numeric_limits<qint64>::max() ? toMs : toMs - 1, "9999-12-31"));
    q.addBindValue(dayOf(fromMs, "0000-01-01"));
    const QString vehicle = vehicleId.isEmpty() ? QStringLiteral("") : vehicleId; // never NULL
    q.addBindValue(vehicle);
    q.addBindValue(vehicle);
    q.exec();
    while (q.next()) {
        const std::optional<qint64> first = TimeParse::parseDateMs(q.value(3).toString());
        const std::optional<qint64> last = TimeParse::parseDateMs(q.value(4).toString());
        if (!first || !last || *last < *first)
            continue;
        out.append(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), *first, *last + kDayMs });
    }
    return out;
}
