#pragma once
// The ledgers (台账): refuels, traffic violations and maintenance, one RecordListPane per tab. The
// administrator keeps them; other roles read them.
#include "uicontext.h"

#include <QWidget>

class QTabWidget;
class RecordListPane;

class LedgersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LedgersPage(const UiContext &context, QWidget *parent = nullptr);

    RecordListPane *pane(const QString &kind) const;
    void showKind(const QString &kind);

signals:
    void message(const QString &text);

private:
    QTabWidget *m_tabs;
    QList<RecordListPane *> m_panes;
};
