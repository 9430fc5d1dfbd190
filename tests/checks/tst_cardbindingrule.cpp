// §5 `card_binding`: a card bound to a plate not in the registry or retired; maintenance is official.
#include "scenario.h"

#include <QtTest>

using namespace testing;

namespace {

const QString kRule = QStringLiteral("card_binding");

} // namespace

class TestCardBindingRule : public QObject
{
    Q_OBJECT

private slots:
    void statuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("fires");
        QTest::newRow("active") << QStringLiteral("active") << false;
        QTest::newRow("maintenance counts as official") << QStringLiteral("maintenance") << false;
        QTest::newRow("retired") << QStringLiteral("retired") << true;
    }

    void statuses()
    {
        QFETCH(QString, status);
        QFETCH(bool, fires);
        Scenario s;
        s.vehicle(QStringLiteral("苏F·A0001"), status);
        s.card(QStringLiteral("C1"), QStringLiteral("苏F·A0001"));
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(fires ? 1 : 0));
        if (fires) {
            QCOMPARE(found[0].cardNo, QStringLiteral("C1"));
            QCOMPARE(found[0].evidence.value(QStringLiteral("reason")).toString(), QStringLiteral("retired"));
        }
    }

    void plateNotInRegistry()
    {
        Scenario s;
        s.vehicle(QStringLiteral("苏F·A0001"));
        s.card(QStringLiteral("C1"), QStringLiteral("苏F·A0001"));
        s.card(QStringLiteral("C2"), QStringLiteral("苏F·Z9999"));
        s.refuel(QStringLiteral("C2"), bj(2026, 10, 3, 10), 50.0);
        const auto found = s.run(kRule);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].plate, QStringLiteral("苏F·Z9999"));
        QCOMPARE(found[0].cardNo, QStringLiteral("C2"));
        QCOMPARE(
            found[0].evidence.value(QStringLiteral("reason")).toString(), QStringLiteral("not_registered"));
        QCOMPARE(found[0].evidence.value(QStringLiteral("litres_in_window")).toDouble(), 50.0);
    }
};

QTEST_APPLESS_MAIN(TestCardBindingRule)
#include "tst_cardbindingrule.moc"
