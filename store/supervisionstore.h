#pragma once
// Keeps supervision orders (督办单) and their steps: the order row (number, agency, what is to be explained,
// state, deadline, conclusion), the findings it came from with their figures as they were when it was
// drafted, and every step (who, when, what was said) in an append-only table. Plain reads and writes only:
// which step may follow which, and what a step changes elsewhere, is SupervisionService's.
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

struct OrderFinding
{
    QString anomalyId, key, rule, plate, taskCode;
    qint64 startMs = 0, endMs = 0;
    QJsonObject evidence; // as it stood when the order was drafted
};

struct OrderStep
{
    qint64 seq = 0;
    QString orderId;
    QString at; // UTC ISO 8601 with ms
    QString user;
    QString action; // draft, issue, reply, return, accept
    QString state; // the order's state after the step
    QString text, reason, conclusion, deadline;
    QStringList attachments; // names; the bytes are read with SupervisionStore::attachment
};

struct SupervisionOrder
{
    QString id, number;
    int year = 0, seq = 0;
    QString unitId, unitCode, unitName;
    QString complaintId, complaintNo; // set when the order came from a public complaint
    QString subject; // what the agency is to explain
    QString state, conclusion;
    QString deadline; // YYYY-MM-DD (Beijing), set when issued
    QString createdAt, createdBy, updatedAt, updatedBy;
    QList<OrderFinding> findings;
    QList<OrderStep> steps; // oldest first
};

class SupervisionStore
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionStore)

public:
    explicit SupervisionStore(const QSqlDatabase &db);

    // Orders with their findings and steps, by number (oldest first); tombstones left out.
    QList<SupervisionOrder> orders() const;
    std::optional<SupervisionOrder> find(const QString &number) const;
    // Orders still open (not closed) that a finding belongs to.
    QStringList openOrdersOf(const QString &anomalyId) const;
    int highestSeq(int year) const; // 0 when the year has none (tombstones count)
    QByteArray attachment(qint64 stepSeq, const QString &name) const;

    // Writers: called inside the caller's write scope. Each returns empty or the reason it failed.
    QString insert(const SupervisionOrder &order);
    QString update(const SupervisionOrder &order); // state, conclusion, deadline, subject, updated_*
    QString appendStep(OrderStep &step, const QList<QPair<QString, QByteArray>> &attachments = {});
    QString readError() const { return m_readError; }

private:
    QList<SupervisionOrder> load(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
    mutable QString m_readError;
};
