#include "app/cli/ordercommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/tableoutput.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "base/translations.h"
#include "domain/supervisionflow.h"
#include "domain/supervisionprintdata.h"
#include "domain/supervisionservice.h"
#include "maps/markerlayer.h"
#include "maps/tilesource.h"
#include "maps/tilesources.h"
#include "maps/trackpicture.h"
#include "printing/supervisionorderprinter.h"
#include "store/database.h"
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
    // The printed order is a document for people: it follows the UI language, like the dispatch order.
    if (QCoreApplication *app = QCoreApplication::instance())
        Translations::install(*app, c.settings().language());
    QString error;
    const std::optional<SupervisionPrintData> data = SupervisionPrintData::load(
        *c.store, number, int(c.settings().threshold(QStringLiteral("supervision/deadline_days"))), &error);
    if (!data)
        return c.fail(QStringLiteral("order print: ") + error);
    QImage map;
    if (!data->track.empty()) {
        QNetworkAccessManager network;
        QString sourceError;
        const QString cacheRoot
            = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
        const std::unique_ptr<TileSource> source = TileSources::create(
            c.settings().tileUrl(), &network, cacheRoot, &sourceError, c.settings().tileCacheBytes());
        std::optional<MarkerLayer::Marker> marker;
        if (data->mark)
            marker = MarkerLayer::Marker { { data->mark->lat, data->mark->lon }, data->mark->label,
                data->mark->radiusM };
        map = TrackPicture::render(data->track, marker,
            data->mark && data->mark->destination ? MarkerLayer::Kind::Destination
                                                  : MarkerLayer::Kind::Anomaly,
            source.get());
    }
    const SupervisionPrintout p = SupervisionPrintout::from(*data, map);
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
