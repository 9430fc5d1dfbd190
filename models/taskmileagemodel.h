#pragma once
// Dispatch orders with their tracked mileage next to the navigation mileage: puts two columns ("Tracked km",
// "Tracked ÷ nav") after the columns of a RecordTableModel of kind "tasks". A task's km are measured only
// when a view (or a filter) asks for them, a few milliseconds' worth per event-loop turn so the window never
// stalls, and kept by (vehicle, window) until positions change.
#include <QHash>
#include <QIdentityProxyModel>
#include <QSet>
#include <QTimer>
#include <memory>

class RecordStore;
class RecordTableModel;
class TaskMileage;

class TaskMileageModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Roles { KmRole = Qt::UserRole + 100 }; // the tracked km as a number, or null while not measured

    // ratioLimit marks tasks at or above the mileage rule's threshold; maxSpeedKmh is the jump filter's.
    TaskMileageModel(RecordStore *store, RecordTableModel *tasks, double ratioLimit, double maxSpeedKmh,
        QObject *parent = nullptr);
    ~TaskMileageModel() override;

    int trackedColumn() const;
    int ratioColumn() const;
    bool isMeasuring() const { return !m_queue.isEmpty(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    // Forget every measurement (positions were imported).
    void invalidate();

private:
    struct Measured
    {
        double km = 0;
        int fixCount = 0;
    };
    struct TaskWindow
    {
        QString key, vehicleId;
        qint64 startMs = 0, endMs = 0;
        double navKm = 0;
    };
    TaskWindow windowOf(int row) const;
    void measureSome();
    int sourceColumns() const;

    RecordTableModel *m_tasks;
    std::unique_ptr<TaskMileage> m_mileage;
    double m_ratioLimit;
    QHash<QString, Measured> m_cache; // by vehicle id and window
    mutable QList<int> m_queue; // rows asked for and not measured yet
    mutable QSet<int> m_queued;
    mutable QTimer m_timer;
};
