#include "domain/taskmileage.h"
#include "store/positionstore.h"

TaskMileage::TaskMileage(const QSqlDatabase &db, geo::JumpFilterOptions options)
    : m_db(db)
    , m_options(options)
{ }

TaskMileage::Result TaskMileage::measure(const QString &vehicleId, qint64 startMs, qint64 endMs) const
{
    Result result;
    if (vehicleId.isEmpty() || endMs < startMs)
        return result;
    // PositionStore reads half-open ranges; the booked window includes its end.
    const std::vector<PositionFix> fixes = PositionStore(m_db).fixes(vehicleId, startMs, endMs + 1);
    result.fixCount = int(fixes.size());
    result.km = geo::filteredTrackLengthM(fixes, m_options) / 1000.0;
    return result;
}
