#include "domain/startoverview.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/shopstays.h"
#include "domain/supervisionservice.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"
#include "store/supervisionstore.h"

#include <QLocale>
#include <QSqlQuery>
#include <cmath>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

int countWhere(const RecordStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : 0;
}

QString km(double value)
{
    return QLocale().toString(std::round(std::abs(value)), 'f', 0);
}

} // namespace

StartOverview StartOverview::load(RecordStore &store, const AppSettings &settings, qint64 nowMs)
{
    StartOverview o;
    o.today = QDate::fromString(TimeParse::toBeijingIso(nowMs).left(10), Qt::ISODate);
    o.lead = MaintenancePlans::leadFrom(settings);
    for (const PlanStatus &s : MaintenancePlans::load(store, o.today, o.lead)) {
        if (s.state == PlanStatus::Overdue || s.state == PlanStatus::Due)
            o.plans << s;
    }
    o.requestsToApprove = countWhere(store,
        QStringLiteral("SELECT count(*) FROM requests WHERE deleted = 0 AND status = '%1'")
            .arg(RequestState::Submitted));
    o.requestsToDispatch = countWhere(store,
        QStringLiteral("SELECT count(*) FROM requests WHERE deleted = 0 AND status = '%1'")
            .arg(RequestState::Approved));
    o.openFindings = countWhere(
        store, QStringLiteral("SELECT count(*) FROM anomalies WHERE status IN ('new', 'review')"));
    SupervisionService supervision(store, SupervisionSettings::from(settings), [nowMs]() { return nowMs; });
    for (const SupervisionOrder &order : SupervisionStore(store.database()).orders()) {
        if (supervision.isOverdue(order))
            ++o.ordersOverdue;
        else if (supervision.isDueSoon(order))
            ++o.ordersDueSoon;
    }
    const std::optional<qint64> midnight = TimeParse::parseDateMs(o.today.toString(Qt::ISODate));
    if (midnight) {
        QHash<QString, QString> plates;
        for (const Record &v : store.records(Kind::Vehicles, true))
            plates.insert(v.id, v.text(Field::Plate));
        for (const ShopStay &stay : ShopStays::load(store, *midnight, *midnight + kDayMs)) {
            o.inShopToday << stay;
            o.shopPlates << plates.value(stay.vehicleId);
        }
    }
    return o;
}

QString StartOverview::itemLabel(const QString &item)
{
    if (const FieldSpec *field = RecordSchema::kind(Kind::Plans)->field(Field::Item))
        return field->choiceLabel(item);
    return item;
}

QString StartOverview::dueText(const PlanStatus &s)
{
    QStringList parts;
    if (s.dueDate)
        parts << s.dueDate->toString(Qt::ISODate);
    if (s.dueKm)
        parts << tr("%1 km").arg(km(*s.dueKm));
    return parts.join(QStringLiteral(" · "));
}

QString StartOverview::distanceText(const PlanStatus &s)
{
    QStringList parts;
    if (s.daysLeft) {
        const qint64 d = *s.daysLeft;
        parts << (d < 0  ? tr("%n day(s) past", nullptr, int(-d))
                : d == 0 ? tr("today")
                         : tr("in %n day(s)", nullptr, int(d)));
    }
    if (s.kmLeft) {
        const double k = *s.kmLeft;
        parts << (k < 0 ? tr("%1 km past").arg(km(k)) : tr("%1 km to go").arg(km(k)));
    }
    return parts.join(QStringLiteral(" · "));
}
