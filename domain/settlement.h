#pragma once
// Settlement (自动结算): prices every trip returned in a Beijing month with the charging standard, stores the
// prices on the dispatch orders (settle --apply), and keeps the dispatcher's adjustments with their reason
// (the change log holds each old and new amount). What an agency is billed for a trip is the adjusted
// amount when there is one, else the stored price, else the standard's price now (docs/SETTLEMENT.md).
#include "base/beijingtime.h"
#include "domain/chargingstandard.h"
#include "domain/texttable.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

struct SettlementLine
{
    QString taskId;
    QString taskCode;
    QString plate;
    QString category;
    QString unitCode; // the order's agency, else its request's, else the car's
    QString unitName;
    QString requestCode; // the trip request the order serves; empty for an order made without one
    QString driverCode;
    QString destName;
    qint64 departedMs = 0;
    qint64 returnedMs = 0;
    TripPrice price; // the standard's price now
    std::optional<double> trackedKm;
    std::optional<double> odometerKm; // odometer_in − odometer_out, when both were recorded
    std::optional<double> storedYuan; // charge_yuan, set by settle --apply
    std::optional<double> adjustedYuan;
    QString adjustReason;

    double billedYuan() const
    {
        return adjustedYuan ? *adjustedYuan : storedYuan ? *storedYuan : price.total;
    }
    QJsonObject toJson() const;
};

// One agency's monthly statement (月度结算单): each trip returned in the month and what it is billed.
struct AgencyStatement
{
    Q_DECLARE_TR_FUNCTIONS(AgencyStatement)

public:
    QString unitCode;
    QString unitName;
    checks::YearMonth month;
    QList<SettlementLine> lines;
    double totalYuan() const;
    double totalKm() const;

    // What the .xlsx (interchange/StatementWriter) and the PDF (printing/StatementPrinter) both show: the
    // title, the column titles, and one line's cells as text (yuan with two decimals, km and hours one).
    QString title() const;
    static QStringList columns();
    static QStringList cells(int number, const SettlementLine &line);
};

class Settlement
{
    Q_DECLARE_TR_FUNCTIONS(Settlement)

public:
    Settlement(RecordStore &store, ChargingStandard standard);

    // The trips returned in `month` (Beijing), by return time; only `unitCode`'s when given.
    QList<SettlementLine> lines(const checks::YearMonth &month, const QString &unitCode = QString()) const;
    // The statement of one agency; unitName stays empty when there is no such agency.
    AgencyStatement statement(const QString &unitCode, const checks::YearMonth &month) const;
    // Stores each line's price as its order's charge, in one transaction. False with *error when refused.
    bool apply(const QList<SettlementLine> &lines, const QString &user, int *changed, QString *error);
    // The dispatcher's amount for a returned order, with the reason (required). No amount takes the
    // adjustment back; the reason says why that was done too.
    SaveResult adjust(const QString &taskCode, std::optional<double> amountYuan, const QString &reason,
        const QString &user);

    // Every dispatch order code with the Beijing month (YYYY-MM) it returned in, empty when it has not: the
    // finance comparison leaves a payment for another month's trip to that month.
    QHash<QString, QString> returnMonthOfOrders() const;
    // Per agency: trips, km and what is billed, with a total row (the Settlement tab's totals).
    static TextTable agencyTotals(const QList<SettlementLine> &lines);
    static double totalBilled(const QList<SettlementLine> &lines);

    // "2026-10" → the month, or none.
    static std::optional<checks::YearMonth> parseMonth(const QString &text);

private:
    RecordStore &m_store;
    ChargingStandard m_standard;
};
