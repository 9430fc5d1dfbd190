#include "ui/ledgerspage.h"
#include "store/recordkinds.h"

LedgersPage::LedgersPage(const UiContext &context, QWidget *parent)
    // Refuels first: they are entered weekly and feed two of the fuel rules.
    : RecordsPage(context,
        { Kind::Refuels, Kind::Violations, Kind::Maintenance, Kind::Plans, Kind::Shops, Kind::Payments },
        parent)
{ }
