#pragma once
// `depart REQUEST --odometer KM [--time TIME]` and `return …`: the car leaves or comes back, with the
// odometer.
#include "app/cli/clicommand.h"

class TripCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TripCommand)

public:
    enum class Step { Depart, Return };
    explicit TripCommand(Step step)
        : m_step(step)
    { }

    QString name() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int run(CliContext &context) override;

private:
    Step m_step;
};
