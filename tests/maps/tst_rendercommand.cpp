// `fleetdesk-cli render`: a task's track and destination drawn into a PNG of the requested size, with the
// offline basemap (no tile source) or the settings' tile server; and its errors.
#include "app/cli/cliapp.h"

#include "base/appsettings.h"
#include "maps/tracklayer.h"
#include "store/database.h"
#include "store/positionstore.h"
#include "store/recordstore.h"
#include "tiletestserver.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kT0 = 1791423000000; // 2026-10-08T01:30:00Z

} // namespace

class TestRenderCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_settings;

    int run(const QStringList &tail, QString *outText = nullptr, QString *errText = nullptr)
    {
        QString o;
        QString e;
        QTextStream out(&o);
        QTextStream err(&e);
        CliApp cli(out, err);
        const int code = cli.run(QStringList { QStringLiteral("fleetdesk-cli"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--settings"), m_settings, QStringLiteral("render") }
            + tail);
        out.flush();
        err.flush();
        if (outText)
            *outText = o;
        if (errText)
            *errText = e;
        return code;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the tile disk cache goes to a test folder, not the user's
        m_db = m_dir.filePath(QStringLiteral("fleet.sqlite"));
        m_settings = m_dir.filePath(QStringLiteral("settings.ini"));
        QFile(m_settings).open(QIODevice::WriteOnly); // empty: the defaults, and not the user's settings
        Database db(QStringLiteral("setup"));
        QVERIFY2(db.open(m_db), qPrintable(db.errorString()));
        RecordStore store(db.connection());
        const auto save = [&](const QString &kind, const QVariantMap &values) {
            Record r;
            r.values = values;
            const SaveResult result = store.save(kind, r, QStringLiteral("test"));
            if (!result.ok)
                qFatal("%s", qPrintable(result.message()));
            return result.id;
        };
        const QString unit = save(QStringLiteral("units"),
            { { QStringLiteral("code"), QStringLiteral("U1") },
                { QStringLiteral("name"), QStringLiteral("市机关事务局") } });
        const QString vehicle = save(QStringLiteral("vehicles"),
            { { QStringLiteral("plate"), QStringLiteral("苏F·A1234") },
                { QStringLiteral("category"), QStringLiteral("general") },
                { QStringLiteral("unit_id"), unit },
                { QStringLiteral("status"), QStringLiteral("active") } });
        const QString driver = save(QStringLiteral("drivers"),
            { { QStringLiteral("code"), QStringLiteral("D1") },
                { QStringLiteral("name"), QStringLiteral("张师傅") } });
        save(QStringLiteral("tasks"),
            { { QStringLiteral("code"), QStringLiteral("T-001") }, { QStringLiteral("vehicle_id"), vehicle },
                { QStringLiteral("driver_id"), driver },
                { QStringLiteral("start_at"), QStringLiteral("2026-10-08T01:30:00.000Z") },
                { QStringLiteral("end_at"), QStringLiteral("2026-10-08T02:30:00.000Z") },
                { QStringLiteral("dest_name"), QStringLiteral("通州区政府") },
                { QStringLiteral("dest_lat"), 32.0654 }, { QStringLiteral("dest_lon"), 121.0732 },
                { QStringLiteral("nav_km"), 25.0 } });
        // From the city hall towards Tongzhou at ~40 km/h, a fix every 10 s, with fixes before and after the
        // task's window that must not be drawn.
        std::vector<PositionFix> fixes;
        for (int i = -30; i <= 400; ++i) {
            PositionFix f;
            f.timeMs = kT0 + qint64(i) * 10000;
            const double t = std::clamp(i, 0, 360) / 360.0;
            f.lat = 31.9802 + (32.0654 - 31.9802) * t;
            f.lon = 120.8943 + (121.0732 - 120.8943) * t;
            f.speedKmh = 40.f;
            fixes.push_back(f);
        }
        const PositionStore::AddResult added = PositionStore(db.connection()).add(vehicle, fixes);
        QVERIFY2(added.ok, qPrintable(added.error));

        // T-002: an L, 25 km south then 30 km east, so that its lowest part is a long line along the bottom
        // of a fitted picture, where the scale bar and the attribution are drawn; the destination is at the
        // start, far from it.
        const QString van = save(QStringLiteral("vehicles"),
            { { QStringLiteral("plate"), QStringLiteral("苏F·B5678") },
                { QStringLiteral("category"), QStringLiteral("general") },
                { QStringLiteral("unit_id"), unit },
                { QStringLiteral("status"), QStringLiteral("active") } });
        save(QStringLiteral("tasks"),
            { { QStringLiteral("code"), QStringLiteral("T-002") }, { QStringLiteral("vehicle_id"), van },
                { QStringLiteral("driver_id"), driver },
                { QStringLiteral("start_at"), QStringLiteral("2026-10-08T01:30:00.000Z") },
                { QStringLiteral("end_at"), QStringLiteral("2026-10-08T03:30:00.000Z") },
                { QStringLiteral("dest_lat"), 32.20 }, { QStringLiteral("dest_lon"), 120.70 },
                { QStringLiteral("nav_km"), 60.0 } });
        std::vector<PositionFix> ell;
        for (int i = 0; i <= 600; ++i) {
            PositionFix f;
            f.timeMs = kT0 + qint64(i) * 10000;
            f.lat = i <= 250 ? 32.20 - 0.001 * i : 31.95;
            f.lon = i <= 250 ? 120.70 : 120.70 + 0.001 * (i - 250);
            f.speedKmh = 40.f;
            ell.push_back(f);
        }
        const PositionStore::AddResult addedEll = PositionStore(db.connection()).add(van, ell);
        QVERIFY2(addedEll.ok, qPrintable(addedEll.error));
    }

    void rendersAPngOfTheRequestedSize()
    {
        const QString png = m_dir.filePath(QStringLiteral("t-001.png"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("--task"), QStringLiteral("T-001"), QStringLiteral("--out"), png,
                         QStringLiteral("--size"), QStringLiteral("640x480") },
                     &out, &err),
            0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(out.contains(QLatin1String("361 fixes")));
        QVERIFY(out.contains(QLatin1String("offline basemap")));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(640, 480));
        // Some pixels carry the track's colour (40 km/h).
        const QColor band = TrackLayer::bandColor(TrackLayer::speedBand(40));
        int track = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                track += image.pixelColor(x, y) == band;
        }
        QVERIFY(track > 50);
    }

    // Issue 9 item 5: the picture cut the track at the bottom edge, where the scale bar and the attribution
    // are painted over the map. Every part of the track is drawn in its own colour (nothing lies over it) and
    // inside the picture with a margin, whatever the picture's shape.
    void fitsTheWholeTrackWithAMargin_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize &s :
            // 615x535 and 1160x1000: the track and the destination's circle fill the picture but for the
            // margins at the largest zoom that fits them, so the bottom leg lies where the scale bar is.
            { QSize(615, 535), QSize(1160, 1000), QSize(1024, 768), QSize(640, 480), QSize(1024, 400),
                QSize(400, 900), QSize(300, 300) })
            QTest::newRow(qPrintable(QStringLiteral("%1x%2").arg(s.width()).arg(s.height()))) << s;
    }
    void fitsTheWholeTrackWithAMargin()
    {
        QFETCH(QSize, size);
        const QString png = m_dir.filePath(QStringLiteral("ell.png"));
        QCOMPARE(
            run({ QStringLiteral("--task"), QStringLiteral("T-002"), QStringLiteral("--out"), png,
                QStringLiteral("--size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()) }),
            0);
        const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), size);
        const QRgb band = TrackLayer::bandColor(TrackLayer::speedBand(40)).rgb();
        QRect track;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) == band)
                    track |= QRect(x, y, 1, 1);
            }
        }
        QVERIFY(!track.isEmpty());
        const int margin = 16;
        QVERIFY2(QRect(QPoint(0, 0), size).adjusted(margin, margin, -margin, -margin).contains(track),
            qPrintable(QStringLiteral("track pixels span x %1..%2, y %3..%4")
                           .arg(track.left())
                           .arg(track.right())
                           .arg(track.top())
                           .arg(track.bottom())));
        // The bottom leg runs from the track's left edge to its right edge: each of those columns shows the
        // track's own colour within a few pixels of its lowest row.
        int hidden = 0;
        for (int x = track.left() + 4; x <= track.right() - 4; ++x) {
            bool seen = false;
            for (int y = track.bottom() - 6; y <= track.bottom() && !seen; ++y)
                seen = image.pixel(x, y) == band;
            hidden += seen ? 0 : 1;
        }
        QVERIFY2(
            hidden == 0, qPrintable(QStringLiteral("%1 columns of the bottom leg are covered").arg(hidden)));
        // The destination's circle (its dashed ring and pin, in the destination's colour) is inside too, and
        // below the "offline" badge: the ring's top is not under it.
        const QRgb ring = qRgb(0x6a, 0x1b, 0x9a);
        QRect circle;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) == ring)
                    circle |= QRect(x, y, 1, 1);
            }
        }
        QVERIFY(QRect(QPoint(0, 0), size).adjusted(margin, margin, -margin, -margin).contains(circle));
        const QRgb badge = qRgb(0xb7, 0x1c, 0x1c); // the badge's border and text
        int badgeBottom = 0;
        for (int y = 0; y < image.height() / 2; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) == badge)
                    badgeBottom = y;
            }
        }
        QVERIFY2(circle.top() > badgeBottom,
            qPrintable(QStringLiteral("circle from y %1, badge to y %2").arg(circle.top()).arg(badgeBottom)));
    }

    void usesTheSettingsTileServer()
    {
        TileTestServer server;
        QVERIFY(server.start());
        {
            AppSettings settings(m_settings);
            settings.setTileUrl(server.baseUrl() + QStringLiteral("/{z}/{x}/{y}.png"));
        }
        const QString png = m_dir.filePath(QStringLiteral("tiles.png"));
        QString out;
        QCOMPARE(
            run({ QStringLiteral("--task"), QStringLiteral("T-001"), QStringLiteral("--out"), png }, &out),
            0);
        QVERIFY(server.requests > 0);
        QVERIFY(!out.contains(QLatin1String("offline")));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1024, 768)); // the default size
        QCOMPARE(image.pixelColor(1, 1), server.color); // tiles under everything
        {
            AppSettings settings(m_settings);
            settings.setTileUrl(QString());
        }
    }

    void errors()
    {
        const QString png = m_dir.filePath(QStringLiteral("x.png"));
        QString err;
        QCOMPARE(run({ QStringLiteral("--task"), QStringLiteral("NOPE"), QStringLiteral("--out"), png },
                     nullptr, &err),
            1);
        QVERIFY(err.contains(QLatin1String("no task NOPE")));
        QCOMPARE(run({ QStringLiteral("--task"), QStringLiteral("T-001"), QStringLiteral("--out"), png,
                         QStringLiteral("--size"), QStringLiteral("big") },
                     nullptr, &err),
            2); // a usage error (DESIGN §6)
        QVERIFY(err.contains(QLatin1String("--size")));
        QCOMPARE(run({ QStringLiteral("--task"), QStringLiteral("T-001") }, nullptr, &err), 2);
        QVERIFY(err.contains(QLatin1String("--out")));
        QVERIFY(!QFile::exists(png));
    }
};

QTEST_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
