#pragma once
// Dispatch orders (派车单) with their tracked mileage beside the navigation mileage, until the dispatch
// board takes this slot: the generic records pane for kind "tasks", with TaskMileageModel slid in under its
// filter so the two extra columns sort and search like the others.
#include "ui/uicontext.h"

#include <QWidget>

class RecordListPane;
class TaskMileageModel;

class TasksPage : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPage(const UiContext &context, QWidget *parent = nullptr);

    RecordListPane *pane() const { return m_pane; }
    TaskMileageModel *mileage() const { return m_mileage; }

signals:
    void message(const QString &text);

private:
    RecordListPane *m_pane;
    TaskMileageModel *m_mileage;
};
