#include "domain/complaintmatcher.h"
#include "domain/supervisionservice.h"
#include "interchange/recordexporter.h"
#include "interchange/recordimporter.h"
#include "store/recordkinds.h"
#include "support/anomalysample.h"
#include "support/testdb.h"

// Public complaints (12345 hotline): the `complaints` kind through the interchange, matched against the
// car's dispatch orders and track, and the start of a supervision order.
class TestComplaints : public QObject
{
    Q_OBJECT

    static QByteArray csv()
    {
        return QByteArrayLiteral(
            "complaint_no,received,account,plate,place,seen_at,lat,lon\r\n"
            "12345-0001,2026-03-10 11:02,公车停在商场门口,苏F·A1001,万达广场,2026-03-10 "
            "09:30,32.0005,120.962\r\n"
            "12345-0002,2026-03-10T12:00:00+08:00,周末公车接送孩子,苏FZ9999,某小学,2026-03-10 12:00,,\r\n"
            "12345-0003,2026-03-11 08:00,无车牌的投诉,,,,,\r\n");
    }

private slots:
    void importIsAllOrNothingAndRepeatable()
    {
        TestDb t;
        QVERIFY(AnomalySample::fill(*t.store).isEmpty());
        t.write(QStringLiteral("bad.csv"), csv() + "12345-0004,yesterday,看不清,,,,,\r\n");
        RecordImporter importer(*t.store);
        ImportOutcome bad
            = importer.importFile(Kind::Complaints, t.file(QStringLiteral("bad.csv")), QStringLiteral("甲"));
        QVERIFY(!bad.ok);
        QVERIFY2(bad.errors.first().toString().contains(QStringLiteral("bad.csv:5:2:")),
            qPrintable(bad.errors.first().toString()));
        QCOMPARE(t.store->count(Kind::Complaints), 0);

        t.write(QStringLiteral("c.csv"), csv());
        ImportOutcome ok
            = importer.importFile(Kind::Complaints, t.file(QStringLiteral("c.csv")), QStringLiteral("甲"));
        QVERIFY2(ok.ok, qPrintable(ok.errors.isEmpty() ? QString() : ok.errors.first().toString()));
        QCOMPARE(t.store->count(Kind::Complaints), 3);
        QCOMPARE(ok.changed, 3);
        ok = importer.importFile(Kind::Complaints, t.file(QStringLiteral("c.csv")), QStringLiteral("甲"));
        QVERIFY(ok.ok);
        QCOMPARE(ok.changed, 0);
        const Record first = *t.store->findByKey(Kind::Complaints, QStringLiteral("12345-0001"));
        QCOMPARE(first.text(Field::ReceivedAt), QStringLiteral("2026-03-10T03:02:00.000Z"));

        RecordExporter exporter(*t.store);
        const QList<QStringList> table = exporter.table(Kind::Complaints);
        QCOMPARE(table.first(),
            QStringList({ QStringLiteral("complaint_no"), QStringLiteral("received"),
                QStringLiteral("account"), QStringLiteral("plate"), QStringLiteral("place"),
                QStringLiteral("seen_at"), QStringLiteral("lat"), QStringLiteral("lon") }));
        QCOMPARE(table.size(), 4);
        // What is exported imports again without a change.
        QVERIFY(exporter.exportFile(Kind::Complaints, t.file(QStringLiteral("out.csv"))));
        ok = importer.importFile(Kind::Complaints, t.file(QStringLiteral("out.csv")), QStringLiteral("甲"));
        QVERIFY(ok.ok);
        QCOMPARE(ok.changed, 0);
    }

    // The car was on T001 (09:00–10:00) at 09:30; its fix then is 0.0005° north of the place given.
    void matchAgainstTasksAndTrack()
    {
        TestDb t;
        QVERIFY(AnomalySample::fill(*t.store).isEmpty());
        t.write(QStringLiteral("c.csv"), csv());
        QVERIFY(
            RecordImporter(*t.store).importFile(Kind::Complaints, t.file(QStringLiteral("c.csv")), {}).ok);
        ComplaintMatcher matcher(*t.store);

        const ComplaintMatch m
            = matcher.match(*t.store->findByKey(Kind::Complaints, QStringLiteral("12345-0001")));
        QVERIFY(m.vehicleFound);
        QCOMPARE(m.unitCode, QStringLiteral("NT001"));
        QCOMPARE(m.tasks.size(), 1);
        QCOMPARE(m.tasks.first().code, QStringLiteral("T001"));
        QVERIFY(m.tasks.first().covers);
        QVERIFY(m.nearestFix);
        QCOMPARE(m.nearestFix->timeMs, AnomalySample::ms("2026-03-10T09:30:00+08:00"));
        QVERIFY(m.distanceM);
        // 0.0005° of latitude and 0.0000° of longitude (fix 180 is at 120.80 + 180 × 0.0009 = 120.962).
        QVERIFY2(std::abs(*m.distanceM - 55.6) < 1.0, qPrintable(QString::number(*m.distanceM)));
        QVERIFY2(ComplaintMatcher::summary(m).contains(QStringLiteral("T001")),
            qPrintable(ComplaintMatcher::summary(m)));

        // Not an official car: nothing to match, and an order needs the agency named.
        const Record second = *t.store->findByKey(Kind::Complaints, QStringLiteral("12345-0002"));
        QVERIFY(!matcher.match(second).vehicleFound);
        SupervisionService service(
            *t.store, SupervisionSettings(), [] { return AnomalySample::ms("2026-03-11T09:00:00+08:00"); });
        QVERIFY(service.draftFromComplaint(QStringLiteral("12345-0002"), QStringLiteral("甲"))
                    .error.contains(QStringLiteral("name the agency")));
        QVERIFY(service
                    .draftFromComplaint(
                        QStringLiteral("12345-0002"), QStringLiteral("甲"), QStringLiteral("NT002"))
                    .ok);

        // 12:00, two hours after T001 ended: near it but not on it, and no fix within 15 minutes.
        Record later = *t.store->findByKey(Kind::Complaints, QStringLiteral("12345-0001"));
        later.values.insert(Field::SeenAt, QStringLiteral("2026-03-10T12:00:00+08:00"));
        const ComplaintMatch off = matcher.match(later);
        QCOMPARE(off.tasks.size(), 1);
        QVERIFY(!off.tasks.first().covers);
        QVERIFY(!off.nearestFix);

        const SupervisionResult r
            = service.draftFromComplaint(QStringLiteral("12345-0001"), QStringLiteral("甲"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(service.draftFromComplaint(QStringLiteral("12345-0001"), QStringLiteral("甲"))
                    .error.contains(QStringLiteral("already under supervision")));
        QVERIFY(service.draftFromComplaint(QStringLiteral("12345-9999"), QStringLiteral("甲"))
                    .error.contains(QStringLiteral("12345-9999")));
    }
};

QTEST_GUILESS_MAIN(TestComplaints)
#include "tst_complaints.moc"
