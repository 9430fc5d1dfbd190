#include "app/cli/clicommands.h"

#include "app/cli/checkcommand.h"
#include "app/cli/comparefinancecommand.h"
#include "app/cli/democommand.h"
#include "app/cli/dispatchallcommand.h"
#include "app/cli/dispatchcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/movecommand.h"
#include "app/cli/printordercommand.h"
#include "app/cli/rendercommand.h"
#include "app/cli/requestcommand.h"
#include "app/cli/settlecommand.h"
#include "app/cli/statementcommand.h"
#include "app/cli/suggestcommand.h"
#include "app/cli/synccommand.h"
#include "app/cli/tripcommand.h"
#include "app/cli/verifycommand.h"

namespace CliCommands {

std::vector<std::unique_ptr<CliCommand>> all()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<RequestCommand>());
    list.push_back(std::make_unique<SuggestCommand>());
    list.push_back(std::make_unique<DispatchCommand>());
    list.push_back(std::make_unique<DispatchAllCommand>());
    list.push_back(std::make_unique<MoveCommand>());
    list.push_back(std::make_unique<TripCommand>(TripCommand::Step::Depart));
    list.push_back(std::make_unique<TripCommand>(TripCommand::Step::Return));
    list.push_back(std::make_unique<PrintOrderCommand>());
    list.push_back(std::make_unique<RenderCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<SettleCommand>());
    list.push_back(std::make_unique<CompareFinanceCommand>());
    list.push_back(std::make_unique<StatementCommand>());
    list.push_back(std::make_unique<SyncCommand>());
    return list;
}

} // namespace CliCommands
