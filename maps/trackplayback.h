// Plays a track back in time for the auditor's trip review: play/pause, a speed factor ×1–×64, seeking, and
// at any moment the vehicle's interpolated position, heading, speed and the distance driven so far. The
// position is found by binary search over the fix times. Distances follow DESIGN §5 (the GPS jump filter,
// great-circle steps), so the distance at the end equals the mileage the rules measured. The wall clock is
// injectable, so tests drive time by hand. No widgets: the control, the map and the speed chart listen.
#pragma once

#include "maps/geo/latlon.h"
#include "positionio/positionfix.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

class TrackPlayback : public QObject
{
    Q_OBJECT

public:
    using Fixes = std::shared_ptr<const std::vector<PositionFix>>;
    using Clock = std::function<qint64()>; // a monotonic wall clock in ms

    // Between fixes further apart than this the vehicle is not interpolated: a terminal that was off or a
    // car parked with its engine off did not glide through the buildings meanwhile.
    static constexpr qint64 kMaxInterpolationGapMs = 5 * 60 * 1000;

    explicit TrackPlayback(QObject *parent = nullptr);

    void setTrack(Fixes fixes); // sorted by time; resets to the start, paused
    const Fixes &track() const { return m_fixes; }
    void setClock(Clock clock);
    // Restricts playback to [fromMs, toMs] (e.g. a task's window); by default the track's own span.
    void setRange(qint64 fromMs, qint64 toMs);

    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    qint64 currentMs() const { return m_currentMs; }
    bool isPlaying() const { return m_playing; }
    int speedFactor() const { return m_factor; }
    // ×64 still took three minutes for a three-hour trip: the steps go to ×512, and any factor up to
    // kMaxSpeedFactor may be set (PlaybackControl's "fit to one minute").
    static QList<int> speedFactors() { return { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512 }; }
    static constexpr int kMaxSpeedFactor = 4096;

    struct State
    {
        bool valid = false; // false before the first fix
        geo::LatLon position;
        double headingDeg = 0.0; // NaN when unknown
        double speedKmh = 0.0;
        double distanceM = 0.0; // driven since the first fix, jump-filtered
        int fixIndex = -1; // the last fix at or before the time (index into track())
    };
    State stateAt(qint64 timeMs) const;
    State current() const { return stateAt(m_currentMs); }
    // Index into track() of the last fix at or before timeMs, or -1.
    int fixIndexAt(qint64 timeMs) const;

public slots:
    void play();
    void pause();
    void setPlaying(bool playing);
    void setSpeedFactor(int factor); // clamped to 1..64
    void seek(qint64 timeMs);
    // Advances the current time from the clock; the internal timer calls it at ~60 Hz while playing.
    void tick();

signals:
    void currentTimeChanged(qint64 timeMs);
    void playingChanged(bool playing);
    void speedFactorChanged(int factor);
    void trackChanged();
    void finished(); // reached the end while playing

private:
    int keptAt(qint64 timeMs) const;
    void reanchor();

    Fixes m_fixes;
    std::vector<std::size_t> m_kept; // fixes the jump filter keeps
    std::vector<qint64> m_keptTime;
    std::vector<double> m_cumulativeM; // per kept fix
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_currentMs = 0;
    bool m_playing = false;
    int m_factor = 1;

    QElapsedTimer m_elapsed;
    Clock m_clock;
    qint64 m_anchorClockMs = 0;
    qint64 m_anchorTimeMs = 0;
    QTimer m_timer;
};
