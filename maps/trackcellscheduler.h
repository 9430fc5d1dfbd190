#pragma once
// Hands a track's cells to worker threads to be drawn into images, nearest the view's centre first, and
// hands the finished images back to the GUI thread. The pool is given (MapWorkers::cells()), so nothing is
// global: each scheduler counts its own work, and a test can hold its workers. A new request replaces the
// cells still queued that left the view; obsolete() drops everything asked for so far, including a cell a
// worker is drawing, which stops at its next range of lines (a generation counter).
#include "maps/trackgeometry.h"

#include <QImage>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QObject;
class QThreadPool;

class TrackCellScheduler
{
public:
    struct Counts
    {
        int renderedByWorkers = 0;
        int obsoleted = 0; // asked for, then dropped: a zoom change, a new geometry, left the view
        int abandoned = 0; // of those: a worker had begun drawing it and stopped
    };
    struct Finished
    {
        quint64 key = 0; // trackgeo::imageKey
        QImage image;
    };

    // Cells are drawn on `cells`; a geometry dropped is freed on `release` (freeing a dense zoom takes tens
    // of milliseconds). `ready` runs on `receiver`'s thread when finished cells wait to be taken, once until
    // they are; never after `receiver` is gone or the scheduler destroyed.
    TrackCellScheduler(
        QThreadPool *cells, QThreadPool *release, QObject *receiver, std::function<void()> ready);
    ~TrackCellScheduler();

    // The cells (cx, cy) of `geometry`'s zoom to draw, nearest the centre first; those already queued,
    // drawn or finished are not asked for again, and queued ones no longer in the list are dropped.
    void request(const std::vector<std::pair<qint64, qint64>> &cells,
        const std::shared_ptr<const trackgeo::Geometry> &geometry, qreal dpr);
    void obsolete();
    std::vector<Finished> takeFinished();

    // Cells requested and not yet taken (queued, being drawn or finished), and of those the ones being drawn.
    int inFlight() const;
    int beingDrawn() const;
    Counts counts() const;
    // Tests only: while held, a worker that has begun a cell stops before its first line and waits.
    void hold(bool held);

    // Frees `geometry` on `pool` (or here when there is none): whoever drops the last reference frees it.
    static void release(QThreadPool *pool, std::shared_ptr<const trackgeo::Geometry> geometry);

private:
    struct Queue;
    static void runWorker(std::shared_ptr<Queue> queue);

    QThreadPool *m_cells;
    QThreadPool *m_release;
    std::shared_ptr<Queue> m_queue;
};
