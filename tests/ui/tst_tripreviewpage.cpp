#include "maps/fencelayer.h"
#include "maps/markerlayer.h"
#include "maps/trackplayback.h"
#include "maps/widgets/mapview.h"
#include "maps/widgets/playbackcontrol.h"
#include "models/recordtablemodel.h"
#include "store/anomalystore.h"
#include "support/anomalysample.h"
#include "ui/recordlistpane.h"
#include "ui/speedchart.h"
#include "ui/tripreviewpage.h"
#include "uitestsupport.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

class TestTripReviewPage : public QObject
{
    Q_OBJECT

    static QString taskIdOf(RecordListPane *pane, const QString &code)
    {
        QAbstractItemModel *m = pane->view()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, 0).data().toString() == code)
                return m->index(row, 0).data(RecordTableModel::IdRole).toString();
        }
        return {};
    }

private slots:
    // A fence limited to other vehicles (properties.plates) is not listed as crossed, as the rules ignore it
    // for this car; the map still draws it, subdued.
    void fencesForOtherVehiclesAreNotCrossed()
    {
        UiFixture f(false);
        QCOMPARE(AnomalySample::fill(*f.store), QString());
        // T001 drives east along 32° N from 120.80° E: both squares lie across its way.
        const auto fence = [](const char *name, double lon, const QString &plates) {
            Record r;
            r.values = { { QStringLiteral("name"), QString::fromUtf8(name) },
                { QStringLiteral("geometry"),
                    QStringLiteral(
                        R"({"type":"Polygon","coordinates":[[[%1,31.99],[%2,31.99],[%2,32.01],[%1,32.01],[%1,31.99]]]})")
                        .arg(lon)
                        .arg(lon + 0.01) } };
            if (!plates.isEmpty())
                r.values.insert(QStringLiteral("plates"), plates);
            return r;
        };
        QVERIFY(f.store->save(QStringLiteral("fences"), fence("开发区", 120.90, {}), {}).ok);
        QVERIFY(f.store
                    ->save(QStringLiteral("fences"),
                        fence("执法区", 120.95, QStringLiteral(R"(["苏F·B0009"])")), {})
                    .ok);

        TripReviewPage page(f.context(Session::Role::Auditor));
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.pane()->selectId(taskIdOf(page.pane(), QStringLiteral("T001"))); // 苏F·A1001

        QCOMPARE(page.summary().crossings.size(), std::size_t(2)); // into and out of 开发区 only
        const QString text = page.summaryView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Fences crossed: 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("开发区")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("执法区")), qPrintable(text));

        const std::vector<FenceLayer::Fence> &drawn = page.fenceLayer()->fences();
        QCOMPARE(drawn.size(), std::size_t(2));
        for (const FenceLayer::Fence &d : drawn)
            QCOMPARE(d.subdued, d.name == QStringLiteral("执法区"));
    }

    void selectingAnOrderShowsItsTripAndPlaysItBack()
    {
        UiFixture f(false);
        QCOMPARE(AnomalySample::fill(*f.store), QString());
        // A finding of T001, as a check would store it.
        checks::Anomaly found;
        found.rule = QStringLiteral("mileage");
        found.plate = QStringLiteral("苏F·A1001");
        found.driverCode = QStringLiteral("D001");
        found.taskCode = QStringLiteral("T001");
        found.startMs = AnomalySample::ms("2026-03-10T09:00:00+08:00");
        found.endMs = AnomalySample::ms("2026-03-10T10:00:00+08:00");
        found.evidence = { { QStringLiteral("track_km"), 30.5 }, { QStringLiteral("nav_km"), 10.0 },
            { QStringLiteral("ratio"), 3.05 } };
        QVERIFY(AnomalyStore(f.store->database()).save({ found }, QStringLiteral("测试员")).ok);

        TripReviewPage page(f.context(Session::Role::Auditor));
        QVERIFY(!page.control()->isEnabled()); // nothing selected before it is shown
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.taskId().isEmpty()); // the first order is shown at once

        const QString t1 = taskIdOf(page.pane(), QStringLiteral("T001"));
        QVERIFY(!t1.isEmpty());
        page.pane()->selectId(t1);
        QCOMPARE(page.taskId(), t1);

        // 360 fixes, 0.0009° apart at 32° N, ending at the destination.
        const TripSummary::Result &s = page.summary();
        QCOMPARE(s.fixCount, 360);
        QVERIFY(qAbs(s.trackedKm - 30.5) < 0.1);
        QVERIFY(s.closestM < 1.0);
        QVERIFY(s.stops.empty());
        const QString text = page.summaryView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("30.5 km (3.05 × navigation)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0 km from the destination")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Findings: 1")), qPrintable(text));
        QCOMPARE(page.anomalyLayer()->markers().size(), std::size_t(1));
        QCOMPARE(page.chart()->pointCount(), 360);
        QVERIFY(page.control()->isEnabled());

        // Playing moves the time, the vehicle and the chart's cursor (a hand-driven clock: no waiting).
        qint64 now = 0;
        page.playback()->setClock([&now] { return now; });
        const qint64 start = page.playback()->currentMs();
        QCOMPARE(start, AnomalySample::ms("2026-03-10T09:00:00+08:00"));
        page.playback()->setSpeedFactor(64);
        page.control()->playButton()->click();
        QVERIFY(page.playback()->isPlaying());
        now += 1000;
        page.playback()->tick();
        QCOMPARE(page.playback()->currentMs(), start + 64 * 1000);
        QCOMPARE(page.chart()->cursorTime(), start + 64 * 1000);
        page.playback()->pause();

        // A click on the chart seeks there.
        QChart *chart = page.chart()->chart();
        const QPoint middle = page.chart()->mapFromScene(chart->mapToScene(chart->plotArea().center()));
        QTest::mouseClick(page.chart()->viewport(), Qt::LeftButton, {}, middle);
        const qint64 half = start + 30 * 60 * 1000;
        QVERIFY2(qAbs(page.playback()->currentMs() - half) < 3 * 60 * 1000,
            qPrintable(QString::number((page.playback()->currentMs() - start) / 60000.0)));

        // A click on the finding's marker plays back from its start.
        const QPointF marker
            = page.map()->viewport().toScreen(page.anomalyLayer()->markers().front().position);
        QTest::mouseClick(page.map(), Qt::LeftButton, {}, marker.toPoint());
        QCOMPARE(page.playback()->currentMs(), found.startMs);

        // Another order: its own track, no findings.
        page.pane()->selectId(taskIdOf(page.pane(), QStringLiteral("T002")));
        QVERIFY(page.summaryView()->toPlainText().contains(QStringLiteral("Findings: 0")));
        QVERIFY(page.anomalyLayer()->markers().empty());
        QCOMPARE(page.playback()->currentMs(), start);
        QVERIFY(!page.playback()->isPlaying());

        // The list narrows by day (Beijing), vehicle and driver.
        QAbstractItemModel *shown = page.pane()->view()->model();
        QCOMPARE(shown->rowCount(), 2);
        page.dayEdit()->setDate(QDate(2026, 3, 10));
        page.dayBox()->setChecked(true);
        QCOMPARE(shown->rowCount(), 2);
        page.dayEdit()->setDate(QDate(2026, 3, 11));
        QCOMPARE(shown->rowCount(), 0);
        QVERIFY(page.taskId().isEmpty()); // the shown order went with its row
        page.dayBox()->setChecked(false);
        page.vehicleBox()->setCurrentIndex(page.vehicleBox()->findText(QStringLiteral("苏F·A2002")));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("T002"));
        page.driverBox()->setCurrentIndex(page.driverBox()->findText(QStringLiteral("王建国 (D001)")));
        QCOMPARE(shown->rowCount(), 0);
        page.vehicleBox()->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("T001"));
    }
};

QTEST_MAIN(TestTripReviewPage)
#include "tst_tripreviewpage.moc"
