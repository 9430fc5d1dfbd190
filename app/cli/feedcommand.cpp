#include "app/cli/feedcommand.h"

#include "app/cli/clicontext.h"
#include "base/appsettings.h"
#include "base/timeparse.h"
#include "domain/supervisionfeed.h"
#include "feed/feedsender.h"
#include "interchange/exporttarget.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSslCertificate>

QString FeedCommand::synopsis() const
{
    return QStringLiteral(
        "feed --since DATE --out FILE.json | feed --since DATE --send [--endpoint URL] [--ca CA.pem]");
}

QList<QCommandLineOption> FeedCommand::options() const
{
    return {
        { QStringLiteral("since"), tr("First day, YYYY-MM-DD (Beijing time)."), tr("DATE") },
        { QStringLiteral("out"), tr("The file to write."), tr("FILE") },
        { QStringLiteral("send"), tr("Deliver the feed to the discipline-inspection platform over HTTPS.") },
        { QStringLiteral("endpoint"), tr("The platform's HTTPS address (default: the settings')."),
            tr("URL") },
        { QStringLiteral("ca"), tr("A CA certificate (PEM) to trust besides the system's."), tr("FILE") },
    };
}

int FeedCommand::run(CliContext &c)
{
    const std::optional<qint64> since = TimeParse::parseDateMs(c.value(QStringLiteral("since")));
    const bool send = c.isSet(QStringLiteral("send"));
    if (!c.args.isEmpty() || !since || send == c.isSet(QStringLiteral("out")))
        return c.usage(synopsis());
    SupervisionFeed feed(*c.store);
    const QList<QJsonObject> records = feed.records(*since);
    if (!send) {
        const QString path = c.value(QStringLiteral("out"));
        const QString refusal = ExportTarget::refusal(path, c.store->database().databaseName());
        if (!refusal.isEmpty())
            return c.fail(QStringLiteral("feed: ") + refusal);
        QJsonArray array;
        for (const QJsonObject &r : records)
            array.append(r);
        QSaveFile file(path);
        const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return c.fail(tr("feed: cannot write %1: %2").arg(path, file.errorString()));
        c.out << tr("wrote %1 (%n record(s))", nullptr, int(records.size())).arg(path) << Qt::endl;
        return Ok;
    }
    FeedSender::Options options;
    options.endpoint = QUrl(c.isSet(QStringLiteral("endpoint")) ? c.value(QStringLiteral("endpoint"))
                                                                : c.settings().feedEndpoint());
    if (options.endpoint.isEmpty())
        return c.fail(tr("feed: no endpoint: give --endpoint or set feed/endpoint in the settings"));
    const QString ca
        = c.isSet(QStringLiteral("ca")) ? c.value(QStringLiteral("ca")) : c.settings().feedCaFile();
    if (!ca.isEmpty()) {
        QFile file(ca);
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(tr("feed: cannot read %1: %2").arg(ca, file.errorString()));
        options.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.caCertificates.isEmpty())
            return c.fail(tr("feed: %1 holds no PEM certificate").arg(ca));
    }
    options.retries = c.settings().feedRetries();
    options.backoffMs = c.settings().feedBackoffMs();
    QNetworkAccessManager network;
    FeedSender sender(network, options);
    const QString endpoint = options.endpoint.toString();
    const FeedSender::Outcome outcome
        = sender.send(records, feed.delivered(), [&](const QJsonObject &record, int attempts) {
              return feed.markDelivered(record, endpoint, attempts, QDateTime::currentMSecsSinceEpoch());
          });
    c.out << tr("feed: %1 delivered, %2 delivered before, %3 requests")
                 .arg(outcome.sent)
                 .arg(outcome.skipped)
                 .arg(outcome.attempts)
          << Qt::endl;
    return outcome.error.isEmpty() ? Ok : c.fail(QStringLiteral("feed: ") + outcome.error);
}
