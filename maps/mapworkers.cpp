#include "maps/mapworkers.h"

#include <QThread>
#include <algorithm>

MapWorkers::MapWorkers()
{
    m_builds.setMaxThreadCount(1);
    m_cells.setMaxThreadCount(std::min(2, QThread::idealThreadCount()));
}
