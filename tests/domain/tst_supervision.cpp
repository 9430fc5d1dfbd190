#include "domain/supervisionflow.h"
#include "domain/supervisionservice.h"
#include "store/anomalystore.h"
#include "store/supervisionstore.h"
#include "support/anomalysample.h"
#include "support/testdb.h"

#include <QSqlQuery>

// A supervision order's life on the small anomaly sample: two mileage findings, T001 of agency NT001 and
// T002 of NT002, with a clock the test moves (Beijing days of March 2026).
class TestSupervision : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestDb t;
        qint64 now = AnomalySample::ms("2026-03-13T09:00:00+08:00"); // a Friday
        SupervisionSettings settings;
        std::unique_ptr<SupervisionService> service;
        QString keyNorth, keySouth;

        Fixture()
        {
            const QString filled = AnomalySample::fill(*t.store);
            if (!filled.isEmpty())
                qFatal("sample refused: %s", qPrintable(filled));
            std::vector<checks::Anomaly> found;
            for (const auto &[plate, task] : { std::pair { "苏F·A1001", "T001" }, { "苏F·A2002", "T002" } }) {
                checks::Anomaly a;
                a.rule = QStringLiteral("mileage");
                a.plate = QString::fromUtf8(plate);
                a.taskCode = QLatin1String(task);
                a.startMs = AnomalySample::ms("2026-03-10T09:00:00+08:00");
                a.endMs = AnomalySample::ms("2026-03-10T10:00:00+08:00");
                a.evidence = { { QStringLiteral("track_km"), 30.1 }, { QStringLiteral("nav_km"), 10.0 } };
                found.push_back(a);
            }
            keyNorth = found[0].identityKey();
            keySouth = found[1].identityKey();
            if (!AnomalyStore(t.store->database()).save(found, QStringLiteral("测试员")).ok)
                qFatal("findings refused");
            remake();
        }
        void remake()
        {
            service = std::make_unique<SupervisionService>(*t.store, settings, [this] { return now; });
        }
        void at(const char *beijing) { now = AnomalySample::ms(beijing); }
        SupervisionOrder order(const QString &number) const
        {
            return *SupervisionStore(t.store->database()).find(number);
        }
        QString findingStatus(const QString &key) const
        {
            return AnomalyStore(t.store->database()).findByKey(key)->status;
        }
    };

private slots:
    // Every pair of state and step: the flow allows exactly these.
    void flowAllowsExactlyItsSteps()
    {
        const QSet<QString> allowed = { QStringLiteral("drafted>issue"), QStringLiteral("issued>reply"),
            QStringLiteral("returned>reply"), QStringLiteral("replied>accept"),
            QStringLiteral("replied>return") };
        for (const QString &state : SupervisionFlow::states()) {
            for (const QString &action : SupervisionFlow::actions()) {
                const QString why = SupervisionFlow::refusal(state, action);
                QVERIFY2(why.isEmpty() == allowed.contains(state + QLatin1Char('>') + action),
                    qPrintable(state + QStringLiteral(" > ") + action + QStringLiteral(": ") + why));
                if (allowed.contains(state + QLatin1Char('>') + action))
                    QVERIFY(!SupervisionFlow::stateAfter(action).isEmpty());
            }
        }
        QVERIFY(!SupervisionFlow::refusal(OrderState::Issued, QStringLiteral("close")).isEmpty());
    }

    // From a finding to its close: every step keeps who and when, the findings follow the conclusion.
    void orderFromFindingToClose()
    {
        Fixture f;
        const SupervisionResult drafted
            = f.service->draftFromFindings({ f.keyNorth }, QStringLiteral("督查员甲"));
        QVERIFY2(drafted.ok, qPrintable(drafted.error));
        QCOMPARE(drafted.number, QStringLiteral("督办2026-001"));
        QCOMPARE(f.findingStatus(f.keyNorth), QStringLiteral("supervised"));
        QCOMPARE(f.findingStatus(f.keySouth), QStringLiteral("new"));
        SupervisionOrder o = f.order(drafted.number);
        QCOMPARE(o.state, OrderState::Drafted);
        QCOMPARE(o.unitCode, QStringLiteral("NT001")); // the agency of dispatch order T001
        QCOMPARE(o.findings.size(), 1);
        QCOMPARE(o.findings.first().evidence.value(QStringLiteral("track_km")).toDouble(), 30.1);

        // Issued on Friday with 5 working days: due the next Friday.
        QVERIFY(f.service->issue(drafted.number, QStringLiteral("督查员甲"), QStringLiteral("请说明绕行原因"))
                    .ok);
        o = f.order(drafted.number);
        QCOMPARE(o.state, OrderState::Issued);
        QCOMPARE(o.deadline, QStringLiteral("2026-03-20"));
        QCOMPARE(o.subject, QStringLiteral("请说明绕行原因"));
        QVERIFY(!f.service->isOverdue(o));
        QVERIFY(!f.service->isDueSoon(o));

        f.at("2026-03-19T10:00:00+08:00"); // Thursday: one working day left, the reminder shows
        QVERIFY(f.service->isDueSoon(o));
        QVERIFY(f.service
                    ->reply(drafted.number, QStringLiteral("因道路施工绕行"), QStringLiteral("收件员"),
                        { { QStringLiteral("说明.pdf"), QByteArray("%PDF-1.4 answer") } })
                    .ok);
        f.at("2026-03-20T11:00:00+08:00");
        QVERIFY(
            f.service->returnOrder(drafted.number, QStringLiteral("缺少施工证明"), QStringLiteral("督查员乙"))
                .ok);
        o = f.order(drafted.number);
        QCOMPARE(o.state, OrderState::Returned);
        QCOMPARE(o.deadline, QStringLiteral("2026-03-27")); // a fresh period from the return
        f.at("2026-03-24T09:30:00+08:00");
        QVERIFY(f.service->reply(drafted.number, QStringLiteral("附施工公告"), QStringLiteral("收件员")).ok);
        f.at("2026-03-25T16:00:00+08:00");
        const SupervisionResult closed = f.service->accept(drafted.number, OrderConclusion::Confirmed,
            QStringLiteral("绕行属实但未报备"), QStringLiteral("督查员乙"));
        QVERIFY2(closed.ok, qPrintable(closed.error));
        o = f.order(drafted.number);
        QCOMPARE(o.state, OrderState::Closed);
        QCOMPARE(o.conclusion, OrderConclusion::Confirmed);
        QCOMPARE(f.findingStatus(f.keyNorth), QStringLiteral("confirmed"));

        const QStringList actions { QStringLiteral("draft"), QStringLiteral("issue"), QStringLiteral("reply"),
            QStringLiteral("return"), QStringLiteral("reply"), QStringLiteral("accept") };
        QCOMPARE(o.steps.size(), actions.size());
        for (int i = 0; i < actions.size(); ++i)
            QCOMPARE(o.steps[i].action, actions[i]);
        QCOMPARE(o.steps[0].user, QStringLiteral("督查员甲"));
        QCOMPARE(o.steps[2].user, QStringLiteral("收件员"));
        QCOMPARE(o.steps[2].at, QStringLiteral("2026-03-19T02:00:00.000Z"));
        QCOMPARE(o.steps[2].attachments, QStringList { QStringLiteral("说明.pdf") });
        QCOMPARE(
            SupervisionStore(f.t.store->database()).attachment(o.steps[2].seq, QStringLiteral("说明.pdf")),
            QByteArray("%PDF-1.4 answer"));
        QCOMPARE(o.steps[3].reason, QStringLiteral("缺少施工证明"));
        QCOMPARE(o.steps[5].conclusion, OrderConclusion::Confirmed);
        QCOMPARE(o.steps[5].at, QStringLiteral("2026-03-25T08:00:00.000Z"));

        // The steps are append-only in the file itself.
        QSqlQuery q(f.t.store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE supervision_steps SET user = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM supervision_steps")));

        // Closed, the finding may go to a new order; the number runs on.
        const SupervisionResult again
            = f.service->draftFromFindings({ f.keyNorth }, QStringLiteral("督查员甲"));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.number, QStringLiteral("督办2026-002"));
    }

    void explainedClosesTheFindingAsDismissed()
    {
        Fixture f;
        const QString number = f.service->draftFromFindings({ f.keySouth }, QStringLiteral("甲")).number;
        QVERIFY(f.service->issue(number, QStringLiteral("甲")).ok);
        QVERIFY(f.service->reply(number, QStringLiteral("执行应急任务"), QStringLiteral("乙")).ok);
        QVERIFY(f.service->accept(number, OrderConclusion::Explained, {}, QStringLiteral("甲")).ok);
        const AnomalyRecord a = *AnomalyStore(f.t.store->database()).findByKey(f.keySouth);
        QCOMPARE(a.status, QStringLiteral("dismissed"));
        QVERIFY2(a.reason.startsWith(number), qPrintable(a.reason));
        QCOMPARE(f.order(number).unitCode, QStringLiteral("NT002"));
    }

    // Every refusal says why, names the order and changes nothing.
    void refusals()
    {
        Fixture f;
        QVERIFY(f.service->draftFromFindings({ QStringLiteral("mileage|nope") }, QStringLiteral("甲"))
                    .error.contains(QStringLiteral("mileage|nope")));
        QVERIFY(f.service->draftFromFindings({ f.keyNorth, f.keySouth }, QStringLiteral("甲"))
                    .error.contains(QStringLiteral("different agencies")));
        QVERIFY(
            f.service->draftFromFindings({}, QStringLiteral("甲")).error.contains(QStringLiteral("finding")));
        const SupervisionResult two = f.service->draftFromFindings(
            { f.keyNorth, f.keySouth }, QStringLiteral("甲"), QStringLiteral("NT001"));
        QVERIFY2(two.ok, qPrintable(two.error));
        const QString number = two.number;
        QVERIFY(f.service->draftFromFindings({ f.keySouth }, QStringLiteral("甲"))
                    .error.contains(QStringLiteral("already under supervision order ") + number));

        auto refusedWith = [&](const SupervisionResult &r, const char *words) {
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QLatin1String(words)), qPrintable(r.error));
            QVERIFY2(r.error.contains(number), qPrintable(r.error));
        };
        refusedWith(f.service->reply(number, QStringLiteral("x"), QStringLiteral("乙")), "not been issued");
        refusedWith(f.service->issue(number, QStringLiteral("甲"), {}, QStringLiteral("2026-03-12")),
            "the deadline 2026-03-12 is in the past (today is 2026-03-13)");
        refusedWith(f.service->issue(number, QStringLiteral("甲"), {}, QStringLiteral("soon")), "not a date");
        QCOMPARE(f.order(number).state, OrderState::Drafted);
        QVERIFY(f.service->issue(number, QStringLiteral("甲"), {}, QStringLiteral("2026-03-13"))
                    .ok); // today is fine
        refusedWith(f.service->issue(number, QStringLiteral("甲")), "already been issued");
        refusedWith(f.service->accept(number, OrderConclusion::Confirmed, {}, QStringLiteral("甲")),
            "no reply to accept");
        refusedWith(
            f.service->returnOrder(number, QStringLiteral("r"), QStringLiteral("甲")), "no reply to return");
        refusedWith(f.service->reply(number, QStringLiteral("  "), QStringLiteral("乙")), "written answer");
        QVERIFY(f.service->reply(number, QStringLiteral("说明"), QStringLiteral("乙")).ok);
        refusedWith(f.service->reply(number, QStringLiteral("再说明"), QStringLiteral("乙")),
            "waiting to be accepted");
        refusedWith(f.service->returnOrder(number, QString(), QStringLiteral("甲")), "needs the reason");
        refusedWith(
            f.service->accept(number, QStringLiteral("maybe"), {}, QStringLiteral("甲")), "conclusion");
        QVERIFY(f.service->accept(number, OrderConclusion::NotEstablished, {}, QStringLiteral("甲")).ok);
        refusedWith(f.service->reply(number, QStringLiteral("补充"), QStringLiteral("乙")),
            "closed and takes no more replies");
        refusedWith(f.service->accept(number, OrderConclusion::Confirmed, {}, QStringLiteral("甲")),
            "already closed");
        QCOMPARE(f.order(number).steps.size(), 4); // draft, issue, reply, accept: the refusals left nothing
        QVERIFY(!f.service->issue(QStringLiteral("督办2026-999"), QStringLiteral("甲")).ok);
    }

    // Overdue: waiting for the agency past the deadline; a reply stops the clock.
    void overdueAndNumbersPerYear()
    {
        Fixture f;
        const QString number = f.service->draftFromFindings({ f.keyNorth }, QStringLiteral("甲")).number;
        QVERIFY(f.service->issue(number, QStringLiteral("甲")).ok);
        f.at("2026-03-20T23:59:00+08:00");
        QVERIFY(!f.service->isOverdue(f.order(number)));
        f.at("2026-03-21T00:00:00+08:00");
        QVERIFY(f.service->isOverdue(f.order(number)));
        QVERIFY(f.service->reply(number, QStringLiteral("迟到的说明"), QStringLiteral("乙")).ok);
        QVERIFY(!f.service->isOverdue(f.order(number)));
        // A holiday table moves the deadline.
        f.settings.calendar = WorkCalendar({ QStringLiteral("2027-01-04") }, {});
        f.at("2027-01-01T09:00:00+08:00"); // Friday; Monday 01-04 a holiday
        f.remake();
        const SupervisionResult next = f.service->draftFromFindings({ f.keySouth }, QStringLiteral("甲"));
        QCOMPARE(next.number, QStringLiteral("督办2027-001"));
        QVERIFY(f.service->issue(next.number, QStringLiteral("甲")).ok);
        QCOMPARE(f.order(next.number).deadline, QStringLiteral("2027-01-11"));
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
