#pragma once
// The map layers' own worker threads, made once by whoever shows maps (the trip review, the command line's
// renderer, a test) and handed to each TrackLayer: one builds a zoom's geometry and frees dropped ones, so
// builds never wait behind a check or an import in the global pool and the other core is left to the GUI on
// the 2-core machines of DESIGN §9; up to two draw cells, so the GUI thread still gets a core now and then
// (it only blits), and cells of the zoom in view are drawn while the next zoom is built. Destroying it waits
// for what was started.
#include <QThreadPool>

class MapWorkers
{
public:
    MapWorkers();
    QThreadPool *builds() { return &m_builds; }
    QThreadPool *cells() { return &m_cells; }

private:
    // Declared in this order so the cell pool goes first: a cell worker may hand a geometry to the builds.
    QThreadPool m_builds;
    QThreadPool m_cells;
};
