#pragma once
// The finance comparison (财务比对): a month's billed trips (Settlement) against the finance office's
// transport-expense payments. Lists every trip billed but not paid, paid but not billed, or paid a different
// amount, and every payment by an agency that booked no trip that month. How payments are matched to trips
// is in docs/SETTLEMENT.md ("The finance comparison"); the JSON form is DESIGN §6's.
#include "domain/settlement.h"

#include <QJsonArray>
#include <QList>
#include <optional>

struct FinancePayment
{
    QString unitCode;
    QString paidOn; // YYYY-MM-DD
    double amountYuan = 0;
    QString reference; // a dispatch order code, when the finance office wrote one
    int line = 0; // in the file, for the reader's messages
};

struct FinanceMismatch
{
    QString kind; // billed_not_paid | paid_not_billed | amount_differs | paid_without_trips
    QString unitCode;
    QString orderCode;
    std::optional<double> billedYuan;
    std::optional<double> paidYuan;
    QJsonObject toJson() const;
};

namespace FinanceComparison {

// Amounts within half a fen are equal.
constexpr double kToleranceYuan = 0.005;

// `billed`: the month's settlement lines. `allOrderCodes`: every dispatch order code the store knows with
// the Beijing month (YYYY-MM) it returned in (empty when not returned), so that a payment for another
// month's trip is left to that month's comparison instead of being called unbilled.
QList<FinanceMismatch> compare(const QList<SettlementLine> &billed, const QList<FinancePayment> &payments,
    const QHash<QString, QString> &returnMonthOfOrder, const QString &month);
QJsonArray toJson(const QList<FinanceMismatch> &mismatches);

// The four kinds in the order they are listed, and each in words.
QStringList kinds();
QString kindTitle(const QString &kind);
// How many mismatches of each kind (every kind present, 0 when none).
QHash<QString, int> counts(const QList<FinanceMismatch> &mismatches);
// The mismatches as a table to show and export: kind in words, agency code and name, order, billed, paid,
// difference. `unitNames`: agency code → name.
TextTable table(
    const QList<FinanceMismatch> &mismatches, const QHash<QString, QString> &unitNames, const QString &month);

} // namespace FinanceComparison
