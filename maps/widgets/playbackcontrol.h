// The playback bar under the map: play/pause, the speed factor (×1–×64), a time slider and labels for the
// current time (Beijing), speed and distance so far. It only talks to a TrackPlayback, so the review page
// can put a speed chart beside it that listens to the same object.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class TrackPlayback;

class PlaybackControl : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybackControl(TrackPlayback *playback, QWidget *parent = nullptr);

    static QString timeText(qint64 utcMs); // "2026-10-08 09:30:05", Beijing time

    // For tests and the review page's keyboard shortcuts.
    QToolButton *playButton() const { return m_play; }
    QComboBox *speedBox() const { return m_speed; }
    QSlider *slider() const { return m_slider; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *speedLabel() const { return m_speedLabel; }
    QLabel *distanceLabel() const { return m_distance; }

private:
    static constexpr int kFitToMinute = -1; // the speed list's "fit to one minute"
    int fitToMinuteFactor() const;
    void syncRange();
    void syncTime(qint64 timeMs);
    void syncPlaying(bool playing);

    TrackPlayback *m_playback;
    QToolButton *m_play;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
    QLabel *m_speedLabel;
    QLabel *m_distance;
};
