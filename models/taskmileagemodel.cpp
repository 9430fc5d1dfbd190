#include "models/taskmileagemodel.h"
#include "base/timeparse.h"
#include "domain/anomalytext.h"
#include "domain/taskmileage.h"
#include "models/recordtablemodel.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QElapsedTimer>

namespace {
constexpr int kSliceMs = 15; // measuring yields to the event loop this often
}

TaskMileageModel::TaskMileageModel(
    RecordStore *store, RecordTableModel *tasks, double ratioLimit, double maxSpeedKmh, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_tasks(tasks)
    , m_ratioLimit(ratioLimit)
{
    geo::JumpFilterOptions options;
    options.maxSpeedKmh = maxSpeedKmh;
    m_mileage = std::make_unique<TaskMileage>(store->database(), options);
    setSourceModel(tasks);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TaskMileageModel::measureSome);
    // Rows are renumbered on a reset; what was asked for is asked again by whoever still shows it.
    connect(tasks, &QAbstractItemModel::modelReset, this, [this] {
        m_queue.clear();
        m_queued.clear();
    });
    connect(store, &RecordStore::recordsChanged, this, [this](const QString &kind) {
        if (kind == Kind::Positions)
            invalidate();
    });
}

TaskMileageModel::~TaskMileageModel() = default;

int TaskMileageModel::sourceColumns() const
{
    return m_tasks->columnCount();
}

int TaskMileageModel::trackedColumn() const
{
    return sourceColumns();
}

int TaskMileageModel::ratioColumn() const
{
    return sourceColumns() + 1;
}

int TaskMileageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sourceColumns() + 2;
}

int TaskMileageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_tasks->rowCount();
}

bool TaskMileageModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex TaskMileageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (column >= sourceColumns())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex TaskMileageModel::parent(const QModelIndex &) const
{
    return {}; // a flat table
}

QModelIndex TaskMileageModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QModelIndex TaskMileageModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.column() >= sourceColumns())
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

Qt::ItemFlags TaskMileageModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() >= sourceColumns())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

QVariant TaskMileageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= sourceColumns()) {
        const bool tracked = section == trackedColumn();
        if (role == Qt::DisplayRole)
            return tracked ? tr("Tracked km") : tr("Tracked ÷ nav");
        if (role == Qt::ToolTipRole) {
            return tracked ? tr("Kilometres of the vehicle's track inside the booked window, after dropping "
                                "position jumps, as the mileage rule measures them")
                           : tr("Tracked km divided by navigation km; at %1 or more the mileage rule reports "
                                "the order")
                                 .arg(AnomalyText::number(m_ratioLimit, 2));
        }
        return {};
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

TaskMileageModel::TaskWindow TaskMileageModel::windowOf(int row) const
{
    const Record r = m_tasks->recordAt(row);
    TaskWindow w;
    w.vehicleId = r.text(Field::VehicleId);
    w.startMs = TimeParse::parseMs(r.text(Field::StartAt)).value_or(0);
    w.endMs = TimeParse::parseMs(r.text(Field::EndAt)).value_or(0);
    w.navKm = r.value(Field::NavKm).toDouble();
    w.key = w.vehicleId + QLatin1Char('|') + QString::number(w.startMs) + QLatin1Char('|')
        + QString::number(w.endMs);
    return w;
}

QVariant TaskMileageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() < sourceColumns())
        return QIdentityProxyModel::data(index, role);
    if (index.row() >= rowCount())
        return {};
    const TaskWindow w = windowOf(index.row());
    const auto cached = m_cache.constFind(w.key);
    if (cached == m_cache.cend()) {
        if ((role == Qt::DisplayRole || role == RecordTableModel::SortRole)
            && !m_queued.contains(index.row())) {
            m_queued.insert(index.row());
            m_queue.append(index.row());
            m_timer.start();
        }
        if (role == Qt::DisplayRole)
            return tr("…");
        return {};
    }
    const bool tracked = index.column() == trackedColumn();
    const double ratio = w.navKm > 0 ? cached->km / w.navKm : 0;
    switch (role) {
    case KmRole:
        return cached->km;
    case RecordTableModel::SortRole:
        if (tracked)
            return cached->fixCount ? cached->km : -1.0;
        return cached->fixCount && w.navKm > 0 ? ratio : -1.0;
    case Qt::DisplayRole:
        if (!cached->fixCount)
            return tracked ? tr("no track") : QString();
        if (tracked)
            return AnomalyText::number(cached->km);
        if (w.navKm <= 0)
            return QString();
        // At or above the rule's limit (inclusive, §5) the figure says so in words, not only by colour.
        return ratio >= m_ratioLimit * (1 - 1e-9)
            ? tr("%1 ≥ %2").arg(AnomalyText::number(ratio, 2), AnomalyText::number(m_ratioLimit, 2))
            : AnomalyText::number(ratio, 2);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%n fix(es) inside the booked window", nullptr, cached->fixCount);
    default:
        return {};
    }
}

void TaskMileageModel::measureSome()
{
    QElapsedTimer clock;
    clock.start();
    QList<int> done;
    while (!m_queue.isEmpty() && clock.elapsed() < kSliceMs) {
        const int row = m_queue.takeFirst();
        m_queued.remove(row);
        if (row >= rowCount())
            continue;
        const TaskWindow w = windowOf(row);
        if (!m_cache.contains(w.key)) {
            const TaskMileage::Result r = m_mileage->measure(w.vehicleId, w.startMs, w.endMs);
            m_cache.insert(w.key, { r.km, r.fixCount });
        }
        done << row;
    }
    for (int row : std::as_const(done))
        emit dataChanged(index(row, trackedColumn()), index(row, ratioColumn()));
    if (!m_queue.isEmpty())
        m_timer.start();
}

void TaskMileageModel::invalidate()
{
    m_cache.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, trackedColumn()), index(rowCount() - 1, ratioColumn()));
}
