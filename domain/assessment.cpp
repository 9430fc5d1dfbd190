#include "domain/assessment.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QDate>
#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace {

QDate beijingDate(qint64 ms)
{
    return QDate::fromString(TimeParse::toBeijingDay(ms), Qt::ISODate);
}

qint64 beijingMidnight(const QDate &day)
{
    return *TimeParse::parseDateMs(day.toString(Qt::ISODate));
}

qint64 stepMs(const OrderStep &s)
{
    return TimeParse::parseMs(s.at).value_or(0);
}

// Points are kept to the hundredth, so that sums of halves read as they were computed by hand.
double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

AssessmentRules AssessmentRules::from(const AppSettings &settings)
{
    AssessmentRules r;
    r.base = settings.threshold(QStringLiteral("assessment/base"));
    for (const ThresholdSpec &spec : AppSettings::supervisionSettings()) {
        if (spec.key.startsWith(QStringLiteral("assessment/rule_")))
            r.perRule.insert(spec.key.mid(16), settings.threshold(spec.key));
    }
    r.complaint = settings.threshold(QStringLiteral("assessment/complaint"));
    r.overdueDay = settings.threshold(QStringLiteral("assessment/overdue_day"));
    r.unanswered = settings.threshold(QStringLiteral("assessment/unanswered"));
    r.returnRatio = settings.threshold(QStringLiteral("assessment/return_ratio"));
    return r;
}

qint64 Assessment::yearEndMs(int year)
{
    return beijingMidnight(QDate(year + 1, 1, 1)) - 1;
}

QList<UnitScore> Assessment::compute(const QList<Unit> &units, const QList<SupervisionOrder> &orders,
    const AssessmentRules &rules, int year, qint64 asOfMs)
{
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);
    const qint64 endMs = std::min(asOfMs, yearEndMs(year));
    const QDate asOfDay = beijingDate(endMs);
    QHash<QString, QList<ScoreChange>> changes; // by unit id
    auto add
        = [&](const QString &unitId, double delta, const QString &reason, const QString &order, qint64 at) {
              if (delta == 0 || beijingDate(at).year() != year)
                  return;
              changes[unitId].append({ rounded(delta), reason, order, at });
          };

    for (const SupervisionOrder &o : orders) {
        // Walk the steps up to the moment assessed: each issue or return opens a period with a deadline,
        // which the next reply ends.
        QString deadline;
        bool periodOpen = false;
        bool lastReplyInTime = false;
        for (const OrderStep &s : o.steps) {
            const qint64 at = stepMs(s);
            if (at > asOfMs)
                break;
            if (s.action == QStringLiteral("issue") || s.action == QStringLiteral("return")) {
                deadline = s.deadline;
                periodOpen = true;
            } else if (s.action == QStringLiteral("reply") && periodOpen) {
                const QDate due = QDate::fromString(deadline, Qt::ISODate);
                const QDate replied = beijingDate(at);
                lastReplyInTime = replied <= due;
                // Days late: after the deadline up to the day the answer came, those of this year.
                const QDate from = std::max(due.addDays(1), yearStart);
                const QDate to = std::min(replied, yearEnd);
                const qint64 days = from <= to ? from.daysTo(to) + 1 : 0;
                add(o.unitId, -rules.overdueDay * double(days),
                    tr("answered %n day(s) late", nullptr, int(days)), o.number,
                    std::min(at, yearEndMs(year)));
                periodOpen = false;
            } else if (s.action == QStringLiteral("accept") && s.conclusion == OrderConclusion::Confirmed) {
                double deducted = 0;
                if (o.findings.isEmpty()) {
                    deducted = rules.complaint;
                    add(o.unitId, -rules.complaint, tr("public complaint %1 confirmed").arg(o.complaintNo),
                        o.number, at);
                }
                for (const OrderFinding &f : o.findings) {
                    const double points = rules.perRule.value(f.rule);
                    deducted += points;
                    add(o.unitId, -points,
                        tr("%1 confirmed (%2, %3)")
                            .arg(AnomalyText::ruleName(f.rule), f.plate, AnomalyText::beijingTime(f.startMs)),
                        o.number, at);
                }
                if (lastReplyInTime)
                    add(o.unitId, deducted * rules.returnRatio,
                        tr("rectified within its time: points returned"), o.number, at);
            }
        }
        // Still waiting for the agency at the moment assessed, past the deadline.
        if (periodOpen && !deadline.isEmpty()) {
            const QDate due = QDate::fromString(deadline, Qt::ISODate);
            if (asOfDay > due) {
                const QDate from = std::max(due.addDays(1), yearStart);
                const QDate to = std::min(asOfDay, yearEnd);
                const qint64 days = from <= to ? from.daysTo(to) + 1 : 0;
                add(o.unitId, -rules.unanswered, tr("unanswered past the deadline %1").arg(deadline),
                    o.number, beijingMidnight(due.addDays(1)));
                add(o.unitId, -rules.overdueDay * double(days),
                    tr("overdue %n day(s), still unanswered", nullptr, int(days)), o.number, endMs);
            }
        }
    }

    QList<UnitScore> scores;
    for (const Unit &u : units) {
        UnitScore s;
        s.unitCode = u.code;
        s.unitName = u.name;
        s.changes = changes.value(u.id);
        std::stable_sort(s.changes.begin(), s.changes.end(),
            [](const ScoreChange &a, const ScoreChange &b) { return a.atMs < b.atMs; });
        s.score = rules.base;
        for (const ScoreChange &c : std::as_const(s.changes))
            s.score += c.delta;
        s.score = rounded(s.score);
        for (int month = 1; month <= 12; ++month) {
            const qint64 monthEnd
                = beijingMidnight(month == 12 ? QDate(year + 1, 1, 1) : QDate(year, month + 1, 1));
            double v = rules.base;
            for (const ScoreChange &c : std::as_const(s.changes)) {
                if (c.atMs < monthEnd)
                    v += c.delta;
            }
            s.monthly << rounded(v);
        }
        scores.append(s);
    }
    std::stable_sort(scores.begin(), scores.end(), [](const UnitScore &a, const UnitScore &b) {
        return a.score != b.score ? a.score > b.score : a.unitCode < b.unitCode;
    });
    for (int i = 0; i < scores.size(); ++i)
        scores[i].rank = i > 0 && scores[i].score == scores[i - 1].score ? scores[i - 1].rank : i + 1;
    return scores;
}

QList<UnitScore> Assessment::load(
    const RecordStore &store, const AssessmentRules &rules, int year, qint64 asOfMs)
{
    if (!asOfMs)
        asOfMs = std::min(QDateTime::currentMSecsSinceEpoch(), yearEndMs(year));
    QList<Unit> units;
    for (const Record &r : store.records(Kind::Units))
        units.append({ r.id, r.text(Field::Code), r.text(Field::Name) });
    return compute(units, SupervisionStore(store.database()).orders(), rules, year, asOfMs);
}
