#include "maps/trackplayback.h"

#include "maps/geo/greatcircle.h"
#include "maps/geo/trackfilter.h"

#include <algorithm>
#include <cmath>

TrackPlayback::TrackPlayback(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_timer.setInterval(16); // a frame at 60 Hz
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrackPlayback::tick);
}

void TrackPlayback::setTrack(Fixes fixes)
{
    pause();
    m_fixes = std::move(fixes);
    m_kept.clear();
    m_keptTime.clear();
    m_cumulativeM.clear();
    if (m_fixes && !m_fixes->empty()) {
        std::vector<double> steps;
        m_kept = geo::keptFixIndices(*m_fixes, {}, &steps);
        m_keptTime.reserve(m_kept.size());
        m_cumulativeM.reserve(m_kept.size());
        double total = 0.0;
        for (std::size_t k = 0; k < m_kept.size(); ++k) {
            total += steps[k];
            m_keptTime.push_back((*m_fixes)[m_kept[k]].timeMs);
            m_cumulativeM.push_back(total);
        }
        m_startMs = m_keptTime.front();
        m_endMs = m_keptTime.back();
    } else {
        m_startMs = m_endMs = 0;
    }
    m_currentMs = m_startMs;
    emit trackChanged();
    emit currentTimeChanged(m_currentMs);
}

void TrackPlayback::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reanchor();
}

void TrackPlayback::setRange(qint64 fromMs, qint64 toMs)
{
    m_startMs = std::min(fromMs, toMs);
    m_endMs = std::max(fromMs, toMs);
    seek(m_currentMs);
    emit trackChanged();
}

void TrackPlayback::reanchor()
{
    m_anchorClockMs = m_clock();
    m_anchorTimeMs = m_currentMs;
}

void TrackPlayback::play()
{
    setPlaying(true);
}

void TrackPlayback::pause()
{
    setPlaying(false);
}

void TrackPlayback::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    if (playing && m_currentMs >= m_endMs)
        seek(m_startMs); // play at the end starts over, as media players do
    m_playing = playing;
    if (playing) {
        reanchor();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit playingChanged(playing);
}

void TrackPlayback::setSpeedFactor(int factor)
{
    factor = std::clamp(factor, 1, kMaxSpeedFactor);
    if (factor == m_factor)
        return;
    reanchor(); // time played so far keeps the old factor
    m_factor = factor;
    emit speedFactorChanged(factor);
}

void TrackPlayback::seek(qint64 timeMs)
{
    const qint64 t = std::clamp(timeMs, m_startMs, m_endMs);
    const bool moved = t != m_currentMs;
    m_currentMs = t;
    reanchor();
    if (moved)
        emit currentTimeChanged(t);
}

void TrackPlayback::tick()
{
    if (!m_playing)
        return;
    const qint64 t = m_anchorTimeMs + (m_clock() - m_anchorClockMs) * m_factor;
    if (t >= m_endMs) {
        m_currentMs = m_endMs;
        emit currentTimeChanged(m_currentMs);
        pause();
        emit finished();
        return;
    }
    if (t != m_currentMs) {
        m_currentMs = t;
        emit currentTimeChanged(t);
    }
}

int TrackPlayback::keptAt(qint64 timeMs) const
{
    const auto it = std::upper_bound(m_keptTime.begin(), m_keptTime.end(), timeMs);
    return int(it - m_keptTime.begin()) - 1;
}

int TrackPlayback::fixIndexAt(qint64 timeMs) const
{
    if (!m_fixes)
        return -1;
    const auto it = std::upper_bound(m_fixes->begin(), m_fixes->end(), timeMs,
        [](qint64 t, const PositionFix &f) { return t < f.timeMs; });
    return int(it - m_fixes->begin()) - 1;
}

TrackPlayback::State TrackPlayback::stateAt(qint64 timeMs) const
{
    State s;
    const int k = keptAt(timeMs);
    if (k < 0)
        return s;
    const PositionFix &a = (*m_fixes)[m_kept[std::size_t(k)]];
    s.valid = true;
    s.fixIndex = fixIndexAt(timeMs);
    s.position = { a.lat, a.lon };
    s.distanceM = m_cumulativeM[std::size_t(k)];
    s.headingDeg = a.hasHeading() ? a.headingDeg : std::nan("");
    s.speedKmh = a.hasSpeed() ? a.speedKmh : 0.0;
    if (std::size_t(k) + 1 >= m_kept.size())
        return s;
    const PositionFix &b = (*m_fixes)[m_kept[std::size_t(k) + 1]];
    const qint64 dt = b.timeMs - a.timeMs;
    if (dt <= 0 || dt > kMaxInterpolationGapMs) {
        s.speedKmh = 0.0;
        return s;
    }
    const double f = double(timeMs - a.timeMs) / double(dt);
    const double stepM = m_cumulativeM[std::size_t(k) + 1] - m_cumulativeM[std::size_t(k)];
    s.position = { a.lat + (b.lat - a.lat) * f, a.lon + geo::wrapLonDeltaDeg(b.lon - a.lon) * f };
    s.distanceM += stepM * f;
    if (a.hasSpeed() && b.hasSpeed())
        s.speedKmh = a.speedKmh + (b.speedKmh - a.speedKmh) * f;
    else
        s.speedKmh = stepM / (dt / 1000.0) * 3.6;
    // Moving: the direction from this fix to the next. Standing still: the last reported course, if any.
    if (stepM > 0.5)
        s.headingDeg = geo::initialBearingDeg({ a.lat, a.lon }, { b.lat, b.lon });
    return s;
}
