#include "domain/supervisionfeed.h"
#include "base/timeparse.h"
#include "store/anomalystore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/supervisionstore.h"
#include "store/writescope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

SupervisionFeed::SupervisionFeed(const RecordStore &store)
    : m_store(store)
{ }

QList<QJsonObject> SupervisionFeed::records(qint64 sinceMs) const
{
    QList<QPair<qint64, QJsonObject>> out;
    QHash<QString, QString> unitCodes, unitNames;
    for (const Record &u : m_store.records(Kind::Units, true)) {
        unitCodes.insert(u.id, u.text(Field::Code));
        unitNames.insert(u.id, u.text(Field::Name));
    }
    for (const AnomalyRecord &a : AnomalyStore(m_store.database()).list()) {
        const qint64 found = TimeParse::parseMs(a.firstFoundAt).value_or(0);
        if (found < sinceMs)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("id"), QStringLiteral("finding:") + a.key);
        o.insert(QStringLiteral("type"), QStringLiteral("finding"));
        o.insert(QStringLiteral("at"), TimeParse::toBeijingIso(found));
        o.insert(QStringLiteral("key"), a.key);
        o.insert(QStringLiteral("rule"), a.rule);
        o.insert(QStringLiteral("plate"), a.plate);
        o.insert(QStringLiteral("start"), TimeParse::toBeijingIso(a.startMs));
        o.insert(QStringLiteral("end"), TimeParse::toBeijingIso(a.endMs));
        for (const auto &[name, value] : { std::pair { "driver_code", a.driverCode },
                 { "task_code", a.taskCode }, { "card_no", a.cardNo } }) {
            if (!value.isEmpty())
                o.insert(QLatin1String(name), value);
        }
        o.insert(QStringLiteral("evidence"), a.evidence);
        out.append({ found, o });
    }
    for (const SupervisionOrder &order : SupervisionStore(m_store.database()).orders()) {
        QJsonArray findings;
        for (const OrderFinding &f : order.findings)
            findings.append(f.key);
        for (int i = 0; i < order.steps.size(); ++i) {
            const OrderStep &s = order.steps[i];
            const qint64 at = TimeParse::parseMs(s.at).value_or(0);
            // A draft is the office's own work in progress: the platform hears of an order once it is issued.
            if (s.action == QStringLiteral("draft") || at < sinceMs)
                continue;
            QJsonObject o;
            // The step's place in its order's append-only history: the same on every copy of the file.
            o.insert(QStringLiteral("id"), QStringLiteral("order:%1:%2").arg(order.number).arg(i + 1));
            o.insert(QStringLiteral("type"), QStringLiteral("order_step"));
            o.insert(QStringLiteral("at"), TimeParse::toBeijingIso(at));
            o.insert(QStringLiteral("order"), order.number);
            o.insert(QStringLiteral("unit_code"), unitCodes.value(order.unitId));
            o.insert(QStringLiteral("unit_name"), unitNames.value(order.unitId));
            o.insert(QStringLiteral("action"), s.action);
            o.insert(QStringLiteral("state"), s.state);
            o.insert(QStringLiteral("by"), s.user);
            for (const auto &[name, value] : { std::pair { "text", s.text }, { "reason", s.reason },
                     { "conclusion", s.conclusion }, { "deadline", s.deadline } }) {
                if (!value.isEmpty())
                    o.insert(QLatin1String(name), value);
            }
            if (!s.attachments.isEmpty())
                o.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(s.attachments));
            o.insert(QStringLiteral("findings"), findings);
            if (!order.complaintNo.isEmpty())
                o.insert(QStringLiteral("complaint_no"), order.complaintNo);
            out.append({ at, o });
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first
                                  : a.second.value(QStringLiteral("id")).toString()
                < b.second.value(QStringLiteral("id")).toString();
    });
    QList<QJsonObject> records;
    for (const auto &p : std::as_const(out))
        records.append(p.second);
    return records;
}

QSet<QString> SupervisionFeed::delivered() const
{
    QSet<QString> ids;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT record_id FROM feed_deliveries"))) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

QString SupervisionFeed::markDelivered(
    const QJsonObject &record, const QString &endpoint, int attempts, qint64 atMs)
{
    WriteScope scope(m_store.database());
    if (!scope.isOpen())
        return scope.errorString();
    QSqlQuery q(m_store.database());
    // A record is noted once: a second delivery of the same id (another endpoint, a lost answer) keeps the
    // first.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO feed_deliveries (record_id, endpoint, sent_at, attempts, "
                             "payload) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(record.value(QStringLiteral("id")).toString());
    q.addBindValue(endpoint);
    q.addBindValue(TimeParse::toUtcIso(atMs));
    q.addBindValue(attempts);
    q.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return WriteScope::reason(q.lastError());
    return scope.commit() ? QString() : scope.errorString();
}

QList<SupervisionFeed::Delivery> SupervisionFeed::deliveries() const
{
    QList<Delivery> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT record_id, endpoint, sent_at, attempts, payload FROM feed_deliveries "
                              "ORDER BY sent_at, record_id"))) {
        while (q.next())
            out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toInt(), q.value(4).toString().toUtf8() });
    }
    return out;
}
