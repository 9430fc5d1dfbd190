#include "domain/supervisionservice.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/complaintmatcher.h"
#include "domain/supervisionflow.h"
#include "store/anomalystore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/writescope.h"

#include <QDateTime>
#include <QUuid>

namespace {

QDate beijingDate(qint64 ms)
{
    return QDate::fromString(TimeParse::toBeijingDay(ms), Qt::ISODate);
}

SupervisionResult refused(const QString &error, const QString &number = {})
{
    SupervisionResult r;
    r.number = number;
    r.error = error;
    return r;
}

} // namespace

SupervisionSettings SupervisionSettings::from(const AppSettings &settings)
{
    SupervisionSettings s;
    s.deadlineDays = int(settings.threshold(QStringLiteral("supervision/deadline_days")));
    s.remindDays = int(settings.threshold(QStringLiteral("supervision/remind_days")));
    s.calendar = settings.workCalendar();
    return s;
}

SupervisionService::SupervisionService(RecordStore &store, SupervisionSettings settings, Clock clock)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{ }

QString SupervisionService::numberFor(int year, int seq)
{
    return QStringLiteral("督办%1-%2").arg(year).arg(seq, 3, 10, QLatin1Char('0'));
}

QDate SupervisionService::today() const
{
    return beijingDate(m_clock());
}

QString SupervisionService::nowIso() const
{
    return TimeParse::toUtcIso(m_clock());
}

bool SupervisionService::isOverdue(const SupervisionOrder &order) const
{
    return SupervisionFlow::awaitsAgency(order.state) && !order.deadline.isEmpty()
        && today() > QDate::fromString(order.deadline, Qt::ISODate);
}

bool SupervisionService::isDueSoon(const SupervisionOrder &order) const
{
    if (!SupervisionFlow::awaitsAgency(order.state) || order.deadline.isEmpty() || isOverdue(order))
        return false;
    const QDate deadline = QDate::fromString(order.deadline, Qt::ISODate);
    return m_settings.calendar.workingDaysBetween(today(), deadline) <= m_settings.remindDays;
}

QString SupervisionService::unitIdFor(const QString &unitCode, QString *error) const
{
    const std::optional<Record> unit = m_store.findByKey(Kind::Units, unitCode.trimmed());
    if (!unit || unit->deleted) {
        *error = tr("agency %1 does not exist").arg(unitCode);
        return {};
    }
    return unit->id;
}

SupervisionResult SupervisionService::draftFromFindings(
    const QStringList &keys, const QString &user, const QString &unitCode, const QString &subject)
{
    if (keys.isEmpty())
        return refused(tr("an order needs at least one finding"));
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return refused(scope.errorString());
    AnomalyStore anomalies(m_store.database());
    SupervisionStore orders(m_store.database());
    SupervisionOrder order;
    QStringList units; // each finding's agency, to see they agree
    QSet<QString> seen;
    for (const QString &key : keys) {
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const std::optional<AnomalyRecord> a = anomalies.findByKey(key);
        if (!a)
            return refused(
                tr("no finding has the key %1 (run check first; keys are printed by check --format json)")
                    .arg(key));
        const QStringList open = orders.openOrdersOf(a->id);
        if (!open.isEmpty())
            return refused(tr("finding %1 is already under supervision order %2")
                               .arg(key, open.join(QStringLiteral(", "))));
        OrderFinding f;
        f.anomalyId = a->id;
        f.key = a->key;
        f.rule = a->rule;
        f.plate = a->plate;
        f.taskCode = a->taskCode;
        f.startMs = a->startMs;
        f.endMs = a->endMs;
        f.evidence = a->evidence;
        order.findings.append(f);
        // The agency that booked the trip answers for it; otherwise the car's, or the card's.
        QString unitId;
        if (!a->taskCode.isEmpty()) {
            if (const std::optional<Record> task = m_store.findByKey(Kind::Tasks, a->taskCode))
                unitId = task->text(Field::UnitId);
        }
        if (unitId.isEmpty()) {
            if (const std::optional<Record> vehicle = m_store.findByKey(Kind::Vehicles, a->plate))
                unitId = vehicle->text(Field::UnitId);
        }
        if (unitId.isEmpty() && !a->cardNo.isEmpty()) {
            if (const std::optional<Record> card = m_store.findByKey(Kind::Cards, a->cardNo))
                unitId = card->text(Field::UnitId);
        }
        units << unitId;
    }
    if (!unitCode.isEmpty()) {
        QString error;
        order.unitId = unitIdFor(unitCode, &error);
        if (!error.isEmpty())
            return refused(error);
    } else {
        units.removeDuplicates();
        if (units.size() != 1 || units.first().isEmpty()) {
            QStringList codes;
            for (const QString &id : std::as_const(units)) {
                const std::optional<Record> u = id.isEmpty() ? std::nullopt : m_store.record(Kind::Units, id);
                codes << (u ? u->text(Field::Code) : tr("no agency"));
            }
            return refused(units.size() > 1
                    ? tr("the findings concern different agencies (%1): name the agency that answers")
                          .arg(codes.join(QStringLiteral(", ")))
                    : tr("no agency can be found for the findings: name the agency that answers"));
        }
        order.unitId = units.first();
    }
    order.subject = subject.trimmed();
    const SupervisionResult r = draft(order, user);
    if (!r.ok)
        return r;
    // The findings are now under supervision.
    for (const OrderFinding &f : std::as_const(order.findings)) {
        const QString error = anomalies.setStatus(
            f.anomalyId, QStringLiteral("supervised"), anomalies.find(f.anomalyId)->reason, user);
        if (!error.isEmpty())
            return refused(error, r.number);
    }
    if (!scope.commit())
        return refused(scope.errorString());
    // Views of orders and findings refresh, whoever shows them.
    m_store.announceChange(Kind::Orders);
    m_store.announceChange(Kind::Anomalies);
    return r;
}

SupervisionResult SupervisionService::draftFromComplaint(
    const QString &complaintNo, const QString &user, const QString &unitCode, const QString &subject)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return refused(scope.errorString());
    const std::optional<Record> complaint = m_store.findByKey(Kind::Complaints, complaintNo.trimmed());
    if (!complaint || complaint->deleted)
        return refused(tr("no public complaint %1").arg(complaintNo));
    for (const SupervisionOrder &o : SupervisionStore(m_store.database()).orders()) {
        if (o.complaintId == complaint->id && o.state != OrderState::Closed)
            return refused(
                tr("complaint %1 is already under supervision order %2").arg(complaintNo, o.number));
    }
    SupervisionOrder order;
    order.complaintId = complaint->id;
    order.subject = subject.trimmed();
    if (!unitCode.isEmpty()) {
        QString error;
        order.unitId = unitIdFor(unitCode, &error);
        if (!error.isEmpty())
            return refused(error);
    } else {
        const ComplaintMatch m = ComplaintMatcher(m_store).match(*complaint);
        if (m.unitId.isEmpty())
            return refused(tr("complaint %1 names no official car (%2): name the agency that answers")
                               .arg(complaintNo, ComplaintMatcher::summary(m)));
        order.unitId = m.unitId;
    }
    const SupervisionResult r = draft(order, user);
    if (r.ok && !scope.commit())
        return refused(scope.errorString());
    if (r.ok)
        m_store.announceChange(Kind::Orders);
    return r;
}

SupervisionResult SupervisionService::draft(SupervisionOrder order, const QString &user)
{
    SupervisionStore orders(m_store.database());
    const QDate day = today();
    order.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.year = day.year();
    order.seq = orders.highestSeq(order.year) + 1;
    order.number = numberFor(order.year, order.seq);
    order.state = OrderState::Drafted;
    order.createdAt = order.updatedAt = nowIso();
    order.createdBy = order.updatedBy = user;
    QString error = orders.insert(order);
    OrderStep s;
    s.orderId = order.id;
    s.at = order.createdAt;
    s.user = user;
    s.action = OrderAction::Draft;
    s.state = order.state;
    s.text = order.subject;
    if (error.isEmpty())
        error = orders.appendStep(s);
    if (!error.isEmpty())
        return refused(tr("order %1: %2").arg(order.number, error));
    SupervisionResult r;
    r.ok = true;
    r.number = order.number;
    return r;
}

SupervisionResult SupervisionService::step(const QString &number, const QString &action, const QString &user,
    const std::function<QString(SupervisionOrder &, OrderStep &)> &apply,
    const QList<QPair<QString, QByteArray>> &attachments)
{
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen())
        return refused(scope.errorString(), number);
    SupervisionStore orders(m_store.database());
    std::optional<SupervisionOrder> order = orders.find(number);
    if (!order) {
        return refused(
            orders.readError().isEmpty() ? tr("no supervision order %1").arg(number) : orders.readError(),
            number);
    }
    const QString refusal = SupervisionFlow::refusal(order->state, action);
    if (!refusal.isEmpty())
        return refused(tr("order %1: %2").arg(order->number, refusal), order->number);
    OrderStep s;
    s.orderId = order->id;
    s.at = nowIso();
    s.user = user;
    s.action = action;
    order->state = SupervisionFlow::stateAfter(action);
    QString error = apply(*order, s);
    if (!error.isEmpty())
        return refused(tr("order %1: %2").arg(order->number, error), order->number);
    s.state = order->state;
    order->updatedAt = s.at;
    order->updatedBy = user;
    error = orders.update(*order);
    if (error.isEmpty())
        error = orders.appendStep(s, attachments);
    if (!error.isEmpty())
        return refused(tr("order %1: %2").arg(order->number, error), order->number);
    if (!scope.commit())
        return refused(scope.errorString(), order->number);
    m_store.announceChange(Kind::Orders);
    if (action == OrderAction::Accept)
        m_store.announceChange(Kind::Anomalies);
    SupervisionResult r;
    r.ok = true;
    r.number = order->number;
    return r;
}

SupervisionResult SupervisionService::issue(
    const QString &number, const QString &user, const QString &subject, const QString &deadline)
{
    return step(number, OrderAction::Issue, user, [&](SupervisionOrder &o, OrderStep &s) -> QString {
        QDate due = m_settings.calendar.addWorkingDays(today(), m_settings.deadlineDays);
        if (!deadline.trimmed().isEmpty()) {
            due = QDate::fromString(deadline.trimmed(), Qt::ISODate);
            if (!due.isValid())
                return tr("the deadline %1 is not a date (YYYY-MM-DD)").arg(deadline);
            if (due < today())
                return tr("the deadline %1 is in the past (today is %2)")
                    .arg(due.toString(Qt::ISODate), today().toString(Qt::ISODate));
        }
        if (!subject.trimmed().isEmpty())
            o.subject = subject.trimmed();
        o.deadline = due.toString(Qt::ISODate);
        s.deadline = o.deadline;
        s.text = o.subject;
        return {};
    });
}

SupervisionResult SupervisionService::reply(const QString &number, const QString &text, const QString &user,
    const QList<QPair<QString, QByteArray>> &attachments)
{
    return step(
        number, OrderAction::Reply, user,
        [&](SupervisionOrder &, OrderStep &s) -> QString {
            if (text.trimmed().isEmpty())
                return tr("a reply needs the agency's written answer (--text)");
            s.text = text.trimmed();
            return {};
        },
        attachments);
}

SupervisionResult SupervisionService::returnOrder(
    const QString &number, const QString &reason, const QString &user)
{
    return step(number, OrderAction::Return, user, [&](SupervisionOrder &o, OrderStep &s) -> QString {
        if (reason.trimmed().isEmpty())
            return tr("returning a reply needs the reason (--reason)");
        s.reason = reason.trimmed();
        // A better answer gets a fresh period, counted from the day it is asked for.
        o.deadline
            = m_settings.calendar.addWorkingDays(today(), m_settings.deadlineDays).toString(Qt::ISODate);
        s.deadline = o.deadline;
        return {};
    });
}

SupervisionResult SupervisionService::accept(
    const QString &number, const QString &conclusion, const QString &text, const QString &user)
{
    return step(number, OrderAction::Accept, user, [&](SupervisionOrder &o, OrderStep &s) -> QString {
        if (!SupervisionFlow::conclusions().contains(conclusion))
            return tr("closing needs a conclusion: confirmed, explained or not-established (--conclusion)");
        o.conclusion = conclusion;
        s.conclusion = conclusion;
        s.text = text.trimmed();
        // The findings the order came from follow its conclusion, inside the same write scope.
        AnomalyStore anomalies(m_store.database());
        const bool confirmed = conclusion == OrderConclusion::Confirmed;
        const QString reason
            = QStringLiteral("%1: %2").arg(o.number, SupervisionFlow::conclusionLabel(conclusion));
        for (const OrderFinding &f : std::as_const(o.findings)) {
            const QString error = anomalies.setStatus(f.anomalyId,
                confirmed ? QStringLiteral("confirmed") : QStringLiteral("dismissed"), reason, user);
            if (!error.isEmpty())
                return error;
        }
        return {};
    });
}
