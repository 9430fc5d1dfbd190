#include "app/cli/ordercommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tableoutput.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "base/translations.h"
#include "domain/complaintmatcher.h"
#include "domain/supervisionflow.h"
#include "domain/supervisionservice.h"
#include "maps/maprenderer.h"
#include "maps/markerlayer.h"
#include "maps/tilesource.h"
#include "maps/tilesources.h"
#include "maps/tracklayer.h"
#include "printing/supervisionorderprinter.h"
#include "store/database.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace {

QJsonObject orderJson(const SupervisionOrder &o, const SupervisionService &service)
{
    QJsonObject j { { QStringLiteral("number"), o.number }, { QStringLiteral("unit_code"), o.unitCode },
        { QStringLiteral("state"), o.state }, { QStringLiteral("overdue"), service.isOverdue(o) } };
    if (!o.deadline.isEmpty())
        j.insert(QStringLiteral("deadline"), o.deadline);
    if (!o.conclusion.isEmpty())
        j.insert(QStringLiteral("conclusion"), o.conclusion);
    if (!o.subject.isEmpty())
        j.insert(QStringLiteral("subject"), o.subject);
    if (!o.complaintNo.isEmpty())
        j.insert(QStringLiteral("complaint_no"), o.complaintNo);
    QJsonArray findings;
    for (const OrderFinding &f : o.findings)
        findings.append(f.key);
    j.insert(QStringLiteral("findings"), findings);
    QJsonArray steps;
    for (const OrderStep &s : o.steps) {
        QJsonObject step { { QStringLiteral("action"), s.action }, { QStringLiteral("state"), s.state },
            { QStringLiteral("at"), TimeParse::toBeijingIso(TimeParse::parseMs(s.at).value_or(0)) },
            { QStringLiteral("by"), s.user } };
        for (const auto &[name, value] : { std::pair { "text", s.text }, { "reason", s.reason },
                 { "conclusion", s.conclusion }, { "deadline", s.deadline } }) {
            if (!value.isEmpty())
                step.insert(QLatin1String(name), value);
        }
        if (!s.attachments.isEmpty())
            step.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(s.attachments));
        steps.append(step);
    }
    j.insert(QStringLiteral("steps"), steps);
    return j;
}

} // namespace

QString OrderCommand::synopsis() const
{
    return QStringLiteral(
        "order issue|reply|accept|return NO [--text T] [--reason R] "
        "[--conclusion confirmed|explained|not-established] [--deadline DATE] [--attach FILE]... | "
        "order print NO --out F.pdf | order show NO | order list");
}

QList<QCommandLineOption> OrderCommand::options() const
{
    return {
        { QStringLiteral("text"), tr("What the agency is to explain, or the text of a reply or acceptance."),
            tr("TEXT") },
        { QStringLiteral("reason"), tr("Why a request is rejected, cancelled or referred."), tr("TEXT") },
        { QStringLiteral("conclusion"),
            tr("How an order is closed: confirmed, explained or not-established."), tr("CONCLUSION") },
        { QStringLiteral("deadline"),
            tr("The day an order is to be answered by, YYYY-MM-DD (default: the "
               "settings' working days)."),
            tr("DATE") },
        { QStringLiteral("attach"), tr("A file sent with the agency's reply (repeatable)."), tr("FILE") },
        { QStringLiteral("out"), tr("The file to write."), tr("FILE") },
    };
}

int OrderCommand::run(CliContext &c)
{
    const QString sub = c.args.value(0);
    const QString number = c.args.value(1);
    if (sub == QStringLiteral("list") && c.args.size() == 1)
        return list(c);
    if (number.isEmpty() || c.args.size() != 2)
        return c.usage(synopsis());
    if (sub == QStringLiteral("print"))
        return c.isSet(QStringLiteral("out")) ? print(c, number)
                                              : c.usage(QStringLiteral("order print NO --out F.pdf"));
    if (sub == QStringLiteral("show"))
        return show(c, number);
    const QString text = c.value(QStringLiteral("text"));
    const QString reason = c.value(QStringLiteral("reason"));
    const QString conclusion = c.value(QStringLiteral("conclusion"));
    SupervisionService service(*c.store, SupervisionSettings::from(c.settings()));
    SupervisionResult r;
    if (sub == QStringLiteral("issue")) {
        r = service.issue(number, c.user(), text, c.value(QStringLiteral("deadline")));
    } else if (sub == QStringLiteral("reply")) {
        if (text.trimmed().isEmpty())
            return c.usage(QStringLiteral("order reply NO --text T [--attach FILE]..."));
        QList<QPair<QString, QByteArray>> attachments;
        for (const QString &path : c.parser.values(QStringLiteral("attach"))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return c.fail(tr("order reply: cannot read %1: %2").arg(path, file.errorString()));
            attachments.append({ QFileInfo(path).fileName(), file.readAll() });
        }
        r = service.reply(number, text, c.user(), attachments);
    } else if (sub == QStringLiteral("return")) {
        if (reason.trimmed().isEmpty())
            return c.usage(QStringLiteral("order return NO --reason R"));
        r = service.returnOrder(number, reason, c.user());
    } else if (sub == QStringLiteral("accept")) {
        if (!SupervisionFlow::conclusions().contains(conclusion))
            return c.usage(QStringLiteral(
                "order accept NO --conclusion confirmed|explained|not-established [--text T]"));
        r = service.accept(number, conclusion, text, c.user());
    } else {
        return c.usage(synopsis());
    }
    if (!r.ok)
        return c.fail(QStringLiteral("order %1: ").arg(sub) + r.error);
    const std::optional<SupervisionOrder> o = SupervisionStore(c.store->database()).find(r.number);
    c.out << r.number << QLatin1Char(' ') << (o ? o->state : QString());
    if (o && sub == QStringLiteral("issue"))
        c.out << QStringLiteral(" deadline ") << o->deadline;
    c.out << Qt::endl;
    return Ok;
}

int OrderCommand::show(CliContext &c, const QString &number)
{
    const std::optional<SupervisionOrder> o = SupervisionStore(c.store->database()).find(number);
    if (!o)
        return c.fail(tr("order show: no supervision order %1").arg(number));
    SupervisionService service(*c.store, SupervisionSettings::from(c.settings()));
    c.out << QString::fromUtf8(QJsonDocument(orderJson(*o, service)).toJson(QJsonDocument::Indented));
    return Ok;
}

int OrderCommand::list(CliContext &c)
{
    SupervisionService service(*c.store, SupervisionSettings::from(c.settings()));
    const QList<SupervisionOrder> orders = SupervisionStore(c.store->database()).orders();
    const QString format = c.value(QStringLiteral("format"));
    if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const SupervisionOrder &o : orders)
            array.append(orderJson(o, service));
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    QList<QStringList> rows;
    for (const SupervisionOrder &o : orders) {
        rows << QStringList { o.number, o.unitCode, o.state, o.deadline,
            service.isOverdue(o) ? QStringLiteral("overdue") : QString(), o.conclusion };
    }
    TableOutput::write(c.out, format,
        { QStringLiteral("number"), QStringLiteral("unit_code"), QStringLiteral("state"),
            QStringLiteral("deadline"), QStringLiteral("overdue"), QStringLiteral("conclusion") },
        rows);
    return Ok;
}

int OrderCommand::print(CliContext &c, const QString &number)
{
    SupervisionPrintout p;
    const std::optional<SupervisionOrder> order = SupervisionStore(c.store->database()).find(number);
    if (!order)
        return c.fail(tr("order print: no supervision order %1").arg(number));
    p.order = *order;
    // The printed order is a document for people: it follows the UI language, like the dispatch order.
    if (QCoreApplication *app = QCoreApplication::instance())
        Translations::install(*app, c.settings().language());
    p.deadlineDays = tr("%n working day(s)", nullptr,
        int(c.settings().threshold(QStringLiteral("supervision/deadline_days"))));

    // The track to show: the first finding's car over its time (its dispatch order's window when it has one),
    // or the complained-of car an hour either side of when it was seen.
    QString vehicleId;
    qint64 fromMs = 0, toMs = 0;
    std::optional<MarkerLayer::Marker> marker;
    MarkerLayer::Kind markerKind = MarkerLayer::Kind::Anomaly;
    for (const OrderFinding &f : std::as_const(p.order.findings)) {
        const std::optional<Record> vehicle = c.store->findByKey(Kind::Vehicles, f.plate);
        if (!vehicle)
            continue;
        vehicleId = vehicle->id;
        fromMs = f.startMs;
        toMs = f.endMs;
        if (const std::optional<Record> task
            = f.taskCode.isEmpty() ? std::nullopt : c.store->findByKey(Kind::Tasks, f.taskCode)) {
            fromMs = TimeParse::parseMs(task->text(Field::StartAt)).value_or(fromMs);
            toMs = TimeParse::parseMs(task->text(Field::EndAt)).value_or(toMs);
            marker = MarkerLayer::Marker { { task->value(Field::DestLat).toDouble(),
                                               task->value(Field::DestLon).toDouble() },
                task->text(Field::DestName).isEmpty() ? f.taskCode : task->text(Field::DestName), 2000.0 };
            markerKind = MarkerLayer::Kind::Destination;
        }
        break;
    }
    if (!p.order.complaintNo.isEmpty()) {
        if (const std::optional<Record> complaint
            = c.store->findByKey(Kind::Complaints, p.order.complaintNo)) {
            const ComplaintMatch m = ComplaintMatcher(*c.store).match(*complaint);
            p.complaintAccount = complaint->text(Field::Account);
            p.complaintPlace = complaint->text(Field::Place);
            p.complaintSeen = m.seenMs
                ? TimeParse::toBeijingIso(m.seenMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' '))
                : QString();
            p.complaintMatch = ComplaintMatcher::summary(m);
            if (m.vehicleFound && m.seenMs) {
                vehicleId = m.vehicleId;
                fromMs = m.seenMs - 3600 * 1000;
                toMs = m.seenMs + 3600 * 1000;
                if (!complaint->text(Field::Lat).isEmpty() && !complaint->text(Field::Lon).isEmpty())
                    marker = MarkerLayer::Marker { { complaint->value(Field::Lat).toDouble(),
                                                       complaint->value(Field::Lon).toDouble() },
                        p.complaintPlace, 0.0 };
            }
        }
    }
    if (!vehicleId.isEmpty()) {
        auto fixes = std::make_shared<const std::vector<PositionFix>>(
            PositionStore(c.database->connection()).fixes(vehicleId, fromMs, toMs + 1));
        if (!fixes->empty()) {
            TrackLayer track;
            track.setTrack(fixes);
            MarkerLayer markers(markerKind);
            if (marker)
                markers.setMarkers({ *marker });
            QNetworkAccessManager network;
            QString sourceError;
            const QString cacheRoot
                = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
            const std::unique_ptr<TileSource> source = TileSources::create(
                c.settings().tileUrl(), &network, cacheRoot, &sourceError, c.settings().tileCacheBytes());
            MapRenderer renderer;
            renderer.setTileSource(source.get());
            renderer.addLayer(&track);
            renderer.addLayer(&markers);
            p.map = renderer.render(QSize(1200, 800));
        }
    }
    SupervisionOrderPrinter printer(c.settings().centerName());
    const QString path = c.value(QStringLiteral("out"));
    if (!printer.writePdf(p, path))
        return c.fail(QStringLiteral("order print: ") + printer.errorString());
    c.out << tr("wrote %1 (supervision order %2%3)")
                 .arg(path, p.order.number,
                     p.map.isNull() ? tr(", no track to draw") : tr(", with the track's map"))
          << Qt::endl;
    return Ok;
}
