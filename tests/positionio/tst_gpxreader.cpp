// GpxReader on a GPX 1.1 file like those navigation apps export, and on broken ones.
#include "positionio/gpxreader.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Written without a raw string literal: CMake's AutoMoc scanner loses its way in those.
const char *const kTrack
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gpx version=\"1.1\" creator=\"FleetDesk test\" xmlns=\"http://www.topografix.com/GPX/1/1\"\n"
      "     xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\">\n"
      "  <metadata><name>苏F·A1234 2026-10-08</name><time>2026-10-08T00:00:00Z</time></metadata>\n"
      "  <wpt lat=\"32.0100\" lon=\"120.8600\"><name>市政府</name></wpt>\n"
      "  <rte><rtept lat=\"32.0200\" lon=\"120.8700\"><time>2026-10-08T01:00:00Z</time></rtept></rte>\n"
      "  <trk><name>上午</name><trkseg>\n"
      "    <trkpt lat=\"32.0000000\" "
      "lon=\"120.8500000\"><ele>5.0</ele><time>2026-10-08T01:30:00Z</time></trkpt>\n"
      "    <trkpt lat=\"32.0012345\" lon=\"120.8512345\">\n"
      "      <time>2026-10-08T09:30:10.250+08:00</time>\n"
      "      <extensions><gpxtpx:TrackPointExtension>\n"
      "        <gpxtpx:speed>12.5</gpxtpx:speed><gpxtpx:course>45.0</gpxtpx:course>\n"
      "      </gpxtpx:TrackPointExtension></extensions>\n"
      "    </trkpt>\n"
      "    <trkpt lat=\"32.0020000\" lon=\"120.8520000\"><name>no time: cannot be placed</name></trkpt>\n"
      "    <trkpt lat=\"-33.5\" "
      "lon=\"-70.25\"><time>2026-10-08T01:30:20</time><extensions><speed>0</speed></extensions></trkpt>\n"
      "  </trkseg></trk>\n"
      "</gpx>\n";

} // namespace

class TestGpxReader : public QObject
{
    Q_OBJECT

private slots:
    void trackFromFile();
    void routesAndWaypointsOnRequest();
    void malformedXmlGivesLineAndColumn();
    void notGpx();
    void badCoordinateGivesItsLine();
    void badTime();
    void impossibleValuesAreBadValues_data();
    void impossibleValuesAreBadValues();
};

void TestGpxReader::trackFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("track.gpx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kTrack);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));

    GpxReader reader;
    QVERIFY2(reader.read(&file), qPrintable(reader.errorString()));
    const std::vector<PositionFix> &f = reader.fixes();
    QCOMPARE(f.size(), size_t(3));
    QCOMPARE(reader.untimedPoints(), 1);

    QCOMPARE(iso(f[0].timeMs), QStringLiteral("2026-10-08T01:30:00.000Z"));
    QCOMPARE(f[0].lat, 32.0);
    QCOMPARE(f[0].lon, 120.85);
    QVERIFY(!f[0].hasSpeed());
    QVERIFY(!f[0].hasHeading());

    // +08:00 is converted; sub-second time kept; extension speed is m/s
    QCOMPARE(iso(f[1].timeMs), QStringLiteral("2026-10-08T01:30:10.250Z"));
    QCOMPARE(f[1].lat, 32.0012345);
    QCOMPARE(f[1].speedKmh, 45.0f);
    QCOMPARE(f[1].headingDeg, 45.0f);

    // GPX times are UTC even without a "Z"
    QCOMPARE(iso(f[2].timeMs), QStringLiteral("2026-10-08T01:30:20.000Z"));
    QCOMPARE(f[2].lat, -33.5);
    QCOMPARE(f[2].lon, -70.25);
    QCOMPARE(f[2].speedKmh, 0.0f);
}

void TestGpxReader::routesAndWaypointsOnRequest()
{
    GpxReader::Options options;
    options.routePoints = true;
    options.waypoints = true;
    GpxReader reader(options);
    QVERIFY(reader.read(QByteArray(kTrack)));
    QCOMPARE(reader.fixes().size(), size_t(4)); // + the timed route point
    QCOMPARE(reader.untimedPoints(), 2); // + the waypoint
    QCOMPARE(reader.fixes().front().lat, 32.02);
}

void TestGpxReader::malformedXmlGivesLineAndColumn()
{
    const QByteArray broken = "<?xml version=\"1.0\"?>\n"
                              "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                              "<trk><trkseg>\n"
                              "<trkpt lat=\"32.0\" lon=\"120.0\"><time>2026-10-08T01:30:00Z</time></trkpt>\n"
                              "<trkpt lat=\"32.1\" lon=\"120.1\"><time>2026-10-08T01:30:10Z</timx></trkpt>\n"
                              "</trkseg></trk></gpx>\n";
    GpxReader reader;
    QVERIFY(!reader.read(broken));
    QVERIFY(!reader.errorString().isEmpty());
    QCOMPARE(reader.errorLine(), 5);
    QVERIFY(reader.errorColumn() > 50);

    GpxReader truncated;
    QVERIFY(!truncated.read(broken.left(broken.indexOf("<trkpt lat=\"32.1\""))));
    QCOMPARE(truncated.errorLine(), 5);
}

void TestGpxReader::notGpx()
{
    GpxReader reader;
    QVERIFY(!reader.read(QByteArray("<kml><Placemark/></kml>")));
    QVERIFY(reader.errorString().contains(QLatin1String("kml")));
    QCOMPARE(reader.errorLine(), 1);

    GpxReader empty;
    QVERIFY(!empty.read(QByteArray()));
}

void TestGpxReader::badCoordinateGivesItsLine()
{
    const QByteArray gpx = "<gpx version=\"1.1\">\n<trk><trkseg>\n"
                           "<trkpt lat=\"32.0\" lon=\"120.0\"><time>2026-10-08T01:30:00Z</time></trkpt>\n"
                           "<trkpt lat=\"95.0\" lon=\"120.0\"><time>2026-10-08T01:30:10Z</time></trkpt>\n"
                           "</trkseg></trk></gpx>\n";
    GpxReader reader;
    QVERIFY(!reader.read(gpx));
    QCOMPARE(reader.errorLine(), 4);
    QVERIFY(reader.errorString().contains(QLatin1String("lat")));

    GpxReader missing;
    QVERIFY(!missing.read(QByteArray("<gpx><trk><trkseg><trkpt lat=\"1\"/></trkseg></trk></gpx>")));
    QVERIFY(missing.errorString().contains(QLatin1String("lon")));
}

void TestGpxReader::badTime()
{
    GpxReader reader;
    QVERIFY(!reader.read(QByteArray("<gpx>\n<trk><trkseg><trkpt lat=\"1\" "
                                    "lon=\"2\"><time>yesterday</time></trkpt></trkseg></trk></gpx>")));
    QCOMPARE(reader.errorLine(), 2);
    QVERIFY(reader.errorString().contains(QLatin1String("time")));
}

// Issue 9 item 11: <speed>1e308 was stored (as an infinite float); years 0001 and 9999 were fix times.
void TestGpxReader::impossibleValuesAreBadValues_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::addColumn<QString>("says");
    QTest::newRow("speed 1e308") << QByteArray("<time>2026-10-08T01:30:00Z</time><speed>1e308</speed>")
                                 << QStringLiteral("1e308");
    QTest::newRow("speed 300 m/s") << QByteArray("<time>2026-10-08T01:30:00Z</time><speed>300</speed>")
                                   << QStringLiteral("300");
    QTest::newRow("year 0001") << QByteArray("<time>0001-01-01T00:00:00Z</time>") << QStringLiteral("0001");
    QTest::newRow("year 9999") << QByteArray("<time>9999-12-31T23:59:59Z</time>") << QStringLiteral("9999");
}

void TestGpxReader::impossibleValuesAreBadValues()
{
    QFETCH(QByteArray, point);
    QFETCH(QString, says);
    GpxReader reader;
    QVERIFY(!reader.read(
        "<gpx>\n<trk><trkseg>\n<trkpt lat=\"32\" lon=\"120\">" + point + "</trkpt></trkseg></trk></gpx>"));
    QCOMPARE(reader.errorLine(), 3);
    QVERIFY2(reader.errorString().contains(says), qPrintable(reader.errorString()));
    QVERIFY(reader.fixes().empty());
    // At the edges of the accepted range: still read.
    GpxReader edge;
    QVERIFY2(edge.read(QByteArray("<gpx><trk><trkseg><trkpt lat=\"32\" lon=\"120\">"
                                  "<time>2000-01-01T00:00:00+08:00</time><speed>277</speed></trkpt>"
                                  "</trkseg></trk></gpx>")),
        qPrintable(edge.errorString()));
    QCOMPARE(edge.fixes().size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestGpxReader)
#include "tst_gpxreader.moc"
