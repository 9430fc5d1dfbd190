#pragma once
// The stored positions of one vehicle as the rules' TrackSource, so checks::VehicleTrack filters them for the
// car's file and the reports exactly as a check does. Single-threaded: it reads through the calling thread's
// connection. A stored day that does not decode is kept as error() (the first), not skipped silently.
#include "checks/tracksource.h"
#include "store/positionstore.h"

class StoreTrackSource : public checks::TrackSource
{
public:
    StoreTrackSource(const QSqlDatabase &db, QString vehicleId)
        : m_store(db)
        , m_vehicleId(std::move(vehicleId))
    { }
    std::vector<checks::Fix> fixes(const QString &, qint64 fromMs, qint64 toMs) const override
    {
        QString problem;
        const std::vector<PositionFix> stored = m_store.fixes(m_vehicleId, fromMs, toMs, &problem);
        if (!problem.isEmpty() && m_error.isEmpty())
            m_error = problem;
        std::vector<checks::Fix> out;
        out.reserve(stored.size());
        for (const PositionFix &f : stored)
            out.push_back({ f.timeMs, f.lat, f.lon, f.hasSpeed() ? f.speedKmh : 0.0f });
        return out;
    }
    const QString &error() const { return m_error; }

private:
    PositionStore m_store;
    QString m_vehicleId;
    mutable QString m_error;
};
