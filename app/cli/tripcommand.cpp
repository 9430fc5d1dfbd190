#include "app/cli/tripcommand.h"

#include "app/cli/clicontext.h"
#include "base/timeparse.h"
#include "domain/dispatchservice.h"

#include <QDateTime>

QString TripCommand::name() const
{
    return m_step == Step::Depart ? QStringLiteral("depart") : QStringLiteral("return");
}

QString TripCommand::synopsis() const
{
    return name() + QStringLiteral(" REQUEST --odometer KM [--time TIME]");
}

QList<QCommandLineOption> TripCommand::options() const
{
    return {
        { QStringLiteral("time"), tr("When the car left or came back (default: now)."), tr("TIME") },
        { QStringLiteral("odometer"), tr("The odometer reading in km."), tr("KM") },
    };
}

int TripCommand::run(CliContext &c)
{
    const QString code = c.args.value(0);
    const std::optional<qint64> time = c.isSet(QStringLiteral("time"))
        ? TimeParse::parseMs(c.value(QStringLiteral("time")))
        : std::optional<qint64>(QDateTime::currentMSecsSinceEpoch());
    bool numeric = false;
    const double odometer = c.value(QStringLiteral("odometer")).toDouble(&numeric);
    if (c.args.size() != 1 || !time || !numeric)
        return c.usage(synopsis());
    DispatchService service(*c.store);
    const DispatchResult result = m_step == Step::Depart ? service.depart(code, *time, odometer, c.user())
                                                         : service.returned(code, *time, odometer, c.user());
    return result.ok ? Ok : c.fail(result.errors);
}
