#include "ui/dispatchboard.h"
#include "base/timeparse.h"
#include "models/requestqueuemodel.h"
#include "store/recordkinds.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {

constexpr int kLabelWidth = 220;
constexpr int kHeaderHeight = 42;
constexpr int kVehicleRow = 26;
constexpr int kGroupRow = 22;
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kSnapMs = 15 * 60 * 1000LL; // a moved bar lands on the quarter hour
constexpr double kMinHourWidth = 2;
constexpr double kMaxHourWidth = 400;

QColor stateColor(BoardBar::State state)
{
    switch (state) {
    case BoardBar::State::Dispatched:
        return QColor(0x2f, 0x6f, 0xd6);
    case BoardBar::State::Departed:
        return QColor(0xe0, 0x8a, 0x00);
    case BoardBar::State::Returned:
        return QColor(0x2e, 0x9d, 0x5b);
    case BoardBar::State::Settled:
        return QColor(0x8c, 0x93, 0x9d);
    case BoardBar::State::Order:
        break;
    }
    return QColor(0x7a, 0x5c, 0xc4);
}

} // namespace

DispatchBoard::DispatchBoard(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 160);
    setAccessibleName(tr("Dispatch board"));
    // Only the user's own scrolling (bar, wheel, page keys) replaces the span waiting for a width. A scroll
    // position clamped while the window is laid out or maximised is not the user's: under a window manager
    // that happened before the final width arrived, and the board stayed on the whole day.
    connect(horizontalScrollBar(), &QAbstractSlider::actionTriggered, this,
        [this] { m_spanFrom = m_spanTo = 0; });
}

void DispatchBoard::setData(DispatchBoardData data)
{
    const QString current = currentVehicleId();
    m_data = std::move(data);
    m_barsByVehicle.clear();
    for (int i = 0; i < m_data.bars.size(); ++i)
        m_barsByVehicle[m_data.bars[i].vehicleId].append(i); // already ordered by start within a car
    m_shadesByVehicle.clear();
    for (int i = 0; i < m_data.shades.size(); ++i)
        m_shadesByVehicle[m_data.shades[i].vehicleId].append(i);
    m_judgements.clear();
    m_barDrag = {};
    bool selectedStillThere = false;
    for (const BoardBar &bar : std::as_const(m_data.bars))
        selectedStillThere = selectedStillThere || bar.taskId == m_selectedTask;
    if (!selectedStillThere)
        m_selectedTask.clear();
    rebuildLines();
    setCurrentVehicle(current);
    updateScrollBars();
    viewport()->update();
}

void DispatchBoard::setFilter(const QString &text, const QString &category)
{
    if (text == m_filterText && category == m_filterCategory)
        return;
    const QString current = currentVehicleId();
    m_filterText = text;
    m_filterCategory = category;
    rebuildLines();
    setCurrentVehicle(current);
    updateScrollBars();
    viewport()->update();
}

void DispatchBoard::setNow(qint64 ms)
{
    m_nowMs = ms;
    viewport()->update();
}

void DispatchBoard::rebuildLines()
{
    m_lines.clear();
    m_shownVehicles = 0;
    QString category, unit;
    int top = 0;
    auto add = [&](Line::Kind kind, int vehicle, const QString &text, int height) {
        m_lines.append({ kind, vehicle, text, top, height });
        top += height;
    };
    for (int i = 0; i < m_data.vehicles.size(); ++i) {
        const BoardVehicle &v = m_data.vehicles[i];
        if (!m_filterCategory.isEmpty() && v.category != m_filterCategory)
            continue;
        if (!m_filterText.isEmpty() && !v.plate.contains(m_filterText, Qt::CaseInsensitive)
            && !v.model.contains(m_filterText, Qt::CaseInsensitive)
            && !v.unitName.contains(m_filterText, Qt::CaseInsensitive))
            continue;
        if (v.category != category) {
            category = v.category;
            unit.clear();
            add(Line::Kind::Category, -1, DispatchBoardData::categoryLabel(category), kGroupRow);
        }
        if (v.unitId != unit) {
            unit = v.unitId;
            add(Line::Kind::Agency, -1, v.unitName.isEmpty() ? tr("(no agency)") : v.unitName, kGroupRow);
        }
        add(Line::Kind::Vehicle, i, v.plate, kVehicleRow);
        ++m_shownVehicles;
    }
}

int DispatchBoard::contentWidth() const
{
    return int(std::ceil(double(m_data.toMs - m_data.fromMs) / kHourMs * m_hourWidth));
}

int DispatchBoard::contentHeight() const
{
    return m_lines.isEmpty() ? 0 : m_lines.last().top + m_lines.last().height;
}

void DispatchBoard::updateScrollBars()
{
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth() - (area.width() - kLabelWidth)));
    horizontalScrollBar()->setPageStep(std::max(1, area.width() - kLabelWidth));
    horizontalScrollBar()->setSingleStep(std::max(1, int(m_hourWidth / 2)));
    verticalScrollBar()->setRange(0, std::max(0, contentHeight() - (area.height() - kHeaderHeight)));
    verticalScrollBar()->setPageStep(std::max(1, area.height() - kHeaderHeight));
    verticalScrollBar()->setSingleStep(kVehicleRow);
}

double DispatchBoard::xOf(qint64 ms) const
{
    return kLabelWidth + double(ms - m_data.fromMs) / kHourMs * m_hourWidth - horizontalScrollBar()->value();
}

qint64 DispatchBoard::timeAt(double x) const
{
    return m_data.fromMs + qint64((x - kLabelWidth + horizontalScrollBar()->value()) / m_hourWidth * kHourMs);
}

void DispatchBoard::setHourWidth(double pixels)
{
    zoomBy(pixels / m_hourWidth, kLabelWidth + (viewport()->width() - kLabelWidth) / 2);
}

void DispatchBoard::zoomBy(double factor, int anchorX)
{
    m_spanFrom = m_spanTo = 0;
    const double width = std::clamp(m_hourWidth * factor, kMinHourWidth, kMaxHourWidth);
    if (width == m_hourWidth)
        return;
    const qint64 anchorTime = timeAt(anchorX);
    m_hourWidth = width;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(
        std::lround(double(anchorTime - m_data.fromMs) / kHourMs * m_hourWidth - (anchorX - kLabelWidth))));
    viewport()->update();
}

void DispatchBoard::fitSpan()
{
    m_spanFrom = m_spanTo = 0; // replaces a span still waiting for a width
    const double hours = double(m_data.toMs - m_data.fromMs) / kHourMs;
    if (hours <= 0)
        return;
    m_hourWidth = std::clamp((viewport()->width() - kLabelWidth - 2) / hours, kMinHourWidth, kMaxHourWidth);
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void DispatchBoard::showSpan(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    // Kept, and applied again at each resize, until the user zooms or scrolls: a window being laid out or
    // maximised passes through narrower widths first.
    m_spanFrom = fromMs;
    m_spanTo = toMs;
    if (!isVisible() || viewport()->width() <= kLabelWidth + 40)
        return;
    m_hourWidth = std::clamp((viewport()->width() - kLabelWidth - 2) / (double(toMs - fromMs) / kHourMs),
        kMinHourWidth, kMaxHourWidth);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(double(fromMs - m_data.fromMs) / kHourMs * m_hourWidth)));
    viewport()->update();
}

void DispatchBoard::scrollToTime(qint64 ms)
{
    m_spanFrom = m_spanTo = 0;
    const double x = double(ms - m_data.fromMs) / kHourMs * m_hourWidth;
    horizontalScrollBar()->setValue(int(x - (viewport()->width() - kLabelWidth) / 4.0));
}

QString DispatchBoard::currentVehicleId() const
{
    if (m_currentLine < 0 || m_currentLine >= m_lines.size() || m_lines[m_currentLine].vehicle < 0)
        return {};
    return m_data.vehicles[m_lines[m_currentLine].vehicle].id;
}

void DispatchBoard::setCurrentVehicle(const QString &vehicleId)
{
    int found = -1;
    for (int i = 0; i < m_lines.size() && !vehicleId.isEmpty(); ++i) {
        if (m_lines[i].vehicle >= 0 && m_data.vehicles[m_lines[i].vehicle].id == vehicleId)
            found = i;
    }
    if (found == m_currentLine)
        return;
    m_currentLine = found;
    if (found >= 0)
        ensureLineVisible(found);
    viewport()->update();
    emit currentVehicleChanged(currentVehicleId());
}

const BoardBar *DispatchBoard::barOf(const QString &taskId) const
{
    for (const BoardBar &bar : m_data.bars) {
        if (bar.taskId == taskId)
            return &bar;
    }
    return nullptr;
}

void DispatchBoard::stepSelection(int step)
{
    const QList<int> bars = m_barsByVehicle.value(currentVehicleId());
    if (bars.isEmpty())
        return;
    int at = -1;
    for (int i = 0; i < bars.size(); ++i) {
        if (m_data.bars[bars[i]].taskId == m_selectedTask)
            at = i;
    }
    const int next
        = at < 0 ? (step > 0 ? 0 : int(bars.size()) - 1) : std::clamp(at + step, 0, int(bars.size()) - 1);
    const BoardBar &bar = m_data.bars[bars[next]];
    selectTask(bar.taskId);
    if (xOf(bar.startMs) < kLabelWidth || xOf(bar.startMs) > viewport()->width() - 40)
        scrollToTime(bar.startMs);
}

void DispatchBoard::selectTask(const QString &taskId)
{
    if (taskId == m_selectedTask)
        return;
    m_selectedTask = taskId;
    for (const BoardBar &bar : std::as_const(m_data.bars)) {
        if (bar.taskId == taskId)
            setCurrentVehicle(bar.vehicleId);
    }
    viewport()->update();
    emit taskSelected(taskId);
}

QRect DispatchBoard::rowRect(const QString &vehicleId) const
{
    for (const Line &line : m_lines) {
        if (line.vehicle >= 0 && m_data.vehicles[line.vehicle].id == vehicleId)
            return QRect(
                0, kHeaderHeight + line.top - verticalScrollBar()->value(), viewport()->width(), line.height);
    }
    return {};
}

QRect DispatchBoard::barRect(const QString &taskId) const
{
    for (const BoardBar &bar : m_data.bars) {
        if (bar.taskId != taskId)
            continue;
        const QRect row = rowRect(bar.vehicleId);
        if (row.isNull())
            return {};
        const int left = int(xOf(std::max(bar.startMs, m_data.fromMs)));
        const int right = int(xOf(std::min(bar.endMs, m_data.toMs)));
        return QRect(left, row.top() + 3, std::max(3, right - left), row.height() - 6);
    }
    return {};
}

int DispatchBoard::lineAt(int y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int contentY = y - kHeaderHeight + verticalScrollBar()->value();
    auto it = std::upper_bound(m_lines.begin(), m_lines.end(), contentY,
        [](int value, const Line &line) { return value < line.top; });
    if (it == m_lines.begin())
        return -1;
    const int index = int(std::distance(m_lines.begin(), it)) - 1;
    return contentY < m_lines[index].top + m_lines[index].height ? index : -1;
}

int DispatchBoard::barAt(const QPoint &pos) const
{
    const int line = lineAt(pos.y());
    if (line < 0 || m_lines[line].vehicle < 0 || pos.x() < kLabelWidth)
        return -1;
    const qint64 t = timeAt(pos.x());
    const qint64 slack = qint64(3 / m_hourWidth * kHourMs); // a thin bar is still easy to hit
    for (int i : m_barsByVehicle.value(m_data.vehicles[m_lines[line].vehicle].id)) {
        const BoardBar &bar = m_data.bars[i];
        if (bar.startMs - slack <= t && t < bar.endMs + slack)
            return i;
    }
    return -1;
}

QString DispatchBoard::shadeAt(int line, qint64 ms) const
{
    if (line < 0 || m_lines[line].vehicle < 0)
        return {};
    const BoardVehicle &v = m_data.vehicles[m_lines[line].vehicle];
    if (v.status == VehicleStatus::Maintenance)
        return tr("In maintenance");
    if (v.status == VehicleStatus::Retired)
        return tr("Retired");
    for (int i : m_shadesByVehicle.value(v.id)) {
        const BoardShade &s = m_data.shades[i];
        if (s.startMs <= ms && ms < s.endMs)
            return tr("Maintenance: %1").arg(s.reason);
    }
    return {};
}

QString DispatchBoard::barToolTip(const BoardBar &bar) const
{
    QString text
        = QStringLiteral("<b>%1</b> · %2<br>%3 – %4<br>%5")
              .arg(bar.taskCode.toHtmlEscaped(), DispatchBoardData::stateLabel(bar.state).toHtmlEscaped(),
                  TimeParse::toBeijingShort(bar.startMs), TimeParse::toBeijingShort(bar.endMs),
                  tr("Driver: %1").arg(bar.driverName).toHtmlEscaped());
    // The whole order, since the bar's label is cut to the bar: the car too.
    for (const BoardVehicle &v : m_data.vehicles) {
        if (v.id == bar.vehicleId) {
            text += QStringLiteral("<br>")
                + tr("Car: %1 %2 (%3)").arg(v.plate, v.model, v.unitName).toHtmlEscaped();
            break;
        }
    }
    if (!bar.destName.isEmpty())
        text += QStringLiteral("<br>") + tr("To: %1").arg(bar.destName).toHtmlEscaped();
    if (!bar.requestCode.isEmpty())
        text += QStringLiteral("<br>") + tr("Request: %1").arg(bar.requestCode).toHtmlEscaped();
    return text;
}

void DispatchBoard::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_spanTo > m_spanFrom)
        showSpan(m_spanFrom, m_spanTo);
}

void DispatchBoard::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_spanTo > m_spanFrom)
        showSpan(m_spanFrom, m_spanTo);
}

void DispatchBoard::scrollContentsBy(int, int)
{
    viewport()->update();
}

void DispatchBoard::paintHeader(QPainter &p, const QRect &area)
{
    const QPalette &pal = palette();
    p.fillRect(QRect(0, 0, area.width(), kHeaderHeight), pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, kHeaderHeight - 1, area.width(), kHeaderHeight - 1);
    p.save();
    p.setClipRect(QRect(kLabelWidth, 0, area.width() - kLabelWidth, kHeaderHeight));
    // Hour ticks as dense as stays readable; day boundaries always.
    int step = 24;
    for (int candidate : { 1, 2, 3, 6, 12, 24 }) {
        if (candidate * m_hourWidth >= 38) {
            step = candidate;
            break;
        }
    }
    const qint64 first = timeAt(kLabelWidth), last = timeAt(area.width());
    const qint64 firstHour
        = m_data.fromMs + std::max<qint64>(0, (first - m_data.fromMs) / (24 * kHourMs)) * 24 * kHourMs;
    p.setPen(pal.color(QPalette::ButtonText));
    for (qint64 t = firstHour; t <= last && t <= m_data.toMs; t += kHourMs) {
        const qint64 hourOfDay
            = ((t - m_data.fromMs) / kHourMs) % 24; // the span starts at a Beijing midnight
        const int x = int(xOf(t));
        if (hourOfDay == 0) {
            p.drawLine(x, 0, x, kHeaderHeight);
            const QDate day = QDate::fromString(TimeParse::toBeijingDay(t), Qt::ISODate);
            const QString label = QStringLiteral("%1 %2").arg(day.toString(QStringLiteral("MM-dd")),
                QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat));
            // The day's name stays in sight while its morning is scrolled away.
            const int dayEnd = int(xOf(t + 24 * kHourMs));
            const int labelX = std::max(
                x, std::min(kLabelWidth, dayEnd - QFontMetrics(p.font()).horizontalAdvance(label) - 8));
            p.drawText(
                QRect(labelX + 4, 2, dayEnd - labelX - 8, 18), Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        if (hourOfDay % step == 0) {
            p.drawLine(x, kHeaderHeight - 6, x, kHeaderHeight - 1);
            if (step < 24 && x >= kLabelWidth) // a label whose tick scrolled under the names would show cut
                p.drawText(QRect(x + 3, 20, 40, 18), Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("%1:00").arg(hourOfDay, 2, 10, QLatin1Char('0')));
        }
    }
    p.restore();
    p.fillRect(QRect(0, 0, kLabelWidth, kHeaderHeight), pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(QRect(8, 0, kLabelWidth - 16, kHeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%n car(s)", nullptr, m_shownVehicles));
}

void DispatchBoard::paintLine(QPainter &p, const Line &line, int index, int y, const QRect &area)
{
    const QPalette &pal = palette();
    const QRect row(0, y, area.width(), line.height);
    if (line.kind != Line::Kind::Vehicle) {
        p.fillRect(row,
            line.kind == Line::Kind::Category ? pal.color(QPalette::Mid).lighter(130)
                                              : pal.color(QPalette::AlternateBase));
        QFont font = p.font();
        font.setBold(line.kind == Line::Kind::Category);
        p.setFont(font);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(row.adjusted(line.kind == Line::Kind::Category ? 6 : 14, 0, -6, 0),
            Qt::AlignLeft | Qt::AlignVCenter, line.text);
        font.setBold(false);
        p.setFont(font);
        return;
    }
    const BoardVehicle &v = m_data.vehicles[line.vehicle];
    const bool current = index == m_currentLine;
    p.fillRect(row, current ? pal.color(QPalette::Highlight).lighter(185) : pal.color(QPalette::Base));

    // Out of service: the whole row; workshop days: their day.
    const QRect timeArea(kLabelWidth, y, area.width() - kLabelWidth, line.height);
    p.save();
    p.setClipRect(timeArea);
    if (v.status == VehicleStatus::Maintenance || v.status == VehicleStatus::Retired)
        p.fillRect(timeArea, QBrush(QColor(0x99, 0x99, 0x99, 90), Qt::BDiagPattern));
    for (int i : m_shadesByVehicle.value(v.id)) {
        const BoardShade &s = m_data.shades[i];
        const QRectF r(xOf(s.startMs), y, (s.endMs - s.startMs) / double(kHourMs) * m_hourWidth, line.height);
        p.fillRect(r, QBrush(QColor(0xd9, 0x7a, 0x00, 110), Qt::FDiagPattern));
    }
    if (m_hover.active && m_hover.line == index) {
        const QColor verdict
            = m_hover.refusal.isEmpty() ? QColor(0x2e, 0x9d, 0x5b, 70) : QColor(0xd6, 0x33, 0x33, 70);
        p.fillRect(timeArea, verdict);
    }

    const qint64 first = timeAt(kLabelWidth), last = timeAt(area.width());
    const QList<int> bars = m_barsByVehicle.value(v.id);
    QFontMetrics fm(p.font());
    for (int i : bars) {
        const BoardBar &bar = m_data.bars[i];
        if (bar.endMs <= first)
            continue;
        if (bar.startMs >= last)
            break; // ordered by start
        const double left = xOf(bar.startMs), right = xOf(bar.endMs);
        QRectF r(left, y + 3, std::max(3.0, right - left), line.height - 6);
        const QColor color = stateColor(bar.state);
        const bool dragged = m_barDrag.moving && m_barDrag.bar == i;
        if (r.width() < 8 && bar.taskId != m_selectedTask && !dragged) {
            // Zoomed out to a month a bar is a few pixels: a plain fill looks the same and costs far less.
            p.fillRect(r, color);
            ++m_lastPaintedBars;
            continue;
        }
        p.setPen(
            bar.taskId == m_selectedTask ? QPen(pal.color(QPalette::Text), 2) : QPen(color.darker(130), 1));
        p.setBrush(dragged ? color.lighter(150) : color);
        p.drawRoundedRect(r, 3, 3);
        if (r.width() > 24) {
            p.setPen(Qt::white);
            const QString label = bar.destName.isEmpty()
                ? bar.driverName
                : bar.driverName + QStringLiteral(" → ") + bar.destName;
            p.drawText(r.adjusted(4, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(label, Qt::ElideRight, int(r.width()) - 7));
        }
        ++m_lastPaintedBars;
    }
    p.restore();

    // The label column stays put while time scrolls under it.
    p.fillRect(QRect(0, y, kLabelWidth, line.height),
        current ? pal.color(QPalette::Highlight).lighter(170) : pal.color(QPalette::Window));
    const bool out = v.status != VehicleStatus::Active;
    p.setPen(out ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
    QString label = v.plate;
    if (v.seats > 0)
        label += QStringLiteral("  ") + tr("%n seat(s)", nullptr, v.seats);
    if (!v.model.isEmpty())
        label += QStringLiteral("  ") + v.model;
    if (v.status == VehicleStatus::Maintenance)
        label += QStringLiteral("  ") + tr("(in maintenance)");
    else if (v.status == VehicleStatus::Retired)
        label += QStringLiteral("  ") + tr("(retired)");
    p.drawText(QRect(22, y, kLabelWidth - 28, line.height), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(label, Qt::ElideRight, kLabelWidth - 28));
    p.setPen(pal.color(QPalette::Midlight));
    p.drawLine(0, y + line.height - 1, area.width(), y + line.height - 1);
}

void DispatchBoard::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect area = viewport()->rect();
    p.fillRect(area, palette().color(QPalette::Base));
    m_lastPaintedBars = 0;

    if (m_lines.isEmpty()) {
        paintHeader(p, area);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(0, kHeaderHeight, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
            m_data.vehicles.isEmpty() ? tr("No vehicles yet. Add them under Records → Vehicles.")
                                      : tr("No vehicle matches the filter."));
        return;
    }

    p.save();
    p.setClipRect(area.adjusted(0, kHeaderHeight, 0, 0));
    const int scrollY = verticalScrollBar()->value();
    for (int i = std::max(0, lineAt(kHeaderHeight)); i < m_lines.size(); ++i) {
        const int y = kHeaderHeight + m_lines[i].top - scrollY;
        if (y > area.height())
            break;
        paintLine(p, m_lines[i], i, y, area);
    }

    // Day boundaries and "now" across every row.
    p.setClipRect(
        QRect(kLabelWidth, kHeaderHeight, area.width() - kLabelWidth, area.height() - kHeaderHeight));
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    for (qint64 t = m_data.fromMs; t <= m_data.toMs; t += 24 * kHourMs)
        p.drawLine(QPointF(xOf(t), kHeaderHeight), QPointF(xOf(t), area.height()));
    if (m_hover.active && m_hover.endMs > m_hover.startMs) {
        // The dragged request's booked window, so the dispatcher sees which bars it would meet.
        p.fillRect(QRectF(xOf(m_hover.startMs), kHeaderHeight,
                       (m_hover.endMs - m_hover.startMs) / double(kHourMs) * m_hourWidth, area.height()),
            QColor(0x2f, 0x6f, 0xd6, 40));
    }
    if (m_barDrag.moving) {
        const BoardBar &bar = m_data.bars[m_barDrag.bar];
        const int line = m_barDrag.line >= 0 ? m_barDrag.line : -1;
        if (line >= 0) {
            const int y = kHeaderHeight + m_lines[line].top - scrollY;
            const QRectF ghost(xOf(bar.startMs + m_barDrag.shiftMs), y + 3,
                (bar.endMs - bar.startMs) / double(kHourMs) * m_hourWidth, m_lines[line].height - 6);
            p.setPen(QPen(stateColor(bar.state).darker(140), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(ghost, 3, 3);
        }
    }
    if (m_nowMs >= m_data.fromMs && m_nowMs <= m_data.toMs) {
        p.setPen(QPen(QColor(0xd6, 0x33, 0x33), 2));
        p.drawLine(QPointF(xOf(m_nowMs), kHeaderHeight), QPointF(xOf(m_nowMs), area.height()));
    }
    p.restore();
    paintHeader(p, area);

    if (m_hover.active && m_hover.line >= 0) {
        // The verdict in words next to the row, so a refusal is read before the mouse is let go.
        const QString text = m_hover.refusal.isEmpty()
            ? tr("Drop to dispatch %1 to %2")
                  .arg(m_hover.requestCode, m_data.vehicles[m_lines[m_hover.line].vehicle].plate)
            : m_hover.refusal;
        const int y = kHeaderHeight + m_lines[m_hover.line].top - scrollY + m_lines[m_hover.line].height + 2;
        QFontMetrics fm(p.font());
        QRect box = fm.boundingRect(QRect(0, 0, std::max(200, area.width() - kLabelWidth - 20), 400),
                          Qt::TextWordWrap, text)
                        .adjusted(-6, -4, 6, 4);
        box.moveTopLeft(QPoint(kLabelWidth + 8, std::min(y, area.height() - box.height() - 2)));
        p.setPen(Qt::NoPen);
        p.setBrush(m_hover.refusal.isEmpty() ? QColor(0x2e, 0x9d, 0x5b) : QColor(0xb0, 0x24, 0x24));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(Qt::white);
        p.drawText(box.adjusted(6, 4, -6, -4), Qt::TextWordWrap, text);
    }
}

bool DispatchBoard::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar >= 0) {
            QToolTip::showText(help->globalPos(), barToolTip(m_data.bars[bar]), viewport());
        } else {
            const QString shade = help->pos().x() >= kLabelWidth
                ? shadeAt(lineAt(help->pos().y()), timeAt(help->pos().x()))
                : QString();
            if (help->pos().y() < kHeaderHeight && !toolTip().isEmpty())
                QToolTip::showText(help->globalPos(), toolTip(), viewport()); // how to zoom and move
            else if (shade.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), shade, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void DispatchBoard::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void DispatchBoard::ensureLineVisible(int line)
{
    const int top = m_lines[line].top, bottom = top + m_lines[line].height;
    const int visible = viewport()->height() - kHeaderHeight;
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (bottom > bar->value() + visible)
        bar->setValue(bottom - visible);
}

void DispatchBoard::moveCurrentLine(int step)
{
    int line = m_currentLine < 0 ? (step > 0 ? -1 : int(m_lines.size())) : m_currentLine;
    for (int moved = 0; moved < std::abs(step);) {
        line += step > 0 ? 1 : -1;
        if (line < 0 || line >= m_lines.size())
            return;
        if (m_lines[line].vehicle >= 0)
            ++moved;
    }
    setCurrentVehicle(m_data.vehicles[m_lines[line].vehicle].id);
}

void DispatchBoard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveCurrentLine(1);
        break;
    case Qt::Key_Up:
        moveCurrentLine(-1);
        break;
    case Qt::Key_PageDown:
        moveCurrentLine(std::max(1, (viewport()->height() - kHeaderHeight) / kVehicleRow - 1));
        break;
    case Qt::Key_PageUp:
        moveCurrentLine(-std::max(1, (viewport()->height() - kHeaderHeight) / kVehicleRow - 1));
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Ctrl steps through the current car's orders (so departure, return and print are reachable without a
        // mouse); plain arrows move through time.
        if (event->modifiers() & Qt::ControlModifier)
            stepSelection(event->key() == Qt::Key_Right ? 1 : -1);
        else {
            m_spanFrom = m_spanTo = 0; // the user moved: a later resize keeps their view
            horizontalScrollBar()->setValue(
                horizontalScrollBar()->value() + (event->key() == Qt::Key_Right ? 1 : -1) * int(m_hourWidth));
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, kLabelWidth + (viewport()->width() - kLabelWidth) / 2);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, kLabelWidth + (viewport()->width() - kLabelWidth) / 2);
        break;
    case Qt::Key_Home:
        scrollToTime(m_nowMs);
        break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedTask.isEmpty())
            emit barActivated(m_selectedTask);
        break;
    case Qt::Key_Escape:
        if (m_barDrag.moving) {
            m_barDrag = {};
            viewport()->update();
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DispatchBoard::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int line = lineAt(pos.y());
    if (line >= 0 && m_lines[line].vehicle >= 0)
        setCurrentVehicle(m_data.vehicles[m_lines[line].vehicle].id);
    const int bar = barAt(pos);
    selectTask(bar >= 0 ? m_data.bars[bar].taskId : QString());
    m_barDrag = {};
    if (event->button() == Qt::LeftButton && bar >= 0
        && m_data.bars[bar].state == BoardBar::State::Dispatched) {
        m_barDrag.bar = bar;
        m_barDrag.pressPos = pos;
    }
}

void DispatchBoard::mouseMoveEvent(QMouseEvent *event)
{
    if (m_barDrag.bar < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_barDrag.moving && (pos - m_barDrag.pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_barDrag.moving = true;
    const int line = lineAt(pos.y());
    if (line >= 0 && m_lines[line].vehicle >= 0)
        m_barDrag.line = line;
    const qint64 shift = qint64((pos.x() - m_barDrag.pressPos.x()) / m_hourWidth * kHourMs);
    m_barDrag.shiftMs = (shift >= 0 ? shift + kSnapMs / 2 : shift - kSnapMs / 2) / kSnapMs * kSnapMs;
    viewport()->update();
}

void DispatchBoard::mouseReleaseEvent(QMouseEvent *)
{
    const BarDrag drag = m_barDrag;
    m_barDrag = {};
    viewport()->update();
    if (!drag.moving || drag.line < 0)
        return;
    const BoardBar bar = m_data.bars[drag.bar];
    const QString vehicleId = m_data.vehicles[m_lines[drag.line].vehicle].id;
    if (vehicleId == bar.vehicleId && drag.shiftMs == 0)
        return;
    emit barMoveRequested(bar.taskId, vehicleId, bar.startMs + drag.shiftMs, bar.endMs + drag.shiftMs);
}

void DispatchBoard::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int bar = barAt(pos);
    if (bar >= 0) {
        emit barActivated(m_data.bars[bar].taskId);
        return;
    }
    // A double-click on a car's name opens its file.
    const int line = lineAt(pos.y());
    if (pos.x() < kLabelWidth && line >= 0 && m_lines[line].kind == Line::Kind::Vehicle)
        emit vehicleActivated(m_data.vehicles[m_lines[line].vehicle].id);
}

void DispatchBoard::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint pos = viewport()->mapFrom(this, event->pos());
    int bar = barAt(pos);
    if (event->reason() == QContextMenuEvent::Keyboard && !m_selectedTask.isEmpty()) {
        pos = barRect(m_selectedTask).center();
        bar = barAt(pos);
    }
    if (bar < 0) {
        // A car's row outside its bars: what can be done with the car itself (its file).
        const int line = lineAt(pos.y());
        if (line >= 0 && m_lines[line].kind == Line::Kind::Vehicle) {
            const QString vehicleId = m_data.vehicles[m_lines[line].vehicle].id;
            setCurrentVehicle(vehicleId);
            emit vehicleMenuRequested(vehicleId, viewport()->mapToGlobal(pos));
        }
        return;
    }
    selectTask(m_data.bars[bar].taskId);
    emit barMenuRequested(m_data.bars[bar].taskId, viewport()->mapToGlobal(pos));
}

void DispatchBoard::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasFormat(RequestQueueModel::kMimeType))
        return;
    m_hover = {};
    m_hover.active = true;
    m_hover.requestCode = QString::fromUtf8(event->mimeData()->data(RequestQueueModel::kMimeType));
    const QList<QByteArray> window = event->mimeData()->data(RequestQueueModel::kWindowMimeType).split(' ');
    if (window.size() == 2) {
        m_hover.startMs = window[0].toLongLong();
        m_hover.endMs = window[1].toLongLong();
    }
    m_judgements.clear();
    event->acceptProposedAction();
    viewport()->update();
}

void DispatchBoard::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_hover.active)
        return;
    const int line = lineAt(event->position().toPoint().y());
    const bool onCar = line >= 0 && m_lines[line].vehicle >= 0;
    if (line != m_hover.line) {
        m_hover.line = onCar ? line : -1;
        m_hover.refusal.clear();
        if (onCar && m_judge) {
            const QString vehicleId = m_data.vehicles[m_lines[line].vehicle].id;
            const QString key = m_hover.requestCode + QLatin1Char('\n') + vehicleId;
            if (!m_judgements.contains(key))
                m_judgements.insert(key, m_judge(m_hover.requestCode, vehicleId));
            m_hover.refusal = m_judgements.value(key);
        }
        viewport()->update();
    }
    // A refused car still accepts the drop: letting go there shows the dispatcher why, rather than nothing.
    if (onCar)
        event->acceptProposedAction();
    else
        event->ignore();
}

void DispatchBoard::dragLeaveEvent(QDragLeaveEvent *)
{
    m_hover = {};
    viewport()->update();
}

void DispatchBoard::dropEvent(QDropEvent *event)
{
    const Hover hover = m_hover;
    m_hover = {};
    viewport()->update();
    if (!hover.active || hover.line < 0)
        return;
    event->acceptProposedAction();
    emit requestDropped(hover.requestCode, m_data.vehicles[m_lines[hover.line].vehicle].id);
}
