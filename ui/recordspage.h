#pragma once
// The administrator's records: one tab per kind (agencies, vehicles, drivers, fuel cards, stations,
// geofences), each a RecordListPane.
#include "uicontext.h"

#include <QWidget>

class QTabWidget;
class RecordListPane;

class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsPage(const UiContext &context, QWidget *parent = nullptr);

    RecordListPane *pane(const QString &kind) const;
    void showKind(const QString &kind);

signals:
    void message(const QString &text);

private:
    QTabWidget *m_tabs;
    QList<RecordListPane *> m_panes;
};
