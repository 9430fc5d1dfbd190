#pragma once
// The trip review's speed over time (Qt Charts): km/h against minutes since the start of the booked window,
// with a vertical cursor at the playback time. A click on the plot asks to seek there, so the auditor jumps
// straight to the moment the car sped or stood still.
#include "positionio/positionfix.h"

#include <QChartView>
#include <vector>

class QLineSeries;
class QValueAxis;

class SpeedChart : public QChartView
{
    Q_OBJECT

public:
    explicit SpeedChart(QWidget *parent = nullptr);

    // fixes sorted by time (jump-filtered by the caller); times are shown relative to originMs.
    void setTrack(const std::vector<PositionFix> &fixes, qint64 originMs, qint64 endMs);
    void setCursorTime(qint64 timeMs);
    qint64 cursorTime() const { return m_cursorMs; }
    int pointCount() const;
    // The time under a point of the widget (for the click and the tests).
    qint64 timeAt(const QPointF &widgetPos) const;

signals:
    void seekRequested(qint64 timeMs);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QLineSeries *m_speed;
    QLineSeries *m_cursor;
    QValueAxis *m_x;
    QValueAxis *m_y;
    qint64 m_originMs = 0;
    qint64 m_cursorMs = 0;
};
