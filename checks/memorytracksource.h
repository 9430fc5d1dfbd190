// A TrackSource over fixes held in memory: tests, small imports, and benchmarks.
#pragma once

#include "checks/tracksource.h"

#include <QHash>

namespace checks {

class MemoryTrackSource : public TrackSource
{
public:
    // Appends and keeps the vehicle's fixes sorted by time. Not thread-safe: fill before checking.
    void add(const QString &plate, std::vector<Fix> fixes);
    void add(const QString &plate, const Fix &fix);

    std::vector<Fix> fixes(const QString &plate, qint64 fromMs, qint64 toMs) const override;
    std::size_t size() const;

private:
    QHash<QString, std::vector<Fix>> m_tracks;
};

} // namespace checks
