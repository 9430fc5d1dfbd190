#include "domain/supervisionfeed.h"
#include "domain/supervisionservice.h"
#include "feed/feedsender.h"
#include "feedreceiver.h"
#include "store/anomalystore.h"
#include "support/anomalysample.h"
#include "support/testdb.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>

// The feed delivered to a loopback HTTPS receiver that fails and repeats: every record arrives, the receiver
// keeps each id once, what was sent is kept with its time, and a second run sends nothing again.
class TestFeedSender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_certs;
    QString cert() const { return m_certs.filePath(QStringLiteral("cert.pem")); }
    QString key() const { return m_certs.filePath(QStringLiteral("key.pem")); }

    // Two findings and an order issued, answered and closed: 2 finding records and 3 step records.
    static void fill(TestDb &t)
    {
        QVERIFY(AnomalySample::fill(*t.store).isEmpty());
        checks::Anomaly a;
        a.rule = QStringLiteral("mileage");
        a.plate = QStringLiteral("苏F·A1001");
        a.taskCode = QStringLiteral("T001");
        a.startMs = AnomalySample::ms("2026-03-10T09:00:00+08:00");
        a.endMs = a.startMs + 3600000;
        checks::Anomaly b = a;
        b.plate = QStringLiteral("苏F·A2002");
        b.taskCode = QStringLiteral("T002");
        QVERIFY(AnomalyStore(t.store->database()).save({ a, b }, QStringLiteral("甲")).ok);
        SupervisionService service(*t.store, SupervisionSettings());
        const QString number = service.draftFromFindings({ a.identityKey() }, QStringLiteral("甲")).number;
        QVERIFY(service.issue(number, QStringLiteral("甲")).ok);
        QVERIFY(service.reply(number, QStringLiteral("说明"), QStringLiteral("乙")).ok);
        QVERIFY(service.accept(number, QStringLiteral("confirmed"), {}, QStringLiteral("甲")).ok);
    }

    FeedSender::Outcome deliver(TestDb &t, const QString &url, int retries = 5)
    {
        QNetworkAccessManager network;
        FeedSender::Options options;
        options.endpoint = QUrl(url);
        options.caCertificates = QSslCertificate::fromPath(cert());
        options.retries = retries;
        options.backoffMs = 5;
        SupervisionFeed feed(*t.store);
        return FeedSender(network, options)
            .send(feed.records(0), feed.delivered(), [&](const QJsonObject &record, int attempts) {
                return feed.markDelivered(record, url, attempts, QDateTime::currentMSecsSinceEpoch());
            });
    }

private slots:
    void initTestCase()
    {
        QProcess p;
        p.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key(), QStringLiteral("-out"), cert(),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void recordsHaveStableIds()
    {
        TestDb t;
        fill(t);
        const QList<QJsonObject> records = SupervisionFeed(*t.store).records(0);
        QCOMPARE(records.size(), 5);
        QStringList ids;
        for (const QJsonObject &r : records)
            ids << r.value(QStringLiteral("id")).toString();
        QCOMPARE(ids.filter(QStringLiteral("finding:mileage|")).size(), 2);
        QVERIFY(
            ids.contains(QStringLiteral("order:督办2026-001:2"))); // issued (step 1 is the draft, not sent)
        QVERIFY(ids.contains(QStringLiteral("order:督办2026-001:4")));
        // Built again, the same records with the same ids.
        QCOMPARE(SupervisionFeed(*t.store).records(0), records);
        // Nothing before the day asked for.
        QCOMPARE(SupervisionFeed(*t.store).records(QDateTime::currentMSecsSinceEpoch() + 86400000).size(), 0);
    }

    void deliveredOnceThroughFailuresAndRepeats()
    {
        TestDb t;
        fill(t);
        FeedReceiver receiver;
        QVERIFY(receiver.start(cert(), key()));
        receiver.failNext = 2; // the first record meets two 503s
        receiver.dropAnswerNext = 2; // then it is taken but its answer is lost, twice: sent again, repeats
        const FeedSender::Outcome outcome = deliver(t, receiver.url());
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.sent, 5);
        // The sender made 7 requests: the first record took 3 (503, 503, then delivered). The receiver saw 9:
        // when it hung up without answering, Qt's HTTP layer sent the same POST again by itself (twice), and
        // the receiver dropped both repeats by their id.
        QCOMPARE(outcome.attempts, 5 + 2);
        QCOMPARE(receiver.requests, 9);
        QCOMPARE(receiver.ids.size(), 5);
        QCOMPARE(receiver.repeats, 2);
        QCOMPARE(receiver.idempotencyKeys.size(), 7);
        QCOMPARE(QSet<QString>(receiver.idempotencyKeys.begin(), receiver.idempotencyKeys.end()).size(), 5);
        // What was sent is kept with its time and the tries it took.
        const QList<SupervisionFeed::Delivery> kept = SupervisionFeed(*t.store).deliveries();
        QCOMPARE(kept.size(), 5);
        int firstTries = 0;
        for (const SupervisionFeed::Delivery &d : kept) {
            QVERIFY(!d.sentAt.isEmpty());
            QCOMPARE(d.endpoint, receiver.url());
            QVERIFY(d.payload.contains(d.recordId.toUtf8()));
            firstTries = std::max(firstTries, d.attempts);
        }
        QCOMPARE(firstTries, 3);
        // A second run has nothing left to send.
        const FeedSender::Outcome again = deliver(t, receiver.url());
        QCOMPARE(again.sent, 0);
        QCOMPARE(again.skipped, 5);
        QCOMPARE(again.attempts, 0);
        QCOMPARE(receiver.requests, 9);
    }

    // Out of retries: the run stops, what was delivered stays noted, and the next run goes on from there.
    void givesUpAndResumes()
    {
        TestDb t;
        fill(t);
        FeedReceiver receiver;
        QVERIFY(receiver.start(cert(), key()));
        receiver.failNext = 3;
        const FeedSender::Outcome stopped = deliver(t, receiver.url(), 2);
        QVERIFY(stopped.error.contains(QStringLiteral("503")));
        QCOMPARE(stopped.sent, 0);
        QCOMPARE(SupervisionFeed(*t.store).deliveries().size(), 0);
        const FeedSender::Outcome resumed = deliver(t, receiver.url(), 2);
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        QCOMPARE(resumed.sent, 5);
        QCOMPARE(receiver.ids.size(), 5);
    }

    // The certificate is checked: without the CA the delivery is refused, and nothing is noted.
    void untrustedCertificateIsRefused()
    {
        TestDb t;
        fill(t);
        FeedReceiver receiver;
        QVERIFY(receiver.start(cert(), key()));
        QNetworkAccessManager network;
        FeedSender::Options options;
        options.endpoint = QUrl(receiver.url());
        options.backoffMs = 1;
        SupervisionFeed feed(*t.store);
        const FeedSender::Outcome outcome
            = FeedSender(network, options).send(feed.records(0), {}, [&](const QJsonObject &, int) {
                  return QString();
              });
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(outcome.sent, 0);
        QCOMPARE(outcome.attempts, 1); // a bad certificate is not retried
        QCOMPARE(receiver.ids.size(), 0);
        options.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/feed"));
        QVERIFY(FeedSender(network, options).send({}, {}, {}).error.contains(QStringLiteral("https")));
    }
};

QTEST_GUILESS_MAIN(TestFeedSender)
#include "tst_feedsender.moc"
