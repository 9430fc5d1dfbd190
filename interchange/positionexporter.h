#pragma once
// Writes stored positions (DESIGN §6 `positions`) to a file: CSV in the import's columns (plate, time, lat,
// lon, speed_kmh, heading), or GPX 1.1 when the name ends in .gpx (one <trk> per car, speed and course in
// Garmin's TrackPointExtension v2, which other track tools read). Every car, or one (--plate), over all
// time or a period. Streamed one stored day at a time, so a city's months never sit in memory; the file
// appears whole or not at all (written beside the target and renamed), and a stored day that does not
// decode stops the export with its car and day named.
#include <QCoreApplication>
#include <QString>
#include <limits>

class RecordStore;

class PositionExporter
{
    Q_DECLARE_TR_FUNCTIONS(PositionExporter)

public:
    explicit PositionExporter(const RecordStore &store);
    // One car only (any spelling the importer takes); empty: every car, including retired and removed ones.
    void setPlate(const QString &plate) { m_plate = plate; }
    // Fixes with fromMs <= time < toMs; all by default.
    void setRange(qint64 fromMs, qint64 toMs)
    {
        m_fromMs = fromMs;
        m_toMs = toMs;
    }
    // Returns false with errorString() saying what went wrong and where.
    bool exportFile(const QString &path);
    QString errorString() const { return m_error; }
    qint64 fixesWritten() const { return m_fixes; }

private:
    const RecordStore &m_store;
    QString m_plate;
    qint64 m_fromMs = std::numeric_limits<qint64>::min();
    qint64 m_toMs = std::numeric_limits<qint64>::max();
    QString m_error;
    qint64 m_fixes = 0;
};
