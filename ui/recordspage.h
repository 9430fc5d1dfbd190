#pragma once
// Kinds of record as tabs, each a RecordListPane. By default the administrator's registry (vehicles, drivers,
// agencies, fuel cards, stations, geofences); other pages (the ledgers) pass their own kinds.
#include "ui/uicontext.h"

#include <QStringList>
#include <QWidget>

class QTabWidget;
class RecordListPane;

class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsPage(const UiContext &context, QWidget *parent = nullptr);
    RecordsPage(const UiContext &context, const QStringList &kinds, QWidget *parent = nullptr);

    RecordListPane *pane(const QString &kind) const;
    void showKind(const QString &kind);

signals:
    void message(const QString &text);

private:
    QTabWidget *m_tabs;
    QList<RecordListPane *> m_panes;
};
