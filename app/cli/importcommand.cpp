#include "app/cli/importcommand.h"

#include "app/cli/clicontext.h"
#include "interchange/recordimporter.h"

QString ImportCommand::synopsis() const
{
    return QStringLiteral("import KIND FILE [--plate PLATE]");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return { { QStringLiteral("plate"), tr("The vehicle's plate (the car an NMEA log belongs to)."),
        tr("PLATE") } };
}

int ImportCommand::run(CliContext &c)
{
    if (c.args.size() != 2)
        return c.usage(synopsis());
    RecordImporter importer(*c.store);
    importer.setPlate(c.value(QStringLiteral("plate")));
    const ImportOutcome outcome = importer.importFile(c.args.at(0), c.args.at(1), c.user());
    if (!outcome.ok) {
        for (const ImportError &e : outcome.errors)
            c.err << e.toString() << Qt::endl;
        return DataError;
    }
    for (const QString &note : outcome.notes)
        c.err << c.args.at(1) << QStringLiteral(": ") << note << Qt::endl;
    c.out << tr("%1: %2 records read, %3 added or changed")
                 .arg(c.args.at(1))
                 .arg(outcome.rows)
                 .arg(outcome.changed)
          << Qt::endl;
    return Ok;
}
