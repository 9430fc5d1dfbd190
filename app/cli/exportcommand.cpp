#include "app/cli/exportcommand.h"

#include "app/cli/clicontext.h"
#include "interchange/recordexporter.h"

QString ExportCommand::synopsis() const
{
    return QStringLiteral("export KIND FILE");
}

int ExportCommand::run(CliContext &c)
{
    if (c.args.size() != 2)
        return c.usage(synopsis());
    RecordExporter exporter(*c.store);
    if (!exporter.exportFile(c.args.at(0), c.args.at(1)))
        return c.fail(exporter.errorString());
    c.out << tr("%1: %2 records written").arg(c.args.at(1)).arg(exporter.rowsWritten()) << Qt::endl;
    return Ok;
}
