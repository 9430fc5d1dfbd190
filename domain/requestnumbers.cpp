#include "domain/requestnumbers.h"
#include "store/recordstore.h"

#include <QSqlQuery>

namespace RequestNumbers {

QString next(const RecordStore &store, const QDate &day)
{
    const QString prefix = QStringLiteral("SQ%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    // Tombstones count: a removed request's number is not handed out again, so the log stays unambiguous.
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT code FROM requests WHERE code LIKE ?"));
    q.addBindValue(prefix + QLatin1Char('%'));
    int highest = 0;
    if (q.exec()) {
        while (q.next())
            highest = std::max(highest, q.value(0).toString().mid(prefix.size()).toInt());
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

} // namespace RequestNumbers
