#pragma once
// The ledgers (台账): refuels, traffic violations and maintenance, one RecordListPane per tab. The
// administrator keeps them; other roles read them.
#include "ui/recordspage.h"

class LedgersPage : public RecordsPage
{
    Q_OBJECT

public:
    explicit LedgersPage(const UiContext &context, QWidget *parent = nullptr);
};
