#include "app/cli/rendercommand.h"

#include "app/cli/clicontext.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "base/translations.h"
#include "maps/maprenderer.h"
#include "maps/mapservices.h"
#include "maps/markerlayer.h"
#include "maps/tracklayer.h"
#include "store/database.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

QString RenderCommand::synopsis() const
{
    return QStringLiteral("render --task CODE --out FILE.png [--size WxH]");
}

QList<QCommandLineOption> RenderCommand::options() const
{
    return {
        { QStringLiteral("task"), tr("The dispatch order's number."), tr("CODE") },
        { QStringLiteral("out"), tr("The file to write."), tr("FILE") },
        { QStringLiteral("size"), tr("Image size, WxH (default 1024x768)."), QStringLiteral("WxH") },
    };
}

int RenderCommand::run(CliContext &c)
{
    if (!c.args.isEmpty() || !c.isSet(QStringLiteral("task")) || !c.isSet(QStringLiteral("out")))
        return c.usage(synopsis());
    QSize size(1024, 768);
    if (c.isSet(QStringLiteral("size")) && !parseSize(c.value(QStringLiteral("size")), &size)) {
        c.err << tr("render: --size must be WxH with each side 64 to 8192 pixels, e.g. 1024x768") << Qt::endl;
        return UsageError;
    }
    const QString code = c.value(QStringLiteral("task"));
    const std::optional<Record> task = c.store->findByKey(Kind::Tasks, code);
    if (!task || task->deleted)
        return c.fail(tr("render: no task %1").arg(code));
    const std::optional<qint64> startMs = TimeParse::parseMs(task->text(Field::StartAt));
    const std::optional<qint64> endMs = TimeParse::parseMs(task->text(Field::EndAt));
    if (!startMs || !endMs)
        return c.fail(tr("render: dispatch order %1 has no valid start and end").arg(code));
    // The picture is for people, like the printed order: its labels follow the UI language.
    if (QCoreApplication *app = QCoreApplication::instance())
        Translations::install(*app, c.settings().language());
    const QString vehicleId = task->text(Field::VehicleId);
    // [start, end] inclusive, as the rules judge it; fixes() takes a half-open range.
    auto fixes = std::make_shared<const std::vector<PositionFix>>(
        PositionStore(c.database->connection()).fixes(vehicleId, *startMs, *endMs + 1));

    MapServices maps(c.settings()); // the command's one set: network, tile source, map workers
    if (!maps.tileError().isEmpty())
        c.err << tr("render: tile source ignored, drawing the offline basemap: %1").arg(maps.tileError())
              << Qt::endl;

    TrackLayer track(maps.workers());
    track.setTrack(fixes);
    MarkerLayer destination(MarkerLayer::Kind::Destination);
    const QString destName = task->text(Field::DestName);
    destination.setMarkers(
        { { { task->value(Field::DestLat).toDouble(), task->value(Field::DestLon).toDouble() },
            destName.isEmpty() ? code : destName, kDestinationRadiusM } });

    MapRenderer renderer;
    renderer.setTileSource(maps.tiles());
    renderer.addLayer(&track);
    renderer.addLayer(&destination); // the pin above the track; its circle is translucent
    const QImage image = renderer.render(size);
    const QString outPath = c.value(QStringLiteral("out"));
    if (!image.save(outPath, "PNG"))
        return c.fail(tr("render: cannot write %1").arg(outPath));
    c.out << tr("wrote %1 (%2x%3, %4 fixes, zoom %5%6)")
                 .arg(outPath)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(fixes->size())
                 .arg(renderer.fittedView(size).zoom())
                 .arg(renderer.lastFrame().offline ? tr(", offline basemap") : QString())
          << Qt::endl;
    if (fixes->empty())
        c.err << tr("render: dispatch order %1 has no fixes in its window; only the destination is drawn")
                     .arg(code)
              << Qt::endl;
    return Ok;
}
