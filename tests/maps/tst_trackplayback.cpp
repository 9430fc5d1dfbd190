// Track playback: time -> position by binary search and interpolation, the speed factor against a fake
// clock, the end of the track, gaps, the distance so far (jump-filtered), and the control widget.
#include "maps/trackplayback.h"
#include "maps/widgets/playbackcontrol.h"

#include "maps/geo/greatcircle.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QToolButton>
#include <QtTest>

namespace {

constexpr qint64 kT0 = 1791423000000; // 2026-10-08T01:30:00Z

PositionFix fix(qint64 offsetS, double lat, double lon, float kmh = std::numeric_limits<float>::quiet_NaN())
{
    PositionFix f;
    f.timeMs = kT0 + offsetS * 1000;
    f.lat = lat;
    f.lon = lon;
    f.speedKmh = kmh;
    return f;
}

// Northwards along 121°E, 0.001° (~111 m) per 10 s (~40 km/h), with one GPS jump the filter must drop.
TrackPlayback::Fixes northwards()
{
    auto fixes = std::make_shared<std::vector<PositionFix>>();
    for (int i = 0; i <= 10; ++i)
        fixes->push_back(fix(i * 10, 32.0 + 0.001 * i, 121.0));
    fixes->insert(fixes->begin() + 5, fix(45, 33.0, 121.0)); // 111 km in 5 s: a jump
    return fixes;
}

} // namespace

class TestTrackPlayback : public QObject
{
    Q_OBJECT

private slots:
    void positionByTime()
    {
        TrackPlayback playback;
        playback.setTrack(northwards());
        QCOMPARE(playback.startMs(), kT0);
        QCOMPARE(playback.endMs(), kT0 + 100000);
        QVERIFY(!playback.stateAt(kT0 - 1).valid);

        const TrackPlayback::State mid = playback.stateAt(kT0 + 25000); // halfway between the 3rd and 4th
        QVERIFY(mid.valid);
        QCOMPARE(mid.fixIndex, 2);
        QVERIFY(qAbs(mid.position.lat - 32.0025) < 1e-9);
        QCOMPARE(mid.position.lon, 121.0);
        const double step = geo::distanceM({ 32.0, 121.0 }, { 32.001, 121.0 });
        QVERIFY(qAbs(mid.distanceM - 2.5 * step) < 1e-6);
        QVERIFY(qAbs(mid.speedKmh - step / 10.0 * 3.6) < 1e-6);
        QVERIFY(qAbs(mid.headingDeg) < 1e-6); // due north

        // At 47 s the jump fix (45 s) is the last fix in time, but playback ignores it, as the rules do.
        const TrackPlayback::State afterJump = playback.stateAt(kT0 + 47000);
        QCOMPARE(afterJump.fixIndex, 5);
        QVERIFY(qAbs(afterJump.position.lat - 32.0047) < 1e-9); // between 40 s and 50 s, not towards 33°
        const TrackPlayback::State end = playback.stateAt(playback.endMs());
        QVERIFY(qAbs(end.distanceM - 10 * step) < 1e-3);
        QVERIFY(qAbs(end.position.lat - 32.01) < 1e-9);
    }

    void reportedSpeedIsInterpolated()
    {
        auto fixes = std::make_shared<std::vector<PositionFix>>();
        fixes->push_back(fix(0, 32.0, 121.0, 20.f));
        fixes->push_back(fix(10, 32.001, 121.0, 60.f));
        TrackPlayback playback;
        playback.setTrack(fixes);
        QCOMPARE(playback.stateAt(kT0 + 2500).speedKmh, 30.0);
    }

    void gapsAreNotInterpolated()
    {
        auto fixes = std::make_shared<std::vector<PositionFix>>();
        fixes->push_back(fix(0, 32.0, 121.0));
        fixes->push_back(fix(3600, 32.01, 121.0)); // an hour later: parked, terminal off
        TrackPlayback playback;
        playback.setTrack(fixes);
        const TrackPlayback::State s = playback.stateAt(kT0 + 1800 * 1000);
        QCOMPARE(s.position.lat, 32.0);
        QCOMPARE(s.speedKmh, 0.0);
    }

    void speedFactorAgainstAFakeClock()
    {
        qint64 now = 1000;
        TrackPlayback playback;
        playback.setClock([&now] { return now; });
        playback.setTrack(northwards());
        QSignalSpy finished(&playback, &TrackPlayback::finished);

        playback.setSpeedFactor(8);
        playback.play();
        QVERIFY(playback.isPlaying());
        now += 1000;
        playback.tick();
        QCOMPARE(playback.currentMs(), kT0 + 8000); // 1 s of wall time at ×8

        playback.setSpeedFactor(64); // the 8 s played so far stay
        now += 500;
        playback.tick();
        QCOMPARE(playback.currentMs(), kT0 + 8000 + 32000);

        playback.pause();
        now += 10000;
        playback.tick();
        QCOMPARE(playback.currentMs(), kT0 + 40000); // paused: time stands

        playback.seek(kT0 + 90000);
        playback.play();
        now += 1000; // 64 s more would pass the end
        playback.tick();
        QCOMPARE(playback.currentMs(), playback.endMs());
        QVERIFY(!playback.isPlaying());
        QCOMPARE(finished.count(), 1);

        playback.play(); // at the end, play starts over
        QCOMPARE(playback.currentMs(), playback.startMs());
        QCOMPARE(playback.speedFactor(), 64);
        playback.setSpeedFactor(1000000);
        QCOMPARE(playback.speedFactor(), TrackPlayback::kMaxSpeedFactor);
    }

    void playsOnTheRealClock()
    {
        TrackPlayback playback;
        playback.setTrack(northwards());
        playback.setSpeedFactor(64);
        QSignalSpy ticks(&playback, &TrackPlayback::currentTimeChanged);
        playback.play();
        // 100 s of track at ×64 take about 1.6 s: well within the bound, and the timer fires many times.
        QTRY_VERIFY_WITH_TIMEOUT(!playback.isPlaying(), 10000);
        QCOMPARE(playback.currentMs(), playback.endMs());
        QVERIFY(ticks.count() > 10);
    }

    void controlWidget()
    {
        TrackPlayback playback;
        PlaybackControl control(&playback);
        QVERIFY(!control.playButton()->isEnabled()); // nothing to play yet
        playback.setTrack(northwards());
        QVERIFY(control.playButton()->isEnabled());
        QCOMPARE(control.slider()->maximum(), 100);
        QCOMPARE(control.timeLabel()->text(), QStringLiteral("2026-10-08 09:30:00")); // Beijing time

        control.speedBox()->setCurrentIndex(control.speedBox()->findData(16));
        QCOMPARE(playback.speedFactor(), 16);
        playback.seek(kT0 + 50000);
        QCOMPARE(control.slider()->value(), 50);
        QCOMPARE(control.timeLabel()->text(), QStringLiteral("2026-10-08 09:30:50"));
        QVERIFY(control.distanceLabel()->text().contains(QLatin1String("0.6")));
        QVERIFY(control.speedLabel()->text().startsWith(QLatin1String("40")));
        control.slider()->triggerAction(QAbstractSlider::SliderPageStepAdd); // +60 s
        QCOMPARE(playback.currentMs(), kT0 + 100000);

        control.playButton()->click();
        QVERIFY(playback.isPlaying());
        control.playButton()->click();
        QVERIFY(!playback.isPlaying());
    }
};

QTEST_MAIN(TestTrackPlayback)
#include "tst_trackplayback.moc"
