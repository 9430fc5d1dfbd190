// The import assistant dialog, offscreen: a GB18030 card statement with Chinese titles is mapped by itself,
// bad rows are marked red with their reason and keep Import off, an unmapped required field keeps it off,
// and importing a good statement stores it and remembers the mapping for next month's layout.
#include "interchange/recordimporter.h"
#include "store/recordkinds.h"
#include "ui/importassistantdialog.h"
#include "uitestsupport.h"

#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestImportAssistantDialog : public QObject
{
    Q_OBJECT

    static QString data(const QString &name) { return QStringLiteral(FD_TEST_DATA_DIR "/books/") + name; }

    static void fill(UiFixture &f)
    {
        auto import = [&](const QString &kind, const QByteArray &csv) {
            const QString path = f.dir.filePath(kind + QStringLiteral(".csv"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv);
            file.close();
            const ImportOutcome o = RecordImporter(*f.store).importFile(kind, path, QStringLiteral("test"));
            QVERIFY2(o.ok, qPrintable(o.errors.value(0).toString()));
        };
        import(Kind::Units, "unit_code,name\nU1,市委办公室\nU2,市公安局\n");
        import(Kind::Vehicles,
            "plate,category,unit_code,status\n苏F·A0001,general,U1,active\n苏F·B0001,enforcement,U2,"
            "active\n");
        import(Kind::Cards, "card_no,plate\nC1,苏F·A0001\nC2,苏F·A0001\nC3,苏F·B0001\n");
        import(Kind::Stations, "station_code,name,lat,lon\nS1,中石化城东站,32.0,120.9\n");
    }

private slots:
    void badRowsAreMarkedAndImportStaysOff()
    {
        UiFixture f(false);
        fill(f);
        ImportAssistantDialog dialog(f.context(), data(QStringLiteral("card-statement-bad-gb18030.csv")));
        QVERIFY(dialog.opened());
        dialog.setKind(Kind::Refuels);
        dialog.show();
        QCOMPARE(dialog.fieldBox(Field::CardId)->currentText(), QStringLiteral("卡号"));
        QCOMPARE(dialog.fieldBox(Field::Time)->currentText(), QStringLiteral("交易时间"));
        QCOMPARE(dialog.fieldBox(Field::OdometerKm)->currentIndex(), 0); // not in the file
        ImportPreviewModel *model = dialog.previewModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->headerData(1, Qt::Vertical).toInt(), 3); // the file's own line
        const QModelIndex badCard = model->index(1, 0); // card_no is the refuel's first field
        QVERIFY(model->data(badCard, Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QVERIFY(model->data(badCard, Qt::ToolTipRole).toString().contains(QStringLiteral("C9")));
        QVERIFY(!model->data(model->index(0, 0), Qt::BackgroundRole).isValid());
        QCOMPARE(dialog.errorRows(), 2);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("2")));
    }

    void importsAndRemembersTheMapping()
    {
        UiFixture f(false);
        fill(f);
        {
            ImportAssistantDialog dialog(f.context(), data(QStringLiteral("card-statement-gb18030.csv")));
            dialog.setKind(Kind::Refuels);
            dialog.show();
            auto *import = dialog.findChild<QPushButton *>(QStringLiteral("import"));
            QVERIFY(import->isEnabled());
            // Unmapping a required field turns Import off and says which.
            dialog.fieldBox(Field::Litres)->setCurrentIndex(0);
            QVERIFY(!import->isEnabled());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))
                        ->text()
                        .contains(QStringLiteral("Litres")));
            dialog.fieldBox(Field::Litres)
                ->setCurrentIndex(dialog.fieldBox(Field::Litres)->findText(QStringLiteral("数量(升)")));
            QVERIFY(import->isEnabled());
            dialog.findChild<QLineEdit *>(QStringLiteral("source"))
                ->setText(QStringLiteral("中石化加油卡对账单"));
            QTest::mouseClick(import, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.outcome().ok);
        }
        QCOMPARE(f.store->count(Kind::Refuels), 3);
        // Next month's statement, its columns moved: the source is recognised and its mapping follows the
        // titles.
        ImportAssistantDialog next(f.context(), data(QStringLiteral("card-statement-moved-gb18030.csv")));
        next.setKind(Kind::Refuels);
        QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("source"))->text(),
            QStringLiteral("中石化加油卡对账单"));
        QCOMPARE(next.mapping().value(Field::Time), 4);
        QCOMPARE(next.fieldBox(Field::AmountYuan)->currentText(), QStringLiteral("金额（元）"));
    }
};

QTEST_MAIN(TestImportAssistantDialog)
#include "tst_importassistantdialog.moc"
