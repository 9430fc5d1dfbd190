#include "maps/trackcellscheduler.h"

#include <QMetaObject>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>

// What the GUI thread asks of the cell workers and what they hand back. Everything but `generation` is
// guarded by `mutex`; `generation` is also read by a worker between line ranges, to stop drawing a cell that
// is no longer wanted.
struct TrackCellScheduler::Queue
{
    struct Request
    {
        quint64 key = 0;
        qint64 cx = 0, cy = 0;
    };
    mutable std::mutex mutex;
    std::atomic<quint64> generation { 1 }; // bumped when everything asked for so far is obsolete
    std::shared_ptr<const trackgeo::Geometry> geometry; // what the requests are drawn from: immutable, shared
    qreal dpr = 1.0;
    std::deque<Request> pending; // nearest the view's centre first
    QSet<quint64> drawing; // taken by a worker, of the current generation
    std::vector<Finished> finished; // of the current generation, not taken yet
    int workers = 0; // runWorker() loops started for this queue and not returned
    QObject *receiver = nullptr; // null once the scheduler is gone
    std::function<void()> ready;
    bool notified = false; // a call to ready() is posted and not run yet
    Counts counts;
    // Tests: holding the workers.
    std::mutex holdMutex;
    std::condition_variable holdChanged;
    bool held = false;

    void waitWhileHeld()
    {
        std::unique_lock<std::mutex> lock(holdMutex);
        holdChanged.wait(lock, [this] { return !held; });
    }
};

TrackCellScheduler::TrackCellScheduler(
    QThreadPool *cells, QThreadPool *release, QObject *receiver, std::function<void()> ready)
    : m_cells(cells)
    , m_release(release)
    , m_queue(std::make_shared<Queue>())
{
    m_queue->receiver = receiver;
    m_queue->ready = std::move(ready);
}

// A cell still being drawn holds only shared, immutable data (and the queue): it may finish after the
// scheduler is gone, and then hands its image to no one.
TrackCellScheduler::~TrackCellScheduler()
{
    obsolete();
    hold(false);
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    m_queue->receiver = nullptr;
}

void TrackCellScheduler::release(QThreadPool *pool, std::shared_ptr<const trackgeo::Geometry> geometry)
{
    // A cell worker may hold a reference, so ours is handed to the pool even when it is not the last
    // (use_count() could change under us).
    if (geometry && pool)
        pool->start([g = std::move(geometry)]() mutable { g.reset(); });
}

int TrackCellScheduler::inFlight() const
{
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    return int(m_queue->pending.size()) + int(m_queue->drawing.size()) + int(m_queue->finished.size());
}

int TrackCellScheduler::beingDrawn() const
{
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    return int(m_queue->drawing.size());
}

TrackCellScheduler::Counts TrackCellScheduler::counts() const
{
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    return m_queue->counts;
}

void TrackCellScheduler::hold(bool held)
{
    {
        const std::lock_guard<std::mutex> lock(m_queue->holdMutex);
        m_queue->held = held;
    }
    m_queue->holdChanged.notify_all();
}

void TrackCellScheduler::runWorker(std::shared_ptr<Queue> queue)
{
    for (;;) {
        Queue::Request request;
        std::shared_ptr<const trackgeo::Geometry> geometry;
        quint64 generation = 0;
        qreal dpr = 1.0;
        {
            const std::lock_guard<std::mutex> lock(queue->mutex);
            if (queue->pending.empty() || !queue->geometry) {
                --queue->workers;
                return;
            }
            request = queue->pending.front();
            queue->pending.pop_front();
            generation = queue->generation.load();
            geometry = queue->geometry;
            dpr = queue->dpr;
            queue->drawing.insert(request.key);
        }
        queue->waitWhileHeld();
        QImage image
            = trackgeo::renderCell(*geometry, request.cx, request.cy, dpr, &generation, &queue->generation);
        geometry.reset(); // if it is the last reference, the geometry is freed here, not on the GUI thread

        const std::lock_guard<std::mutex> lock(queue->mutex);
        if (image.isNull() || generation != queue->generation.load()) {
            ++queue->counts.obsoleted;
            if (image.isNull())
                ++queue->counts.abandoned;
            continue;
        }
        ++queue->counts.renderedByWorkers;
        queue->drawing.remove(request.key);
        queue->finished.push_back({ request.key, std::move(image) });
        if (!queue->notified && queue->receiver) {
            queue->notified = true;
            // Runs on the receiver's thread; dropped if the receiver is deleted before.
            QMetaObject::invokeMethod(queue->receiver, queue->ready, Qt::QueuedConnection);
        }
    }
}

void TrackCellScheduler::obsolete()
{
    std::shared_ptr<const trackgeo::Geometry> geometry;
    {
        const std::lock_guard<std::mutex> lock(m_queue->mutex);
        ++m_queue->generation; // a worker drawing a cell stops at its next line range
        m_queue->counts.obsoleted += int(m_queue->pending.size() + m_queue->finished.size());
        m_queue->pending.clear();
        m_queue->drawing.clear(); // the workers count these when they stop
        m_queue->finished.clear();
        geometry = std::move(m_queue->geometry);
        m_queue->geometry.reset();
    }
    release(m_release, std::move(geometry));
}

void TrackCellScheduler::request(const std::vector<std::pair<qint64, qint64>> &cells,
    const std::shared_ptr<const trackgeo::Geometry> &geometry, qreal dpr)
{
    const int zoom = geometry->zoom;
    int start = 0;
    {
        const std::lock_guard<std::mutex> lock(m_queue->mutex);
        Queue &q = *m_queue;
        if (q.geometry != geometry)
            q.geometry = geometry;
        q.dpr = dpr;
        QSet<quint64> wanted;
        wanted.reserve(qsizetype(cells.size()));
        std::deque<Queue::Request> pending;
        for (const auto &[cx, cy] : cells) {
            const quint64 key = trackgeo::imageKey(zoom, cx, cy);
            wanted.insert(key);
            const bool finished = std::any_of(
                q.finished.begin(), q.finished.end(), [key](const auto &f) { return f.key == key; });
            if (!finished && !q.drawing.contains(key))
                pending.push_back({ key, cx, cy });
        }
        for (const Queue::Request &r : q.pending) {
            if (!wanted.contains(r.key))
                ++q.counts.obsoleted; // scrolled out of view before a worker took it
        }
        q.pending = std::move(pending);
        const int limit = m_cells->maxThreadCount();
        while (q.workers < limit && q.workers < int(q.pending.size())) {
            ++q.workers;
            ++start;
        }
    }
    for (int i = 0; i < start; ++i)
        m_cells->start([queue = m_queue] { runWorker(queue); });
}

std::vector<TrackCellScheduler::Finished> TrackCellScheduler::takeFinished()
{
    std::vector<Finished> finished;
    const std::lock_guard<std::mutex> lock(m_queue->mutex);
    finished.swap(m_queue->finished);
    m_queue->notified = false;
    return finished;
}
