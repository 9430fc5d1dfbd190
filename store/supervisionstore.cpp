#include "store/supervisionstore.h"
#include "store/writescope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant nonNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

SupervisionStore::SupervisionStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<SupervisionOrder> SupervisionStore::load(const QString &where, const QVariantList &binds) const
{
    m_readError.clear();
    QList<SupervisionOrder> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.id, o.number, o.year, o.seq, o.unit_id, u.code, u.name, o.complaint_id, "
        "c.code, o.subject, o.state, o.conclusion, o.deadline, o.created_at, o.created_by, "
        "o.updated_at, o.updated_by FROM supervision_orders o "
        "LEFT JOIN units u ON u.id = o.unit_id LEFT JOIN complaints c ON c.id = o.complaint_id "
        "WHERE o.deleted = 0 %1 ORDER BY o.year, o.seq")
                  .arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_readError = WriteScope::reason(q.lastError());
        return out;
    }
    QHash<QString, int> index;
    while (q.next()) {
        SupervisionOrder o;
        o.id = q.value(0).toString();
        o.number = q.value(1).toString();
        o.year = q.value(2).toInt();
        o.seq = q.value(3).toInt();
        o.unitId = q.value(4).toString();
        o.unitCode = q.value(5).toString();
        o.unitName = q.value(6).toString();
        o.complaintId = q.value(7).toString();
        o.complaintNo = q.value(8).toString();
        o.subject = q.value(9).toString();
        o.state = q.value(10).toString();
        o.conclusion = q.value(11).toString();
        o.deadline = q.value(12).toString();
        o.createdAt = q.value(13).toString();
        o.createdBy = q.value(14).toString();
        o.updatedAt = q.value(15).toString();
        o.updatedBy = q.value(16).toString();
        index.insert(o.id, int(out.size()));
        out.append(o);
    }
    if (out.isEmpty())
        return out;
    // Findings and steps of every order at once: two queries whatever the number of orders.
    QSqlQuery f(m_db);
    f.setForwardOnly(true);
    f.exec(
        QStringLiteral("SELECT order_id, anomaly_id, key, rule, plate, task_code, start_ms, end_ms, evidence "
                       "FROM supervision_order_findings ORDER BY start_ms, rule, plate"));
    while (f.next()) {
        const int i = index.value(f.value(0).toString(), -1);
        if (i < 0)
            continue;
        OrderFinding of;
        of.anomalyId = f.value(1).toString();
        of.key = f.value(2).toString();
        of.rule = f.value(3).toString();
        of.plate = f.value(4).toString();
        of.taskCode = f.value(5).toString();
        of.startMs = f.value(6).toLongLong();
        of.endMs = f.value(7).toLongLong();
        of.evidence = QJsonDocument::fromJson(f.value(8).toString().toUtf8()).object();
        out[i].findings.append(of);
    }
    QSqlQuery s(m_db);
    s.setForwardOnly(true);
    s.exec(QStringLiteral("SELECT s.seq, s.order_id, s.at, s.user, s.action, s.state, s.text, s.reason, "
                          "s.conclusion, s.deadline, (SELECT group_concat(name, char(10)) FROM "
                          "supervision_attachments a WHERE a.step_seq = s.seq) FROM supervision_steps s "
                          "ORDER BY s.seq"));
    while (s.next()) {
        const int i = index.value(s.value(1).toString(), -1);
        if (i < 0)
            continue;
        OrderStep st;
        st.seq = s.value(0).toLongLong();
        st.orderId = s.value(1).toString();
        st.at = s.value(2).toString();
        st.user = s.value(3).toString();
        st.action = s.value(4).toString();
        st.state = s.value(5).toString();
        st.text = s.value(6).toString();
        st.reason = s.value(7).toString();
        st.conclusion = s.value(8).toString();
        st.deadline = s.value(9).toString();
        const QString names = s.value(10).toString();
        if (!names.isEmpty())
            st.attachments = names.split(QLatin1Char('\n'));
        out[i].steps.append(st);
    }
    return out;
}

QList<SupervisionOrder> SupervisionStore::orders() const
{
    return load(QString(), {});
}

std::optional<SupervisionOrder> SupervisionStore::find(const QString &number) const
{
    const QList<SupervisionOrder> found = load(QStringLiteral("AND o.number = ?"), { number.trimmed() });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QStringList SupervisionStore::openOrdersOf(const QString &anomalyId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT o.number FROM supervision_order_findings f JOIN supervision_orders o ON "
                       "o.id = f.order_id WHERE f.anomaly_id = ? AND o.state <> 'closed' AND o.deleted = 0"));
    q.addBindValue(anomalyId);
    QStringList numbers;
    if (q.exec()) {
        while (q.next())
            numbers << q.value(0).toString();
    }
    return numbers;
}

int SupervisionStore::highestSeq(int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(seq) FROM supervision_orders WHERE year = ?"));
    q.addBindValue(year);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QByteArray SupervisionStore::attachment(qint64 stepSeq, const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM supervision_attachments WHERE step_seq = ? AND name = ?"));
    q.addBindValue(stepSeq);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

QString SupervisionStore::insert(const SupervisionOrder &o)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO supervision_orders (id, number, year, seq, unit_id, complaint_id, "
                             "subject, state, conclusion, deadline, created_at, created_by, updated_at, "
                             "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : { QVariant(o.id), QVariant(o.number), QVariant(o.year), QVariant(o.seq),
             QVariant(o.unitId), textOrNull(o.complaintId), nonNull(o.subject), QVariant(o.state),
             textOrNull(o.conclusion), textOrNull(o.deadline), QVariant(o.createdAt), nonNull(o.createdBy),
             QVariant(o.updatedAt), nonNull(o.updatedBy) })
        q.addBindValue(v);
    if (!q.exec())
        return WriteScope::reason(q.lastError());
    QSqlQuery f(m_db);
    f.prepare(
        QStringLiteral("INSERT INTO supervision_order_findings (order_id, anomaly_id, key, rule, plate, "
                       "task_code, start_ms, end_ms, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const OrderFinding &of : o.findings) {
        for (const QVariant &v : { QVariant(o.id), QVariant(of.anomalyId), QVariant(of.key),
                 QVariant(of.rule), QVariant(of.plate), textOrNull(of.taskCode), QVariant(of.startMs),
                 QVariant(of.endMs), QVariant(compact(of.evidence)) })
            f.addBindValue(v);
        if (!f.exec())
            return WriteScope::reason(f.lastError());
    }
    return {};
}

QString SupervisionStore::update(const SupervisionOrder &o)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE supervision_orders SET subject = ?, state = ?, conclusion = ?, deadline = ?, "
                       "updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const QVariant &v : { nonNull(o.subject), QVariant(o.state), textOrNull(o.conclusion),
             textOrNull(o.deadline), QVariant(o.updatedAt), nonNull(o.updatedBy), QVariant(o.id) })
        q.addBindValue(v);
    if (!q.exec())
        return WriteScope::reason(q.lastError());
    return {};
}

QString SupervisionStore::appendStep(OrderStep &step, const QList<QPair<QString, QByteArray>> &attachments)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO supervision_steps (order_id, at, user, action, state, text, reason, "
                       "conclusion, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : { QVariant(step.orderId), QVariant(step.at), nonNull(step.user),
             QVariant(step.action), QVariant(step.state), textOrNull(step.text), textOrNull(step.reason),
             textOrNull(step.conclusion), textOrNull(step.deadline) })
        q.addBindValue(v);
    if (!q.exec())
        return WriteScope::reason(q.lastError());
    step.seq = q.lastInsertId().toLongLong();
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("INSERT INTO supervision_attachments (step_seq, name, data) VALUES (?, ?, ?)"));
    for (const auto &[name, data] : attachments) {
        a.addBindValue(step.seq);
        a.addBindValue(name);
        a.addBindValue(data);
        if (!a.exec())
            return WriteScope::reason(a.lastError());
        step.attachments << name;
    }
    return {};
}
