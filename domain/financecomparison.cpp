#include "domain/financecomparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

QJsonObject FinanceMismatch::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("unit_code"), unitCode);
    if (!orderCode.isEmpty())
        o.insert(QStringLiteral("order_code"), orderCode);
    if (billedYuan)
        o.insert(QStringLiteral("billed_yuan"), *billedYuan);
    if (paidYuan)
        o.insert(QStringLiteral("paid_yuan"), *paidYuan);
    return o;
}

namespace FinanceComparison {

namespace {

double yuan(double v)
{
    return ChargingStandard::roundYuan(v);
}

int kindRank(const QString &kind)
{
    static const QStringList order { QStringLiteral("billed_not_paid"), QStringLiteral("paid_not_billed"),
        QStringLiteral("amount_differs"), QStringLiteral("paid_without_trips") };
    return int(order.indexOf(kind));
}

} // namespace

QList<FinanceMismatch> compare(const QList<SettlementLine> &billed, const QList<FinancePayment> &payments,
    const QHash<QString, QString> &returnMonthOfOrder, const QString &month)
{
    QList<FinanceMismatch> out;
    QHash<QString, const SettlementLine *> billedByCode;
    QSet<QString> unitsWithTrips;
    for (const SettlementLine &l : billed) {
        billedByCode.insert(l.taskCode, &l);
        unitsWithTrips.insert(l.unitCode);
    }

    // 1. Payments naming an order: summed per order (a trip may be paid in parts).
    QHash<QString, double> paidByOrder;
    QHash<QString, QString> unitOfOrderPayment;
    QList<const FinancePayment *> unreferenced;
    for (const FinancePayment &p : payments) {
        if (p.reference.isEmpty()) {
            unreferenced << &p;
            continue;
        }
        if (billedByCode.contains(p.reference)) {
            paidByOrder[p.reference] += p.amountYuan;
            continue;
        }
        // Another month's trip: that month's comparison judges it.
        const QString returned = returnMonthOfOrder.value(p.reference);
        if (!returned.isEmpty() && returned != month)
            continue;
        paidByOrder[p.reference] += p.amountYuan;
        unitOfOrderPayment.insert(p.reference, p.unitCode);
    }
    QSet<QString> matched;
    for (auto it = paidByOrder.cbegin(); it != paidByOrder.cend(); ++it) {
        const SettlementLine *line = billedByCode.value(it.key());
        if (!line) {
            const QString unit = unitOfOrderPayment.value(it.key());
            out.append({ unitsWithTrips.contains(unit) ? QStringLiteral("paid_not_billed")
                                                       : QStringLiteral("paid_without_trips"),
                unit, it.key(), std::nullopt, yuan(it.value()) });
            continue;
        }
        matched.insert(it.key());
        if (std::fabs(line->billedYuan() - it.value()) > kToleranceYuan)
            out.append({ QStringLiteral("amount_differs"), line->unitCode, line->taskCode,
                yuan(line->billedYuan()), yuan(it.value()) });
    }

    // 2. Payments without an order: each takes an unpaid trip of its agency with the same amount, earliest
    // return first.
    QList<const FinancePayment *> leftOver;
    for (const FinancePayment *p : std::as_const(unreferenced)) {
        const SettlementLine *take = nullptr;
        for (const SettlementLine &l : billed) {
            if (l.unitCode == p->unitCode && !matched.contains(l.taskCode)
                && std::fabs(l.billedYuan() - p->amountYuan) <= kToleranceYuan) {
                take = &l;
                break;
            }
        }
        if (take)
            matched.insert(take->taskCode);
        else
            leftOver << p;
    }
    for (const FinancePayment *p : std::as_const(leftOver)) {
        out.append({ unitsWithTrips.contains(p->unitCode) ? QStringLiteral("paid_not_billed")
                                                          : QStringLiteral("paid_without_trips"),
            p->unitCode, QString(), std::nullopt, yuan(p->amountYuan) });
    }

    // 3. Trips nobody paid for.
    for (const SettlementLine &l : billed) {
        if (!matched.contains(l.taskCode))
            out.append({ QStringLiteral("billed_not_paid"), l.unitCode, l.taskCode, yuan(l.billedYuan()),
                std::nullopt });
    }

    std::stable_sort(out.begin(), out.end(), [](const FinanceMismatch &a, const FinanceMismatch &b) {
        if (kindRank(a.kind) != kindRank(b.kind))
            return kindRank(a.kind) < kindRank(b.kind);
        if (a.unitCode != b.unitCode)
            return a.unitCode < b.unitCode;
        if (a.orderCode != b.orderCode)
            return a.orderCode < b.orderCode;
        return a.paidYuan.value_or(0) < b.paidYuan.value_or(0);
    });
    return out;
}

QStringList kinds()
{
    return { QStringLiteral("billed_not_paid"), QStringLiteral("paid_not_billed"),
        QStringLiteral("amount_differs"), QStringLiteral("paid_without_trips") };
}

QString kindTitle(const QString &kind)
{
    if (kind == QLatin1String("billed_not_paid"))
        return QCoreApplication::translate("FinanceComparison", "Billed, not paid");
    if (kind == QLatin1String("paid_not_billed"))
        return QCoreApplication::translate("FinanceComparison", "Paid, not billed");
    if (kind == QLatin1String("amount_differs"))
        return QCoreApplication::translate("FinanceComparison", "Paid a different amount");
    if (kind == QLatin1String("paid_without_trips"))
        return QCoreApplication::translate("FinanceComparison", "Paid by an agency with no trip");
    return kind;
}

QHash<QString, int> counts(const QList<FinanceMismatch> &mismatches)
{
    QHash<QString, int> out;
    for (const QString &k : kinds())
        out.insert(k, 0);
    for (const FinanceMismatch &m : mismatches)
        out[m.kind] += 1;
    return out;
}

TextTable table(
    const QList<FinanceMismatch> &mismatches, const QHash<QString, QString> &unitNames, const QString &month)
{
    auto money = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 2) : QString(); };
    TextTable t;
    t.title = QCoreApplication::translate("FinanceComparison", "Finance comparison for %1").arg(month);
    t.headers = { QCoreApplication::translate("FinanceComparison", "Kind"),
        QCoreApplication::translate("FinanceComparison", "Agency"),
        QCoreApplication::translate("FinanceComparison", "Agency name"),
        QCoreApplication::translate("FinanceComparison", "Order"),
        QCoreApplication::translate("FinanceComparison", "Billed (yuan)"),
        QCoreApplication::translate("FinanceComparison", "Paid (yuan)"),
        QCoreApplication::translate("FinanceComparison", "Difference (yuan)") };
    t.numeric = { false, false, false, false, true, true, true };
    t.empty = QCoreApplication::translate(
        "FinanceComparison", "The finance office's payments match the month's bills.");
    for (const FinanceMismatch &m : mismatches) {
        const double difference = yuan(m.paidYuan.value_or(0) - m.billedYuan.value_or(0));
        t.rows << QStringList { kindTitle(m.kind), m.unitCode, unitNames.value(m.unitCode), m.orderCode,
            money(m.billedYuan), money(m.paidYuan), QString::number(difference, 'f', 2) };
    }
    return t;
}

QJsonArray toJson(const QList<FinanceMismatch> &mismatches)
{
    QJsonArray array;
    for (const FinanceMismatch &m : mismatches)
        array.append(m.toJson());
    return array;
}

} // namespace FinanceComparison
