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
