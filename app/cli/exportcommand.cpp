#include "app/cli/exportcommand.h"

#include "app/cli/clicontext.h"
#include "base/timeparse.h"
#include "interchange/exporttarget.h"
#include "interchange/positionexporter.h"
#include "interchange/recordexporter.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

QString ExportCommand::synopsis() const
{
    return QStringLiteral("export KIND FILE [--plate PLATE] [--from DATE] [--to DATE]");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        { QStringLiteral("plate"), tr("The vehicle's plate (positions of one car)."), tr("PLATE") },
        { QStringLiteral("from"), tr("First day, YYYY-MM-DD (Beijing time)."), tr("DATE") },
        { QStringLiteral("to"), tr("Last day, inclusive, YYYY-MM-DD."), tr("DATE") },
    };
}

int ExportCommand::run(CliContext &c)
{
    if (c.args.size() != 2)
        return c.usage(synopsis());
    const QString kind = c.args.at(0);
    const QString path = c.args.at(1);
    const bool selects = c.isSet(QStringLiteral("plate")) || c.isSet(QStringLiteral("from"))
        || c.isSet(QStringLiteral("to"));
    if (kind != Kind::Positions) {
        if (selects) {
            c.err << tr("--plate, --from and --to select positions only") << Qt::endl;
            return UsageError;
        }
        RecordExporter exporter(*c.store);
        if (!exporter.exportFile(kind, path))
            return c.fail(exporter.errorString());
        c.out << tr("%1: %2 records written").arg(path).arg(exporter.rowsWritten()) << Qt::endl;
        return Ok;
    }
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return c.fail(
            tr("%1: positions are exported as CSV or GPX (a month of tracks exceeds a workbook's rows)")
                .arg(path));
    if (const QString refused = ExportTarget::refusal(path, c.store->database().databaseName());
        !refused.isEmpty())
        return c.fail(refused);
    PositionExporter exporter(*c.store);
    if (c.isSet(QStringLiteral("plate"))) {
        if (c.value(QStringLiteral("plate")).trimmed().isEmpty()) {
            c.err << tr("--plate needs a plate") << Qt::endl;
            return UsageError;
        }
        exporter.setPlate(c.value(QStringLiteral("plate")));
    }
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    for (const auto &[option, target, daysAfter] :
        { std::tuple { "from", &fromMs, 0 }, { "to", &toMs, 1 } }) {
        const QString name = QLatin1String(option);
        if (!c.isSet(name))
            continue;
        const std::optional<qint64> day = TimeParse::parseDateMs(c.value(name));
        if (!day) {
            c.err << tr("--%1 is a date as YYYY-MM-DD, not %2").arg(name, c.value(name)) << Qt::endl;
            return UsageError;
        }
        *target = *day + daysAfter * 24 * 3600 * 1000LL; // --to is inclusive: up to the next Beijing midnight
    }
    if (toMs <= fromMs) {
        c.err << tr("--to is before --from") << Qt::endl;
        return UsageError;
    }
    exporter.setRange(fromMs, toMs);
    if (!exporter.exportFile(path))
        return c.fail(exporter.errorString());
    c.out << tr("%1: %2 fixes written").arg(path).arg(exporter.fixesWritten()) << Qt::endl;
    return Ok;
}
