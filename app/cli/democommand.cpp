#include "app/cli/democommand.h"

#include "app/cli/clicontext.h"
#include "demo/demodata.h"

QString DemoCommand::synopsis() const
{
    return QStringLiteral("demo");
}

int DemoCommand::run(CliContext &c)
{
    if (!c.args.isEmpty())
        return c.usage(synopsis());
    DemoData demo(*c.store, c.user());
    DemoSummary s;
    if (!demo.fill(&s, DemoData::Scope::FleetAndOperations))
        return c.fail(demo.errorString());
    c.out << tr("demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences")
                 .arg(s.units)
                 .arg(s.vehicles)
                 .arg(s.drivers)
                 .arg(s.cards)
                 .arg(s.stations)
                 .arg(s.fences)
          << Qt::endl;
    c.out << tr("operations: %1 dispatch orders, %2 fixes, %3 refuels, %4 violations, %5 maintenance entries")
                 .arg(s.tasks)
                 .arg(s.fixes)
                 .arg(s.refuels)
                 .arg(s.violations)
                 .arg(s.maintenance)
          << Qt::endl;
    c.out << tr("%1 records and %2 fixes added or changed").arg(s.changed).arg(s.fixesChanged) << Qt::endl;
    return Ok;
}
