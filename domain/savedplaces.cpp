#include "domain/savedplaces.h"
#include "store/recordstore.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace SavedPlaces {

QList<SavedPlace> forUnit(const RecordStore &store, const QString &unitId, int limit)
{
    // Newest first, so the first coordinates seen for a name are the latest ones.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT name, lat, lon FROM ("
        " SELECT dest_name AS name, dest_lat AS lat, dest_lon AS lon, start_at AS at FROM requests"
        "  WHERE unit_id = :unit AND deleted = 0 AND dest_lat IS NOT NULL AND dest_lon IS NOT NULL"
        " UNION ALL SELECT origin_name, origin_lat, origin_lon, start_at FROM requests"
        "  WHERE unit_id = :unit AND deleted = 0 AND origin_lat IS NOT NULL AND origin_lon IS NOT NULL"
        " UNION ALL SELECT dest_name, dest_lat, dest_lon, start_at FROM tasks WHERE unit_id = :unit AND "
        "deleted = 0)"
        " WHERE name IS NOT NULL AND name <> '' ORDER BY at DESC"));
    q.bindValue(QStringLiteral(":unit"), unitId);
    QList<SavedPlace> places;
    QHash<QString, int> byName;
    if (!q.exec())
        return places;
    while (q.next()) {
        const QString name = q.value(0).toString().trimmed();
        auto it = byName.constFind(name);
        if (it != byName.constEnd()) {
            ++places[*it].uses;
            continue;
        }
        byName.insert(name, int(places.size()));
        places.append({ name, q.value(1).toDouble(), q.value(2).toDouble(), 1 });
    }
    std::stable_sort(places.begin(), places.end(),
        [](const SavedPlace &a, const SavedPlace &b) { return a.uses > b.uses; });
    return places.mid(0, limit);
}

} // namespace SavedPlaces
