#pragma once
// "Dispatch all": the day's approved requests planned at once (DispatchPlanner, an exact min-cost matching)
// and shown for confirmation — which car and driver each request gets and at what cost, and why the others
// get none. The plan is computed on a worker with its own connection to the file, so the window stays
// responsive however long the search takes; closing the dialog drops the plan. Storing it is the page's
// business (DispatchService::dispatchPlan, one transaction, the booking rules again).
#include "domain/dispatchplanner.h"
#include "models/backgroundjob.h"

#include <QDate>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;
class RecordStore;

class DispatchAllDialog : public QDialog
{
    Q_OBJECT

public:
    DispatchAllDialog(
        const RecordStore &store, const QString &databasePath, const QDate &day, QWidget *parent = nullptr);
    ~DispatchAllDialog() override;

    const DispatchPlan &plan() const { return m_plan; }
    // Until the plan is shown: the worker may be done while its result still waits in the event queue.
    bool isPlanning() const { return !m_ready; }
    QTreeWidget *planView() const { return m_view; }
    QLabel *summary() const { return m_summary; }

signals:
    void planReady();

private:
    void showPlan();

    const RecordStore &m_store;
    QDate m_day;
    DispatchPlan m_plan;
    bool m_ready = false;
    BackgroundJob<DispatchPlan> m_job; // only reads: dropped, not waited for, when the dialog closes
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_view;
    QDialogButtonBox *m_buttons;
};
