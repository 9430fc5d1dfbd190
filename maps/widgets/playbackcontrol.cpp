#include "maps/widgets/playbackcontrol.h"

#include "maps/trackplayback.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <cmath>

PlaybackControl::PlaybackControl(TrackPlayback *playback, QWidget *parent)
    : QWidget(parent)
    , m_playback(playback)
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speedLabel(new QLabel(this))
    , m_distance(new QLabel(this))
{
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_play->setShortcut(Qt::Key_Space);
    m_play->setAutoRaise(true);
    for (int factor : TrackPlayback::speedFactors())
        m_speed->addItem(tr("×%1").arg(factor), factor);
    // The whole trip in about a minute, whatever its length.
    m_speed->addItem(tr("Fit to one minute"), kFitToMinute);
    // As wide as "×512": the longer item shows in the list, and the page still fits a 900-pixel window.
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_speed->setMinimumContentsLength(4);
    m_speed->setToolTip(tr("Playback speed"));
    m_slider->setToolTip(tr("Time"));
    m_slider->setPageStep(60);
    m_time->setToolTip(tr("Time (Beijing)"));
    m_speedLabel->setToolTip(tr("Speed"));
    m_distance->setToolTip(tr("Distance since the first fix"));
    // Fixed widths from the widest text, so the slider does not jump as the figures change.
    const QFontMetrics fm(font());
    m_time->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 8);
    m_speedLabel->setMinimumWidth(fm.horizontalAdvance(tr("%1 km/h").arg(QStringLiteral("000"))) + 8);
    m_distance->setMinimumWidth(fm.horizontalAdvance(tr("%1 km").arg(QStringLiteral("0000.0"))) + 8);
    for (QLabel *label : { m_speedLabel, m_distance })
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_play);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_distance);

    connect(
        m_play, &QToolButton::clicked, this, [this] { m_playback->setPlaying(!m_playback->isPlaying()); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int factor = m_speed->itemData(index).toInt();
        m_playback->setSpeedFactor(factor == kFitToMinute ? fitToMinuteFactor() : factor);
    });
    // The slider counts seconds from the start: an int holds 68 years of them, enough for any track.
    connect(m_slider, &QSlider::sliderMoved, this,
        [this](int seconds) { m_playback->seek(m_playback->startMs() + qint64(seconds) * 1000); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove) // page and arrow steps land on sliderPosition()
            m_playback->seek(m_playback->startMs() + qint64(m_slider->sliderPosition()) * 1000);
    });
    connect(playback, &TrackPlayback::trackChanged, this, &PlaybackControl::syncRange);
    connect(playback, &TrackPlayback::currentTimeChanged, this, &PlaybackControl::syncTime);
    connect(playback, &TrackPlayback::playingChanged, this, &PlaybackControl::syncPlaying);
    connect(playback, &TrackPlayback::speedFactorChanged, this, [this](int factor) {
        if (m_speed->currentData().toInt() == kFitToMinute && factor == fitToMinuteFactor())
            return;
        const int index = m_speed->findData(factor);
        if (index >= 0 && index != m_speed->currentIndex())
            m_speed->setCurrentIndex(index);
    });
    connect(playback, &TrackPlayback::trackChanged, this, [this] {
        if (m_speed->currentData().toInt() == kFitToMinute)
            m_playback->setSpeedFactor(fitToMinuteFactor());
    });
    syncRange();
    syncPlaying(playback->isPlaying());
}

int PlaybackControl::fitToMinuteFactor() const
{
    const qint64 seconds = std::max<qint64>(0, m_playback->endMs() - m_playback->startMs()) / 1000;
    return int(std::clamp<qint64>((seconds + 59) / 60, 1, TrackPlayback::kMaxSpeedFactor));
}

QString PlaybackControl::timeText(qint64 utcMs)
{
    // Fixed UTC+8: China has no DST, and this needs no time-zone database.
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, 8 * 3600)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void PlaybackControl::syncRange()
{
    const qint64 span = std::max<qint64>(0, m_playback->endMs() - m_playback->startMs());
    m_slider->setRange(0, int(std::min<qint64>(span / 1000, std::numeric_limits<int>::max())));
    const bool any = m_playback->track() && !m_playback->track()->empty();
    for (QWidget *w : std::initializer_list<QWidget *> { m_play, m_speed, m_slider })
        w->setEnabled(any);
    syncTime(m_playback->currentMs());
}

void PlaybackControl::syncTime(qint64 timeMs)
{
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int((timeMs - m_playback->startMs()) / 1000));
    }
    const TrackPlayback::State s = m_playback->stateAt(timeMs);
    m_time->setText(m_playback->track() && !m_playback->track()->empty() ? timeText(timeMs) : QString());
    m_speedLabel->setText(s.valid ? tr("%1 km/h").arg(std::lround(s.speedKmh)) : QString());
    m_distance->setText(s.valid ? tr("%1 km").arg(s.distanceM / 1000.0, 0, 'f', 1) : QString());
}

void PlaybackControl::syncPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
}
