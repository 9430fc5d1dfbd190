#include "app/cli/synccommand.h"

#include "app/cli/clicontext.h"
#include "store/recordstore.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QFile>

QList<QCommandLineOption> SyncCommand::options() const
{
    return { { QStringLiteral("server"), tr("The sync server, https://HOST:PORT."), tr("URL") },
        { QStringLiteral("user"), tr("The user name to sign in to the sync server with."), tr("USER") },
        { QStringLiteral("password-file"), tr("A file whose first line is the password (sync)."),
            tr("FILE") },
        { QStringLiteral("ca"),
            tr("The CA certificate (PEM) of a private CA that signed the server's certificate."),
            tr("FILE") } };
}

int SyncCommand::run(CliContext &c)
{
    if (!c.args.isEmpty() || c.value(QStringLiteral("server")).isEmpty()
        || c.value(QStringLiteral("user")).isEmpty() || c.value(QStringLiteral("password-file")).isEmpty())
        return c.usage(synopsis());
    const QString passwordFile = c.value(QStringLiteral("password-file"));
    QFile f(passwordFile);
    if (!f.open(QIODevice::ReadOnly))
        return c.fail(tr("%1: the password file cannot be read: %2").arg(passwordFile, f.errorString()));
    const QString password = QString::fromUtf8(f.readLine()).trimmed();
    if (password.isEmpty())
        return c.fail(tr("%1: the first line (the password) is empty").arg(passwordFile));

    SyncClient client;
    QString error;
    if (!client.configure(c.value(QStringLiteral("server")), c.value(QStringLiteral("ca")), &error))
        return c.fail(error);
    SyncEngine engine(*c.store, client);
    const SyncReport report = engine.run(c.value(QStringLiteral("user")), password);
    if (client.signedIn())
        client.logout();
    if (!report.ok)
        return c.fail(tr("sync with %1 failed: %2 (%3 local changes still waiting)")
                          .arg(c.value(QStringLiteral("server")), report.error)
                          .arg(report.pending));
    c.out << tr("synced with %1 as %2 (%3): %4 changes pushed, %5 received, %6 waiting")
                 .arg(c.value(QStringLiteral("server")), client.user(), client.role())
                 .arg(report.pushed)
                 .arg(report.pulled)
                 .arg(report.pending)
          << Qt::endl;
    if (report.problems.isEmpty())
        return Ok;
    QStringList lines;
    lines << tr(
        "%n change(s) came back as conflicts or refusals (kept with both versions; choose in the app):",
        nullptr, int(report.problems.size()));
    for (const SyncConflict &p : report.problems) {
        const std::optional<Record> local = c.store->record(p.kind, p.recordId);
        const QString name = local ? c.store->describe(p.kind, *local) : p.recordId;
        if (p.resolution == QLatin1String("requeued"))
            lines << tr("  %1 %2: refused (%3): %4; its trip request is back in the queue")
                         .arg(p.kind, name, p.code, p.message);
        else
            lines << tr("  %1 %2: %3 (%4): %5").arg(p.kind, name, p.status, p.code, p.message);
    }
    return c.fail(lines);
}
