#include "ui/speedchart.h"

#include "maps/geo/greatcircle.h"

#include <QChart>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <cmath>

namespace {
constexpr double kMsPerMinute = 60000.0;
constexpr std::size_t kMaxPoints = 4000; // more than the plot has pixels; keeps replace() and paint cheap
} // namespace

SpeedChart::SpeedChart(QWidget *parent)
    : QChartView(parent)
    , m_speed(new QLineSeries)
    , m_cursor(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->addSeries(m_speed);
    chart->addSeries(m_cursor);
    m_x->setTitleText(tr("Minutes from the booked start"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("km/h"));
    m_y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : { m_speed, m_cursor }) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    QPen cursorPen(QColor(200, 30, 30));
    cursorPen.setWidthF(1.5);
    m_cursor->setPen(cursorPen);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setObjectName(QStringLiteral("speedChart"));
    setToolTip(tr("Click to play back from that moment"));
}

void SpeedChart::setTrack(const std::vector<PositionFix> &fixes, qint64 originMs, qint64 endMs)
{
    m_originMs = originMs;
    QList<QPointF> points;
    const std::size_t step = fixes.size() / kMaxPoints + 1;
    double top = 10.0;
    for (std::size_t i = 0; i < fixes.size(); i += step) {
        const PositionFix &f = fixes[i];
        double kmh = f.hasSpeed() ? double(f.speedKmh) : 0.0;
        // Terminals that do not report speed: the step to the previous fix over its time.
        if (!f.hasSpeed() && i > 0 && f.timeMs > fixes[i - 1].timeMs) {
            const PositionFix &p = fixes[i - 1];
            kmh = geo::distanceM({ p.lat, p.lon }, { f.lat, f.lon }) / double(f.timeMs - p.timeMs) * 3600.0;
        }
        points.append({ double(f.timeMs - originMs) / kMsPerMinute, kmh });
        top = qMax(top, kmh);
    }
    m_speed->replace(points);
    m_x->setRange(0.0, qMax(1.0, double(endMs - originMs) / kMsPerMinute));
    m_y->setRange(0.0, std::ceil(top / 10.0) * 10.0);
    m_x->applyNiceNumbers();
    setCursorTime(originMs);
}

void SpeedChart::setCursorTime(qint64 timeMs)
{
    m_cursorMs = timeMs;
    const double x = double(timeMs - m_originMs) / kMsPerMinute;
    m_cursor->replace({ QPointF(x, m_y->min()), QPointF(x, m_y->max()) });
}

int SpeedChart::pointCount() const
{
    return int(m_speed->count());
}

qint64 SpeedChart::timeAt(const QPointF &widgetPos) const
{
    const QPointF scene = mapToScene(widgetPos.toPoint());
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scene), m_speed);
    return m_originMs + qint64(std::llround(value.x() * kMsPerMinute));
}

void SpeedChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton
        && chart()->plotArea().contains(chart()->mapFromScene(mapToScene(event->position().toPoint())))) {
        emit seekRequested(timeAt(event->position()));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}
