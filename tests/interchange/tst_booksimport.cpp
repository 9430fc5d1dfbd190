// The books' kinds of DESIGN §6: designated repair shops, the finance office's payments (a natural key with
// an optional part, the order reference), maintenance plans, and a repair naming its shop.
#include "interchange/recordexporter.h"
#include "store/recordkinds.h"
#include "support/booksample.h"

class TestBooksImport : public QObject
{
    Q_OBJECT

private slots:
    void shopsAndARepairNamingItsShop()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        const QByteArray shops
            = "shop_code,name,address,lat,lon,contract_from,contract_to\n"
              "R01,南通市第一定点维修厂,崇川区工农路1号,32.01,120.88,2026-01-01,2027-12-31\n"
              "R02,通州汽修,,,,,\n";
        QVERIFY(booksample::import(t, Kind::Shops, shops));
        QCOMPARE(t.store->count(Kind::Shops), 2);
        QVERIFY(booksample::import(t, Kind::Shops, shops));
        QCOMPARE(t.store->count(Kind::Shops), 2);
        const Record r01 = *t.store->findByKey(Kind::Shops, QStringLiteral("R01"));
        QCOMPARE(r01.text(Field::ContractTo), QStringLiteral("2027-12-31"));

        QVERIFY(booksample::import(t, Kind::Maintenance,
            "plate,date,shop,items,cost_yuan,odometer_km,shop_code\n"
            "苏F·A0001,2026-10-08,南通市第一定点维修厂,更换机油,480,52013,R01\n"));
        const QList<Record> repairs = t.store->records(Kind::Maintenance);
        QCOMPARE(repairs.size(), 1);
        QCOMPARE(repairs[0].text(Field::ShopId), r01.id);
        const QList<QStringList> table = RecordExporter(*t.store).table(Kind::Maintenance);
        QCOMPARE(table.at(1).at(table.first().indexOf(QStringLiteral("shop_code"))), QStringLiteral("R01"));
        // A shop a repair names cannot be removed; an unknown shop code refuses the file.
        QVERIFY(!t.store->removalBlocker(Kind::Shops, r01.id).isEmpty());
        QVERIFY(!booksample::import(t, Kind::Maintenance,
            "plate,date,shop,items,cost_yuan,shop_code\n苏F·A0002,2026-10-09,某厂,轮胎,800,R99\n"));
        QCOMPARE(t.store->count(Kind::Maintenance), 1);
    }

    void paymentsReimportChangesNothing()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        // Two payments alike but for their reference are two; one without a reference matches itself again.
        const QByteArray payments = "unit_code,paid_on,amount_yuan,reference,note\n"
                                    "U1,2026-11-05,120.00,T1,10月用车费\n"
                                    "U1,2026-11-05,120.00,T2,10月用车费\n"
                                    "U2,2026-11-06,300.50,,无派车单号\n";
        QVERIFY(booksample::import(t, Kind::Payments, payments));
        QCOMPARE(t.store->count(Kind::Payments), 3);
        QVERIFY(booksample::import(t, Kind::Payments, payments));
        QCOMPARE(t.store->count(Kind::Payments), 3);
        const QList<QStringList> table = RecordExporter(*t.store).table(Kind::Payments);
        QCOMPARE(table.first(),
            QStringList({ QStringLiteral("unit_code"), QStringLiteral("paid_on"),
                QStringLiteral("amount_yuan"), QStringLiteral("reference"), QStringLiteral("note") }));
        QCOMPARE(table.size(), 4);
        // The same payment twice in one file is a repeated key.
        QVERIFY(!booksample::import(
            t, Kind::Payments, "unit_code,paid_on,amount_yuan\nU2,2026-11-07,10\nU2,2026-11-07,10\n"));
        QCOMPARE(t.store->count(Kind::Payments), 3);
    }

    void maintenancePlans()
    {
        TestDb t;
        QVERIFY(booksample::fill(t));
        const QByteArray plans = "plate,item,every_km,every_months,last_date,last_km\n"
                                 "苏F·A0001,servicing,5000,6,2026-05-01,50000\n"
                                 "苏F·A0001,inspection,,12,2025-11-20,\n"
                                 "苏F·A0001,insurance,,12,2025-12-01,\n";
        QVERIFY(booksample::import(t, Kind::Plans, plans));
        QVERIFY(booksample::import(t, Kind::Plans, plans));
        QCOMPARE(t.store->count(Kind::Plans), 3);
        QVERIFY(!booksample::import(t, Kind::Plans, "plate,item,every_km\n苏F·A0002,washing,100\n"));
    }
};

QTEST_GUILESS_MAIN(TestBooksImport)
#include "tst_booksimport.moc"
