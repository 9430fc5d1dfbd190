#include "ui/ledgerspage.h"

LedgersPage::LedgersPage(const UiContext &context, QWidget *parent)
    // Refuels first: they are entered weekly and feed two of the fuel rules.
    : RecordsPage(context,
        { QStringLiteral("refuels"), QStringLiteral("violations"), QStringLiteral("maintenance") }, parent)
{ }
