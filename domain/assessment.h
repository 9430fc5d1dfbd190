#pragma once
// The agencies' yearly assessment (考核): each starts from a base and changes by the settings' points —
// deducted per violation confirmed by closing an order (by the findings' rule, or per public complaint), per
// day an order waits past its deadline, and per order still unanswered past it; part of a confirmed
// deduction is returned (退回) when the accepted answer came within its time. Nothing is stored: the score is
// computed from the orders' steps as of a moment, so computing it again from the history gives the same
// score, and a change of the points applies to the whole year at once.
#include "store/supervisionstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class AppSettings;
class RecordStore;

struct AssessmentRules
{
    double base = 100;
    QHash<QString, double> perRule; // rule id → points per confirmed finding of it
    double complaint = 2; // per confirmed public complaint
    double overdueDay = 0.5;
    double unanswered = 3;
    double returnRatio = 0.5; // share of an order's confirmed deduction returned when rectified in time
    static AssessmentRules from(const AppSettings &settings);
};

struct ScoreChange
{
    double delta = 0;
    QString reason;
    QString order; // the order's number
    qint64 atMs = 0; // when the change happened (for the months)
};

struct UnitScore
{
    QString unitCode, unitName;
    double score = 0;
    int rank = 0; // 1 = best; equal scores share a rank
    QList<ScoreChange> changes; // in time order
    QList<double> monthly; // the score at the end of each month, January first (12 values)
};

class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Assessment)

public:
    struct Unit
    {
        QString id, code, name;
    };
    // The scores of `year` as of `asOfMs` (steps after it do not count), best first.
    static QList<UnitScore> compute(const QList<Unit> &units, const QList<SupervisionOrder> &orders,
        const AssessmentRules &rules, int year, qint64 asOfMs);
    // The same over the store's live agencies and orders; asOf defaults to now or the year's end if sooner.
    static QList<UnitScore> load(
        const RecordStore &store, const AssessmentRules &rules, int year, qint64 asOfMs = 0);
    static qint64 yearEndMs(int year); // the last ms of the Beijing year
};
