#include "base/timeparse.h"
#include "domain/bookingrules.h"

#include <QTest>

// The conflict rules one by one, each on both sides of its line.
class TestBookingRules : public QObject
{
    Q_OBJECT

    static qint64 at(const char *t) { return *TimeParse::parseMs(QString::fromLatin1(t)); }
    static BookingFacts clean()
    {
        BookingFacts f;
        f.plate = QStringLiteral("苏F·A1000");
        f.vehicleStatus = QStringLiteral("active");
        f.seats = 5;
        f.driverCode = QStringLiteral("D001");
        f.driverStatus = QStringLiteral("active");
        f.licenceClass = QStringLiteral("C1");
        return f;
    }
    static BookingRequest trip(
        const char *from = "2026-10-08 09:00", const char *to = "2026-10-08 11:00", int passengers = 2)
    {
        return { at(from), at(to), passengers };
    }
    static QList<BookingConflict::Kind> kinds(const BookingFacts &f, const BookingRequest &r)
    {
        QList<BookingConflict::Kind> out;
        for (const BookingConflict &c : BookingRules::check(f, r))
            out << c.kind;
        return out;
    }

private slots:
    void cleanBookingPasses() { QVERIFY(BookingRules::check(clean(), trip()).isEmpty()); }

    void vehicleOverlap()
    {
        BookingFacts f = clean();
        f.vehicleBookings = { { QStringLiteral("T9"), at("2026-10-08 10:59"), at("2026-10-08 12:00") } };
        QCOMPARE(kinds(f, trip()), QList<BookingConflict::Kind> { BookingConflict::Kind::VehicleBooked });
        QVERIFY(BookingRules::check(f, trip()).first().message.contains(QStringLiteral("T9")));
        // Back to back is not an overlap: the next trip may start the minute this one ends.
        f.vehicleBookings = { { QStringLiteral("T9"), at("2026-10-08 11:00"), at("2026-10-08 12:00") } };
        QVERIFY(kinds(f, trip()).isEmpty());
        f.vehicleBookings = { { QStringLiteral("T9"), at("2026-10-08 07:00"), at("2026-10-08 09:00") } };
        QVERIFY(kinds(f, trip()).isEmpty());
        // A booking inside, and one around, both overlap.
        f.vehicleBookings = { { QStringLiteral("T9"), at("2026-10-08 09:30"), at("2026-10-08 10:00") } };
        QCOMPARE(kinds(f, trip()).size(), 1);
        f.vehicleBookings = { { QStringLiteral("T9"), at("2026-10-08 08:00"), at("2026-10-08 13:00") } };
        QCOMPARE(kinds(f, trip()).size(), 1);
    }

    // A car booked into the shop from 8 to 9 October inclusive: no trip in those days, with the shop and the
    // days in the reason; the day after is free again.
    void shopStayRefusesTrips()
    {
        BookingFacts f = clean();
        f.shopStays = { { QStringLiteral("v1"), QStringLiteral("通达修理厂"), QStringLiteral("大修"),
            at("2026-10-08 00:00"), at("2026-10-10 00:00") } };
        QCOMPARE(kinds(f, trip()), QList<BookingConflict::Kind> { BookingConflict::Kind::VehicleInShop });
        const QString why = BookingRules::check(f, trip()).first().message;
        QVERIFY2(why.contains(QStringLiteral("通达修理厂")) && why.contains(QStringLiteral("2026-10-08"))
                && why.contains(QStringLiteral("2026-10-09")),
            qPrintable(why));
        QCOMPARE(kinds(f, trip("2026-10-09 23:00", "2026-10-10 01:00")).size(), 1);
        QVERIFY(kinds(f, trip("2026-10-10 00:00", "2026-10-10 08:00")).isEmpty());
        QVERIFY(kinds(f, trip("2026-10-07 18:00", "2026-10-08 00:00")).isEmpty());
    }

    void driverOverlap()
    {
        BookingFacts f = clean();
        f.driverBookings = { { QStringLiteral("T7"), at("2026-10-08 08:00"), at("2026-10-08 09:01") } };
        QCOMPARE(kinds(f, trip()), QList<BookingConflict::Kind> { BookingConflict::Kind::DriverBooked });
        f.driverBookings = { { QStringLiteral("T7"), at("2026-10-08 08:00"), at("2026-10-08 09:00") } };
        QVERIFY(kinds(f, trip()).isEmpty());
    }

    void vehicleStatus()
    {
        BookingFacts f = clean();
        f.vehicleStatus = QStringLiteral("maintenance");
        QCOMPARE(
            kinds(f, trip()), QList<BookingConflict::Kind> { BookingConflict::Kind::VehicleInMaintenance });
        f.vehicleStatus = QStringLiteral("retired");
        QCOMPARE(kinds(f, trip()), QList<BookingConflict::Kind> { BookingConflict::Kind::VehicleRetired });
    }

    void driverInactive()
    {
        BookingFacts f = clean();
        f.driverStatus = QStringLiteral("inactive");
        QCOMPARE(kinds(f, trip()), QList<BookingConflict::Kind> { BookingConflict::Kind::DriverInactive });
    }

    void seatsCountTheDriver()
    {
        BookingFacts f = clean();
        QVERIFY(kinds(f, trip("2026-10-08 09:00", "2026-10-08 11:00", 4)).isEmpty());
        QCOMPARE(kinds(f, trip("2026-10-08 09:00", "2026-10-08 11:00", 5)),
            QList<BookingConflict::Kind> { BookingConflict::Kind::TooFewSeats });
    }

    void licenceClass_data()
    {
        QTest::addColumn<int>("seats");
        QTest::addColumn<QString>("licence");
        QTest::addColumn<bool>("ok");
        QTest::newRow("C1 car") << 5 << QStringLiteral("C1") << true;
        QTest::newRow("C1 nine seats") << 9 << QStringLiteral("C1") << true;
        QTest::newRow("C1 ten seats") << 10 << QStringLiteral("C1") << false;
        QTest::newRow("B1 ten seats") << 10 << QStringLiteral("B1") << true;
        QTest::newRow("B1 nineteen") << 19 << QStringLiteral("B1") << true;
        QTest::newRow("B1 coach") << 20 << QStringLiteral("B1") << false;
        QTest::newRow("A1 coach") << 20 << QStringLiteral("A1") << true;
        QTest::newRow("A1 car") << 5 << QStringLiteral("A1") << true;
        QTest::newRow("A3 coach") << 20 << QStringLiteral("A3") << false;
        QTest::newRow("unknown licence") << 5 << QString() << false;
    }
    void licenceClass()
    {
        QFETCH(int, seats);
        QFETCH(QString, licence);
        QFETCH(bool, ok);
        BookingFacts f = clean();
        f.seats = seats;
        f.licenceClass = licence;
        QCOMPARE(!kinds(f, trip("2026-10-08 09:00", "2026-10-08 11:00", 1))
                      .contains(BookingConflict::Kind::LicenceTooLow),
            ok);
    }

    void everyReasonIsGivenAtOnce()
    {
        BookingFacts f = clean();
        f.vehicleStatus = QStringLiteral("maintenance");
        f.driverStatus = QStringLiteral("inactive");
        f.vehicleBookings = { { QStringLiteral("T1"), at("2026-10-08 10:00"), at("2026-10-08 10:30") } };
        QCOMPARE(kinds(f, trip()).size(), 3);
        QCOMPARE(
            kinds(f, trip("2026-10-08 11:00", "2026-10-08 09:00")).first(), BookingConflict::Kind::BadWindow);
    }
};

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
