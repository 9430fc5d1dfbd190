// Where the rules get positions from. A city month is ~23 M fixes, so nothing holds them all: each rule asks
// for exactly the vehicle and time range it judges, and the store decodes just that.
#pragma once

#include "checks/checkdata.h"

#include <QString>

#include <vector>

namespace checks {

class TrackSource
{
public:
    virtual ~TrackSource() = default;

    // Fixes of `plate` with fromMs <= time < toMs, sorted by time. Called concurrently from the runner's
    // worker threads, so implementations must be safe for concurrent reads.
    virtual std::vector<Fix> fixes(const QString &plate, qint64 fromMs, qint64 toMs) const = 0;
};

} // namespace checks
