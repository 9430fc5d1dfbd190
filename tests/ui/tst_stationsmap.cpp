// The refuel stations on a map: one marker per station with its name, a tooltip with the period's refuels
// and litres, the list beside it busiest first, reached from the stations list; offline basemap only.
#include "base/timeparse.h"
#include "maps/markerlayer.h"
#include "maps/widgets/mapview.h"
#include "models/texttablemodel.h"
#include "store/recordkinds.h"
#include "ui/recordlistpane.h"
#include "ui/recordspage.h"
#include "ui/stationsmapdialog.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMouseEvent>
#include <QSqlQuery>
#include <QTableView>
#include <QToolBar>

class TestStationsMap : public QObject
{
    Q_OBJECT

private slots:
    void everyStationIsAMarkerWithItsRefuels()
    {
        UiFixture f(false);
        QVERIFY(
            DemoData(*f.store).fill(nullptr, DemoData::Scope::FleetAndOperations)); // with October's refuels
        const int stations = f.store->count(Kind::Stations);
        QVERIFY(stations > 1);
        // The demo's October: count its refuels and litres per station without the dialog's code.
        double litres = 0;
        int refuels = 0;
        for (const Record &r : f.store->records(Kind::Refuels)) {
            const QString time = TimeParse::toBeijingIso(*TimeParse::parseMs(r.text(Field::Time)));
            if (time.startsWith(QStringLiteral("2026-10"))) {
                ++refuels;
                litres += r.value(Field::Litres).toDouble();
            }
        }
        QVERIFY(refuels > 0);

        StationsMapDialog dialog(f.context());
        dialog.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModelTester tester(
            dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(int(dialog.markers()->markers().size()), stations);
        QCOMPARE(dialog.model()->rowCount(), stations);
        int shownRefuels = 0;
        double shownLitres = 0;
        for (const StationRefuels &s : dialog.stations()) {
            shownRefuels += s.refuels;
            shownLitres += s.litres;
        }
        QCOMPARE(shownRefuels, refuels);
        QVERIFY(qAbs(shownLitres - litres) < 0.01);
        // Busiest first, and each marker is the station of the same row.
        QVERIFY(dialog.stations().first().litres >= dialog.stations().last().litres);
        QCOMPARE(dialog.markers()->markers().front().label, dialog.stations().first().name);

        // The tooltip over the busiest station's marker names it and its refuels.
        dialog.map()->setCenter(dialog.markers()->markers().front().position);
        dialog.map()->setZoom(16);
        const QPointF at = dialog.map()->viewport().toScreen(dialog.markers()->markers().front().position);
        const QString tip = dialog.toolTipAt(at.toPoint());
        QVERIFY2(tip.contains(dialog.stations().first().name)
                && tip.contains(QString::number(dialog.stations().first().refuels)),
            qPrintable(tip));

        // Another period, no refuels: the markers stay, the figures are zero.
        dialog.setPeriod(QDate(2020, 1, 1), QDate(2020, 1, 31));
        QCOMPARE(int(dialog.markers()->markers().size()), stations);
        QCOMPARE(dialog.stations().first().refuels, 0);
    }

    void labelsDoNotOverlapAndTheChosenStationIsLabelled()
    {
        UiFixture f(false);
        QVERIFY(DemoData(*f.store).fill(nullptr, DemoData::Scope::FleetAndOperations));
        StationsMapDialog dialog(f.context());
        dialog.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.map()->fitToLayers(); // the whole city: the stations stand close together
        dialog.map()->grab();
        const QList<QRectF> &rects = dialog.markers()->labelRects();
        QCOMPARE(rects.size(), qsizetype(dialog.markers()->markers().size()));
        int labelled = 0;
        for (int i = 0; i < rects.size(); ++i) {
            if (rects[i].isNull())
                continue;
            ++labelled;
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(rects[j].isNull() || !rects[i].intersects(rects[j]),
                    qPrintable(QStringLiteral("%1 and %2")
                                   .arg(dialog.stations()[i].name, dialog.stations()[j].name)));
        }
        QVERIFY(labelled > 0);

        // Zoomed out until some station has no room for its label: choosing it in the list labels it.
        int unlabelled = -1;
        for (int zoom = dialog.map()->zoom(); zoom >= 3 && unlabelled < 0; --zoom) {
            dialog.map()->setZoom(zoom);
            dialog.map()->grab();
            unlabelled = int(dialog.markers()->labelRects().indexOf(QRectF()));
        }
        QVERIFY(unlabelled >= 0);
        const int zoom = dialog.map()->zoom();
        dialog.findChild<QTableView *>(QStringLiteral("stationList"))
            ->setCurrentIndex(dialog.model()->index(unlabelled, 0));
        QCOMPARE(dialog.markers()->highlighted(), unlabelled);
        dialog.map()->fitToLayers(); // choosing centred and zoomed in on it; back to the crowded view
        dialog.map()->setZoom(zoom);
        dialog.map()->grab();
        const QList<QRectF> &after = dialog.markers()->labelRects();
        QVERIFY2(!after.at(unlabelled).isNull(), qPrintable(dialog.stations()[unlabelled].name));
        for (int i = 0; i < after.size(); ++i) {
            for (int j = i + 1; j < after.size(); ++j)
                QVERIFY(after[i].isNull() || after[j].isNull() || !after[i].intersects(after[j]));
        }

        // The mouse on another station highlights (and so labels) that one; leaving the map, the chosen one.
        const int other = unlabelled == 0 ? 1 : 0;
        dialog.map()->setCenter(dialog.markers()->markers().at(size_t(other)).position);
        dialog.map()->setZoom(16); // close enough that no other marker is under the mouse
        const QPointF at
            = dialog.map()->viewport().toScreen(dialog.markers()->markers().at(size_t(other)).position);
        QMouseEvent move(
            QEvent::MouseMove, at, dialog.map()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(dialog.map(), &move);
        QCOMPARE(dialog.markers()->highlighted(), other);
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(dialog.map(), &leave);
        QCOMPARE(dialog.markers()->highlighted(), unlabelled);
    }

    void theStationsListOpensTheMap()
    {
        UiFixture f;
        RecordsPage page(f.context());
        QAction *map
            = page.pane(Kind::Stations)->toolBar()->findChild<QAction *>(QStringLiteral("showStationsOnMap"));
        if (!map) {
            for (QAction *a : page.pane(Kind::Stations)->toolBar()->actions()) {
                if (a->objectName() == QLatin1String("showStationsOnMap"))
                    map = a;
            }
        }
        QStringList names;
        for (QAction *a : page.pane(Kind::Stations)->toolBar()->actions())
            names << a->objectName() + QLatin1Char('=') + a->text();
        QVERIFY2(map, qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(!page.pane(Kind::Vehicles)->toolBar()->actions().contains(map));
        map->trigger();
        StationsMapDialog *dialog = page.findChild<StationsMapDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->map()->tileSource() == f.maps->tiles()); // the program's one source (offline here)
        dialog->close();
    }
};

QTEST_MAIN(TestStationsMap)
#include "tst_stationsmap.moc"
