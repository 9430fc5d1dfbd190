#pragma once
// Reads tracks for the rules while they run on several threads. A Qt Sql connection may only be used by the
// thread that opened it, so this reader keeps its own small pool of read-only SQLite connections (SQLite's
// C API in its serialized mode may be used from any thread) and decodes the day blocks straight into fixes.
#include "checks/tracksource.h"

#include <QHash>
#include <QString>
#include <mutex>
#include <vector>

struct sqlite3;

class TrackReader : public checks::TrackSource
{
public:
    // plateToVehicleId: the registry's plates and ids, so the rules may ask by plate.
    TrackReader(QString databasePath, QHash<QString, QString> plateToVehicleId);
    ~TrackReader() override;
    TrackReader(const TrackReader &) = delete;
    TrackReader &operator=(const TrackReader &) = delete;

    std::vector<checks::Fix> fixes(const QString &plate, qint64 fromMs, qint64 toMs) const override;

private:
    sqlite3 *acquire() const;
    void release(sqlite3 *db) const;

    QString m_path;
    QHash<QString, QString> m_vehicleIds;
    mutable std::mutex m_mutex;
    mutable std::vector<sqlite3 *> m_idle;
    mutable std::vector<sqlite3 *> m_all;
};
