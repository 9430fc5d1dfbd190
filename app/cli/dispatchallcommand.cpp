#include "app/cli/dispatchallcommand.h"

#include "app/cli/clicontext.h"
#include "domain/dispatchplanner.h"
#include "domain/dispatchservice.h"

#include <QDate>

QString DispatchAllCommand::synopsis() const
{
    return QStringLiteral("dispatch-all --date DATE [--apply]");
}

QList<QCommandLineOption> DispatchAllCommand::options() const
{
    return {
        { QStringLiteral("date"), tr("The day whose approved requests dispatch-all plans, YYYY-MM-DD."),
            tr("DATE") },
        { QStringLiteral("apply"), tr("dispatch-all: store the plan, not only print it.") },
    };
}

int DispatchAllCommand::run(CliContext &c)
{
    const QDate day = QDate::fromString(c.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid() || !c.args.isEmpty())
        return c.usage(synopsis());
    const DispatchPlan plan = DispatchPlanner(*c.store).planDay(day);
    if (plan.assignments.isEmpty() && plan.unassigned.isEmpty()) {
        c.out << tr("no approved requests on %1").arg(day.toString(Qt::ISODate)) << Qt::endl;
        return Ok;
    }
    c.out << tr("plan for %1: %2 assigned, %3 unassigned, total cost %4 (%5)")
                 .arg(day.toString(Qt::ISODate))
                 .arg(plan.assignments.size())
                 .arg(plan.unassigned.size())
                 .arg(plan.totalCost, 0, 'f', 2)
                 .arg(plan.provenOptimal
                         ? tr("optimal, %n node(s) searched", nullptr, plan.nodesExplored)
                         : tr("best found; the search stopped after %n node(s)", nullptr, plan.nodesExplored)
                             + (plan.optimalityGap >= 0
                                     ? tr(", at most %1 above the optimum").arg(plan.optimalityGap, 0, 'f', 2)
                                     : QString()))
          << Qt::endl;
    for (const PlannedDispatch &p : plan.assignments) {
        c.out << QStringLiteral("%1  %2  %3").arg(p.requestCode, -10).arg(p.plate, -12).arg(p.driverCode, -8)
              << tr("vehicle %1, driver %2").arg(p.vehicleCost, 0, 'f', 2).arg(p.driverCost, 0, 'f', 2)
              << Qt::endl;
    }
    for (const QString &code : plan.unassigned)
        c.out << tr("%1  unassigned: %2").arg(code, -10).arg(plan.whyUnassigned.value(code)) << Qt::endl;
    if (!c.isSet(QStringLiteral("apply")))
        return Ok;
    const DispatchResult applied = DispatchService(*c.store).dispatchPlan(plan, c.user());
    if (!applied.ok)
        return c.fail(QStringList { tr("nothing was stored:") } + applied.errors);
    c.out << tr("stored %n dispatch order(s)", nullptr, int(plan.assignments.size())) << Qt::endl;
    return Ok;
}
