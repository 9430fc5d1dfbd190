#include "base/appsettings.h"
#include "domain/assessment.h"
#include "domain/supervisionservice.h"
#include "store/anomalystore.h"
#include "store/recordkinds.h"
#include "support/anomalysample.h"
#include "support/testdb.h"

#include <QTemporaryDir>

// Scores computed by hand on a small case (default points: base 100, mileage 2, complaint 2, 0.5 a day late,
// 3 per unanswered order, half of a confirmed deduction returned when rectified in time):
//   A  NT001, mileage finding: issued Fri 03-13 (due 03-20), answered 03-19, confirmed 03-25:  −2 +1      →
//   99 B  NT002, mileage finding: issued 03-13 (due 03-20), answered Tue 03-24 (4 days late:
//      21, 22, 23, 24), confirmed 03-25:                                                     −2 −2
//   C  NT002, public complaint: issued Mon 03-16 (due 03-23), never answered; as of 03-31:
//      unanswered −3, overdue 24…31 = 8 days −4                                                          → 89
class TestAssessment : public QObject
{
    Q_OBJECT

    struct Case
    {
        TestDb t;
        qint64 now = 0;
        std::unique_ptr<SupervisionService> service;
        QString a, b, c;

        Case()
        {
            if (!AnomalySample::fill(*t.store).isEmpty())
                qFatal("sample refused");
            std::vector<checks::Anomaly> found;
            QStringList keys;
            for (const auto &[plate, task] : { std::pair { "苏F·A1001", "T001" }, { "苏F·A2002", "T002" } }) {
                checks::Anomaly x;
                x.rule = QStringLiteral("mileage");
                x.plate = QString::fromUtf8(plate);
                x.taskCode = QLatin1String(task);
                x.startMs = AnomalySample::ms("2026-03-10T09:00:00+08:00");
                x.endMs = x.startMs + 3600000;
                found.push_back(x);
                keys << x.identityKey();
            }
            if (!AnomalyStore(t.store->database()).save(found, {}).ok)
                qFatal("findings refused");
            Record complaint;
            complaint.values = { { QStringLiteral("code"), QStringLiteral("12345-0007") },
                { QStringLiteral("received_at"), QStringLiteral("2026-03-12 10:00") },
                { QStringLiteral("account"), QStringLiteral("公车私用") } };
            if (!t.store->save(QStringLiteral("complaints"), complaint, {}).ok)
                qFatal("complaint refused");
            service = std::make_unique<SupervisionService>(
                *t.store, SupervisionSettings(), [this] { return now; });
            at("2026-03-13T09:00:00+08:00");
            a = service->draftFromFindings({ keys[0] }, QStringLiteral("甲")).number;
            b = service->draftFromFindings({ keys[1] }, QStringLiteral("甲")).number;
            check(service->issue(a, QStringLiteral("甲")));
            check(service->issue(b, QStringLiteral("甲")));
            at("2026-03-16T09:00:00+08:00");
            c = service
                    ->draftFromComplaint(
                        QStringLiteral("12345-0007"), QStringLiteral("甲"), QStringLiteral("NT002"))
                    .number;
            check(service->issue(c, QStringLiteral("甲")));
            at("2026-03-19T15:00:00+08:00");
            check(service->reply(a, QStringLiteral("说明"), QStringLiteral("乙")));
            at("2026-03-24T15:00:00+08:00");
            check(service->reply(b, QStringLiteral("迟交的说明"), QStringLiteral("乙")));
            at("2026-03-25T10:00:00+08:00");
            check(service->accept(a, OrderConclusion::Confirmed, {}, QStringLiteral("甲")));
            check(service->accept(b, OrderConclusion::Confirmed, {}, QStringLiteral("甲")));
        }
        void at(const char *beijing) { now = AnomalySample::ms(beijing); }
        static void check(const SupervisionResult &r)
        {
            if (!r.ok)
                qFatal("step refused: %s", qPrintable(r.error));
        }
        QList<UnitScore> scores(
            int year, const char *asOf, const AssessmentRules &rules = AssessmentRules()) const
        {
            AssessmentRules r = rules;
            if (r.perRule.isEmpty())
                r.perRule.insert(QStringLiteral("mileage"), 2);
            return Assessment::load(*t.store, r, year, AnomalySample::ms(asOf));
        }
    };

    static const UnitScore &of(const QList<UnitScore> &scores, const char *code)
    {
        for (const UnitScore &s : scores) {
            if (s.unitCode == QLatin1String(code))
                return s;
        }
        qFatal("no unit %s", code);
    }

private slots:
    void byHand()
    {
        Case k;
        const QList<UnitScore> scores = k.scores(2026, "2026-03-31T12:00:00+08:00");
        QCOMPARE(scores.size(), 2);
        const UnitScore &north = of(scores, "NT001");
        const UnitScore &south = of(scores, "NT002");
        QCOMPARE(north.score, 99.0);
        QCOMPARE(north.rank, 1);
        QCOMPARE(south.score, 89.0);
        QCOMPARE(south.rank, 2);
        QCOMPARE(north.changes.size(), 2);
        QCOMPARE(north.changes[0].delta, -2.0);
        QCOMPARE(north.changes[0].order, k.a);
        QCOMPARE(north.changes[1].delta, 1.0);
        QList<double> deltas;
        for (const ScoreChange &c : south.changes) {
            deltas << c.delta;
            QVERIFY(!c.reason.isEmpty());
        }
        // In time order: C unanswered from 03-24 00:00, B late (answered 03-24 15:00), B confirmed (03-25),
        // C overdue so far (03-31).
        QCOMPARE(deltas, QList<double>({ -3.0, -2.0, -2.0, -4.0 }));
        QCOMPARE(south.changes[0].order, k.c);
        QCOMPARE(south.changes[1].order, k.b);
        QCOMPARE(south.monthly.size(), 12);
        QCOMPARE(south.monthly[1], 100.0); // end of February
        QCOMPARE(south.monthly[2], 89.0); // end of March
        QCOMPARE(south.monthly[11], 89.0);
    }

    // The score follows from the history as of a moment: computed again it is the same, and as of an earlier
    // moment it is what it was then.
    void recomputedFromHistory()
    {
        Case k;
        const QList<UnitScore> once = k.scores(2026, "2026-03-31T12:00:00+08:00");
        const QList<UnitScore> again = k.scores(2026, "2026-03-31T12:00:00+08:00");
        QCOMPARE(once.size(), again.size());
        for (int i = 0; i < once.size(); ++i) {
            QCOMPARE(once[i].score, again[i].score);
            QCOMPARE(once[i].changes.size(), again[i].changes.size());
        }
        // 03-22: B two days late and unanswered (−1 −3); C not yet due; nothing confirmed.
        const QList<UnitScore> earlier = k.scores(2026, "2026-03-22T12:00:00+08:00");
        QCOMPARE(of(earlier, "NT002").score, 96.0);
        QCOMPARE(of(earlier, "NT001").score, 100.0);
        // 2027: C still unanswered on 01-05 — five days late in 2027; the rest belongs to 2026.
        const QList<UnitScore> next = k.scores(2027, "2027-01-05T12:00:00+08:00");
        QCOMPARE(of(next, "NT002").score, 97.5);
        QCOMPARE(of(next, "NT001").score, 100.0);
    }

    // The points are settings.
    void pointsAreSettings()
    {
        Case k;
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setThreshold(QStringLiteral("assessment/rule_mileage"), 5);
        settings.setThreshold(QStringLiteral("assessment/return_ratio"), 1);
        settings.setThreshold(QStringLiteral("assessment/base"), 90);
        const AssessmentRules rules = AssessmentRules::from(settings);
        QCOMPARE(rules.perRule.value(QStringLiteral("violations")), 1.0);
        const QList<UnitScore> scores = k.scores(2026, "2026-03-31T12:00:00+08:00", rules);
        QCOMPARE(of(scores, "NT001").score, 90.0); // −5 +5
        QCOMPARE(of(scores, "NT002").score, 90.0 - 2 - 5 - 3 - 4);
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
