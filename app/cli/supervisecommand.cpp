#include "app/cli/supervisecommand.h"

#include "app/cli/clicontext.h"
#include "base/appsettings.h"
#include "domain/supervisionservice.h"

QString SuperviseCommand::synopsis() const
{
    return QStringLiteral("supervise --from-anomaly KEY... | --from-complaint NO [--unit CODE] [--text T]");
}

QList<QCommandLineOption> SuperviseCommand::options() const
{
    return {
        { QStringLiteral("from-anomaly"),
            tr("A finding's key, as check --format json prints it (repeatable, or several keys after it)."),
            tr("KEY") },
        { QStringLiteral("from-complaint"), tr("A public complaint's number."), tr("NO") },
        { QStringLiteral("unit"), tr("The agency that answers, when the records do not say."), tr("CODE") },
        { QStringLiteral("text"), tr("What the agency is to explain, or the text of a reply or acceptance."),
            tr("TEXT") },
    };
}

int SuperviseCommand::run(CliContext &c)
{
    const bool fromAnomaly = c.isSet(QStringLiteral("from-anomaly"));
    const bool fromComplaint = c.isSet(QStringLiteral("from-complaint"));
    // --from-anomaly K1 K2 K3: the keys after the first arrive as positional arguments.
    if (fromAnomaly == fromComplaint || (fromComplaint && !c.args.isEmpty()))
        return c.usage(synopsis());
    SupervisionService service(*c.store, SupervisionSettings::from(c.settings()));
    const QString unit = c.value(QStringLiteral("unit"));
    const QString text = c.value(QStringLiteral("text"));
    const SupervisionResult r = fromAnomaly
        ? service.draftFromFindings(
            c.parser.values(QStringLiteral("from-anomaly")) + c.args, c.user(), unit, text)
        : service.draftFromComplaint(c.value(QStringLiteral("from-complaint")), c.user(), unit, text);
    if (!r.ok)
        return c.fail(QStringLiteral("supervise: ") + r.error);
    c.out << r.number << Qt::endl;
    return Ok;
}
