// The map widget: wheel zoom around the cursor, keys, dragging, double-click, clicks, and tiles arriving
// from a server while it is shown.
#include "maps/networktilesource.h"
#include "maps/tracklayer.h"
#include "maps/widgets/mapview.h"
#include "tiletestserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

class TestMapView : public QObject
{
    Q_OBJECT

    static void mouse(QWidget *w, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(w, &event);
    }

    static double pixelsApart(const MapViewport &view, const geo::LatLon &a, const geo::LatLon &b)
    {
        const QPointF d = view.worldPx(a) - view.worldPx(b);
        return std::hypot(d.x(), d.y());
    }

private slots:
    void wheelZoomsAroundTheCursor()
    {
        MapView view;
        view.resize(400, 300);
        view.setCenter({ 32.0, 120.9 });
        view.setZoom(12);
        const QPointF cursor(300, 80);
        const geo::LatLon under = view.viewport().fromScreen(cursor);
        QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&view, &wheel);
        QCOMPARE(view.zoom(), 13);
        QVERIFY(pixelsApart(view.viewport(), view.viewport().fromScreen(cursor), under) < 1.5);

        // Half a notch (a touchpad) does nothing until the other half comes.
        QWheelEvent half(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, -60), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&view, &half);
        QCOMPARE(view.zoom(), 13);
        QCoreApplication::sendEvent(&view, &half);
        QCOMPARE(view.zoom(), 12);
    }

    void keysZoomAndGlide()
    {
        MapView view;
        view.resize(400, 300);
        view.setCenter({ 32.0, 120.9 });
        view.setZoom(12);
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.zoom(), 13);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.zoom(), 11);
        const double lon = view.viewport().center().lon;
        QTest::keyClick(&view, Qt::Key_Right);
        // The pan glides (a short animation), then rests 75 px (a quarter of the height) further east.
        QTRY_VERIFY_WITH_TIMEOUT(view.viewport().center().lon > lon, 2000);
        QTest::qWait(300);
        const double degPerPx = 360.0 / (256.0 * view.viewport().scale());
        QVERIFY(qAbs((view.viewport().center().lon - lon) / degPerPx - 75.0) < 1.0);
    }

    void dragPansAndClickClicks()
    {
        MapView view;
        view.resize(400, 300);
        view.setCenter({ 32.0, 120.9 });
        view.setZoom(12);
        QSignalSpy clicked(&view, &MapView::clicked);
        const geo::LatLon grabbed = view.viewport().fromScreen({ 100, 100 });
        mouse(&view, QEvent::MouseButtonPress, { 100, 100 }, Qt::LeftButton);
        mouse(&view, QEvent::MouseMove, { 150, 120 }, Qt::LeftButton);
        mouse(&view, QEvent::MouseMove, { 180, 140 }, Qt::LeftButton);
        mouse(&view, QEvent::MouseButtonRelease, { 180, 140 }, Qt::NoButton);
        // What was under the pointer moved with it.
        QVERIFY(pixelsApart(view.viewport(), view.viewport().fromScreen({ 180, 140 }), grabbed) < 1.0);
        QCOMPARE(clicked.count(), 0); // a drag is not a click

        mouse(&view, QEvent::MouseButtonPress, { 50, 60 }, Qt::LeftButton);
        mouse(&view, QEvent::MouseButtonRelease, { 50, 60 }, Qt::NoButton);
        QCOMPARE(clicked.count(), 1);
        const geo::LatLon at = clicked.at(0).at(0).value<geo::LatLon>();
        QVERIFY(pixelsApart(view.viewport(), at, view.viewport().fromScreen({ 50, 60 })) < 1.0);

        QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
        QCOMPARE(view.zoom(), 13);
    }

    void fitsLayersAndPaintsOffline()
    {
        auto fixes = std::make_shared<std::vector<PositionFix>>();
        for (int i = 0; i < 50; ++i)
            fixes->push_back({ 1791423000000 + i * 10000, 32.0 + 0.001 * i, 120.9 + 0.001 * i });
        TrackLayer track;
        track.setTrack(fixes);
        MapView view;
        view.resize(400, 300);
        view.addLayer(&track);
        view.fitToLayers();
        QCOMPARE(view.zoom(), 12); // 5.4 x 5.4 km in 400 x 300 px less the margins
        const QRectF inside(0, 0, 400, 300);
        QVERIFY(inside.contains(view.viewport().toScreen({ 32.0, 120.9 })));
        QVERIFY(inside.contains(view.viewport().toScreen({ 32.049, 120.949 })));
        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.size(), QSize(400, 300));
        QVERIFY(view.lastFrame().offline);
    }

    void tilesArriveWhileShown()
    {
        TileTestServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        NetworkTileSource::Options options;
        options.urlTemplate = server.baseUrl() + QStringLiteral("/{z}/{x}/{y}.png");
        NetworkTileSource source(&network, options);
        MapView view;
        view.resize(300, 200);
        view.setTileSource(&source);
        view.setCenter({ 32.0, 120.9 });
        view.setZoom(12);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // First frame: waiting; the tiles arrive, tilesLoaded repaints, and they are drawn.
        QTRY_VERIFY_WITH_TIMEOUT(view.lastFrame().tilesShown > 0 && view.lastFrame().tilesWaiting == 0, 5000);
        QVERIFY(!view.lastFrame().offline);
        const int requests = server.requests;
        view.update();
        QTest::qWait(50);
        QCOMPARE(server.requests, requests); // repaints come from the memory cache
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
