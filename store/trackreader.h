#pragma once
// Reads tracks for the rules while they run on several threads. A Qt Sql connection may only be used by the
// thread that opened it, so this reader keeps its own small pool of read-only SQLite connections (SQLite's
// C API in its serialized mode may be used from any thread) and decodes the day blocks straight into fixes.
#include "checks/tracksource.h"

#include <QHash>
#include <QString>
#include <atomic>
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

    // Time and place only (FixCodec::decodePositions): the rules read no speed, so Fix::speedKmh is 0.
    std::vector<checks::Fix> fixes(const QString &plate, qint64 fromMs, qint64 toMs) const override;

    // A stored day that does not decode, or a database that cannot be read, is not a track with a hole: the
    // first such failure is kept here (naming the car and the day) and `stop` (the runner's cancel flag) is
    // raised, so the run ends and its findings, judged on missing fixes, are not kept.
    void setStopFlag(std::atomic<bool> *stop) { m_stop = stop; }
    QString error() const;
    // Fixes handed out so far (what the rules read: a measure of how much history a check decoded).
    qint64 fixesRead() const { return m_fixesRead.load(); }

private:
    sqlite3 *acquire() const;
    void fail(const QString &message) const;
    void release(sqlite3 *db) const;

    QString m_path;
    QHash<QString, QString> m_vehicleIds;
    mutable std::mutex m_mutex;
    mutable std::vector<sqlite3 *> m_idle;
    mutable std::vector<sqlite3 *> m_all;
    std::atomic<bool> *m_stop = nullptr;
    mutable std::atomic<qint64> m_fixesRead { 0 };
    mutable QString m_error; // guarded by m_mutex
};
