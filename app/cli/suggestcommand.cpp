#include "app/cli/suggestcommand.h"

#include "app/cli/clicontext.h"
#include "domain/dispatchsuggestions.h"
#include "domain/naturalkeys.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordvalidator.h"

QString SuggestCommand::synopsis() const
{
    return QStringLiteral("suggest REQUEST [--plate PLATE]");
}

QList<QCommandLineOption> SuggestCommand::options() const
{
    return { { QStringLiteral("plate"), tr("The vehicle's plate (the car an NMEA log belongs to)."),
        tr("PLATE") } };
}

int SuggestCommand::run(CliContext &c)
{
    const QString requestCode = c.args.value(0);
    const QString plate = c.value(QStringLiteral("plate"));
    if (c.args.size() != 1)
        return c.usage(synopsis());
    // The edge: the request code and the plate become ids here; the suggestions take ids.
    const std::optional<Record> request = c.store->findByKey(Kind::Requests, requestCode);
    if (!request)
        return c.fail(tr("request %1 does not exist").arg(requestCode));
    const DispatchSuggestions suggestions(*c.store);
    auto print = [&c](const QList<Suggestion> &list, bool withFit) {
        for (const Suggestion &s : list.mid(0, 10)) {
            c.out << QStringLiteral("%1  %2  %3").arg(s.key, -12).arg(s.name, -10).arg(s.cost, 7, 'f', 1)
                  << QStringLiteral("   ")
                  << (withFit ? tr("fit %1, seats %2, ").arg(s.fitCost).arg(s.seatCost) : QString())
                  << tr("booked %1 h this month, idle %2")
                         .arg(s.bookedHours, 0, 'f', 1)
                         .arg(s.idleCost, 0, 'f', 1)
                  << Qt::endl;
        }
    };
    if (plate.isEmpty()) {
        const QList<Suggestion> cars = suggestions.vehicles(request->id);
        c.out << tr("%n free vehicle(s), best first (lower cost is better):", nullptr, int(cars.size()))
              << Qt::endl;
        print(cars, true);
        if (!cars.isEmpty())
            c.out << tr("drivers for %1: suggest %2 --plate %1").arg(cars.first().key, requestCode)
                  << Qt::endl;
    } else {
        const QList<Suggestion> drivers = suggestions.drivers(
            request->id, NaturalKeys::vehicleId(*c.store, RecordValidator::normalizedPlate(plate)));
        c.out << tr("%n free driver(s) for %1, best first:", nullptr, int(drivers.size())).arg(plate)
              << Qt::endl;
        print(drivers, false);
    }
    return Ok;
}
