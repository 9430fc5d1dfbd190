#pragma once
// Every command of fleetdesk-cli, in the order --help lists them.
#include "app/cli/clicommand.h"

#include <memory>
#include <vector>

namespace CliCommands {

std::vector<std::unique_ptr<CliCommand>> all();

} // namespace CliCommands
