#include "app/rendercommand.h"

#include "base/appsettings.h"
#include "base/timeparse.h"
#include "maps/maprenderer.h"
#include "maps/markerlayer.h"
#include "maps/tilesource.h"
#include "maps/tilesources.h"
#include "maps/tracklayer.h"
#include "store/database.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <memory>

namespace {

constexpr double kDestinationRadiusM = 2000.0; // the destination rule's distance (DESIGN §5)

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const int w = m.captured(1).toInt();
    const int h = m.captured(2).toInt();
    if (w < 64 || h < 64 || w > 8192 || h > 8192)
        return false;
    *size = QSize(w, h);
    return true;
}

} // namespace

int runRender(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("The FleetDesk database file."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("task"), QStringLiteral("The task (dispatch order) code."),
        QStringLiteral("CODE") });
    parser.addOption(
        { QStringLiteral("out"), QStringLiteral("The PNG file to write."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("size"), QStringLiteral("Image size, WxH (default 1024x768)."),
        QStringLiteral("WxH"), QStringLiteral("1024x768") });
    parser.addOption({ QStringLiteral("settings"), QStringLiteral("Settings file (INI) with map/tile_url."),
        QStringLiteral("FILE") });
    parser.addPositionalArgument(QStringLiteral("render"), QStringLiteral("The command."));
    if (!parser.parse(args)) {
        err << "render: " << parser.errorText() << Qt::endl;
        return 1;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("render") || positional.size() != 1) {
        err << "usage: fleetdesk-cli --db FILE render --task CODE --out FILE.png [--size WxH]" << Qt::endl;
        return 1;
    }
    for (const char *required : { "db", "task", "out" }) {
        if (!parser.isSet(QLatin1String(required))) {
            err << "render: --" << required << " is required" << Qt::endl;
            return 1;
        }
    }
    QSize size;
    if (!parseSize(parser.value(QStringLiteral("size")), &size)) {
        err << "render: --size must be WxH with each side 64 to 8192 pixels, e.g. 1024x768" << Qt::endl;
        return 1;
    }

    Database db(QStringLiteral("render"));
    if (!db.open(parser.value(QStringLiteral("db")))) {
        err << "render: " << db.errorString() << Qt::endl;
        return 1;
    }
    RecordStore store(db.connection());
    const QString code = parser.value(QStringLiteral("task"));
    const std::optional<Record> task = store.findByKey(Kind::Tasks, code);
    if (!task || task->deleted) {
        err << "render: no task " << code << Qt::endl;
        return 1;
    }
    const std::optional<qint64> startMs = TimeParse::parseMs(task->text(Field::StartAt));
    const std::optional<qint64> endMs = TimeParse::parseMs(task->text(Field::EndAt));
    if (!startMs || !endMs) {
        err << "render: task " << code << " has no valid start/end" << Qt::endl;
        return 1;
    }
    const QString vehicleId = task->text(Field::VehicleId);
    // [start, end] inclusive, as the rules judge it; fixes() takes a half-open range.
    auto fixes = std::make_shared<const std::vector<PositionFix>>(
        PositionStore(db.connection()).fixes(vehicleId, *startMs, *endMs + 1));

    TrackLayer track;
    track.setTrack(fixes);
    MarkerLayer destination(MarkerLayer::Kind::Destination);
    const QString destName = task->text(Field::DestName);
    destination.setMarkers(
        { { { task->value(Field::DestLat).toDouble(), task->value(Field::DestLon).toDouble() },
            destName.isEmpty() ? code : destName, kDestinationRadiusM } });

    const std::unique_ptr<AppSettings> settings = parser.isSet(QStringLiteral("settings"))
        ? std::make_unique<AppSettings>(parser.value(QStringLiteral("settings")))
        : std::make_unique<AppSettings>();
    QNetworkAccessManager network;
    QString sourceError;
    const QString cacheRoot
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
    const std::unique_ptr<TileSource> source
        = TileSources::create(settings->tileUrl(), &network, cacheRoot, &sourceError);
    if (!sourceError.isEmpty())
        err << "render: tile source ignored, drawing the offline basemap: " << sourceError << Qt::endl;

    MapRenderer renderer;
    renderer.setTileSource(source.get());
    renderer.addLayer(&track);
    renderer.addLayer(&destination); // the pin above the track; its circle is translucent
    const QImage image = renderer.render(size);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!image.save(outPath, "PNG")) {
        err << "render: cannot write " << outPath << Qt::endl;
        return 1;
    }
    out << "wrote " << outPath << " (" << size.width() << "x" << size.height() << ", " << fixes->size()
        << " fixes, zoom " << renderer.fittedView(size).zoom()
        << (renderer.lastFrame().offline ? ", offline basemap" : "") << ")" << Qt::endl;
    if (fixes->empty())
        err << "render: task " << code << " has no fixes in its window; only the destination is drawn"
            << Qt::endl;
    return 0;
}
