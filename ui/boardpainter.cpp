#include "ui/boardpainter.h"
#include "base/timeparse.h"
#include "store/recordkinds.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace {

constexpr int kLabelWidth = BoardLayout::kLabelWidth;
constexpr int kHeaderHeight = BoardLayout::kHeaderHeight;
constexpr qint64 kHourMs = BoardLayout::kHourMs;

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

BoardPainter::BoardPainter(
    const BoardLayout &layout, const BoardLayout::View &view, const QPalette &palette, const State &state)
    : m_layout(layout)
    , m_view(view)
    , m_pal(palette)
    , m_state(state)
{ }

int BoardPainter::paint(QPainter &p, const QRect &area)
{
    p.fillRect(area, m_pal.color(QPalette::Base));
    m_paintedBars = 0;

    if (m_layout.lines().isEmpty()) {
        paintHeader(p, area);
        p.setPen(m_pal.color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(0, kHeaderHeight, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
            m_layout.data().vehicles.isEmpty() ? tr("No vehicles yet. Add them under Records → Vehicles.")
                                               : tr("No vehicle matches the filter."));
        return 0;
    }

    p.save();
    p.setClipRect(area.adjusted(0, kHeaderHeight, 0, 0));
    const int scrollY = m_view.scrollY;
    for (int i = std::max(0, m_layout.lineAt(kHeaderHeight, m_view)); i < m_layout.lines().size(); ++i) {
        const int y = kHeaderHeight + m_layout.lines()[i].top - scrollY;
        if (y > area.height())
            break;
        paintLine(p, m_layout.lines()[i], i, y, area);
    }

    paintOverlays(p, area);
    p.restore();
    paintHeader(p, area);
    paintVerdict(p, area);
    return m_paintedBars;
}

void BoardPainter::paintOverlays(QPainter &p, const QRect &area)
{
    const int scrollY = m_view.scrollY;
    // Day boundaries and "now" across every row.
    p.setClipRect(
        QRect(kLabelWidth, kHeaderHeight, area.width() - kLabelWidth, area.height() - kHeaderHeight));
    p.setPen(QPen(m_pal.color(QPalette::Mid), 1, Qt::DotLine));
    for (qint64 t = m_layout.data().fromMs; t <= m_layout.data().toMs; t += 24 * kHourMs)
        p.drawLine(QPointF(xOf(t), kHeaderHeight), QPointF(xOf(t), area.height()));
    if (m_state.hover.active && m_state.hover.endMs > m_state.hover.startMs) {
        // The dragged request's booked window, so the dispatcher sees which bars it would meet.
        p.fillRect(QRectF(xOf(m_state.hover.startMs), kHeaderHeight,
                       (m_state.hover.endMs - m_state.hover.startMs) / double(kHourMs) * m_layout.hourWidth(),
                       area.height()),
            QColor(0x2f, 0x6f, 0xd6, 40));
    }
    if (m_state.drag.moving) {
        const BoardBar &bar = m_layout.data().bars[m_state.drag.bar];
        const int line = m_state.drag.line >= 0 ? m_state.drag.line : -1;
        if (line >= 0) {
            const int y = kHeaderHeight + m_layout.lines()[line].top - scrollY;
            const QRectF ghost(xOf(bar.startMs + m_state.drag.shiftMs), y + 3,
                (bar.endMs - bar.startMs) / double(kHourMs) * m_layout.hourWidth(),
                m_layout.lines()[line].height - 6);
            p.setPen(QPen(stateColor(bar.state).darker(140), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(ghost, 3, 3);
        }
    }
    if (m_state.nowMs >= m_layout.data().fromMs && m_state.nowMs <= m_layout.data().toMs) {
        p.setPen(QPen(QColor(0xd6, 0x33, 0x33), 2));
        p.drawLine(QPointF(xOf(m_state.nowMs), kHeaderHeight), QPointF(xOf(m_state.nowMs), area.height()));
    }
}

void BoardPainter::paintVerdict(QPainter &p, const QRect &area)
{
    const int scrollY = m_view.scrollY;
    if (m_state.hover.active && m_state.hover.line >= 0) {
        // The verdict in words next to the row, so a refusal is read before the mouse is let go.
        const QString text = m_state.hover.refusal.isEmpty()
            ? tr("Drop to dispatch %1 to %2")
                  .arg(m_state.hover.requestCode,
                      m_layout.data().vehicles[m_layout.lines()[m_state.hover.line].vehicle].plate)
            : m_state.hover.refusal;
        const int y = kHeaderHeight + m_layout.lines()[m_state.hover.line].top - scrollY
            + m_layout.lines()[m_state.hover.line].height + 2;
        QFontMetrics fm(p.font());
        QRect box = fm.boundingRect(QRect(0, 0, std::max(200, area.width() - kLabelWidth - 20), 400),
                          Qt::TextWordWrap, text)
                        .adjusted(-6, -4, 6, 4);
        box.moveTopLeft(QPoint(kLabelWidth + 8, std::min(y, area.height() - box.height() - 2)));
        p.setPen(Qt::NoPen);
        p.setBrush(m_state.hover.refusal.isEmpty() ? QColor(0x2e, 0x9d, 0x5b) : QColor(0xb0, 0x24, 0x24));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(Qt::white);
        p.drawText(box.adjusted(6, 4, -6, -4), Qt::TextWordWrap, text);
    }
}

void BoardPainter::paintHeader(QPainter &p, const QRect &area)
{
    const QPalette &pal = m_pal;
    p.fillRect(QRect(0, 0, area.width(), kHeaderHeight), pal.color(QPalette::Button));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, kHeaderHeight - 1, area.width(), kHeaderHeight - 1);
    p.save();
    p.setClipRect(QRect(kLabelWidth, 0, area.width() - kLabelWidth, kHeaderHeight));
    // Hour ticks as dense as stays readable; day boundaries always.
    int step = 24;
    for (int candidate : { 1, 2, 3, 6, 12, 24 }) {
        if (candidate * m_layout.hourWidth() >= 38) {
            step = candidate;
            break;
        }
    }
    const qint64 first = m_layout.timeAt(kLabelWidth, m_view), last = m_layout.timeAt(area.width(), m_view);
    const qint64 firstHour = m_layout.data().fromMs
        + std::max<qint64>(0, (first - m_layout.data().fromMs) / (24 * kHourMs)) * 24 * kHourMs;
    p.setPen(pal.color(QPalette::ButtonText));
    for (qint64 t = firstHour; t <= last && t <= m_layout.data().toMs; t += kHourMs) {
        const qint64 hourOfDay
            = ((t - m_layout.data().fromMs) / kHourMs) % 24; // the span starts at a Beijing midnight
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
        tr("%n car(s)", nullptr, m_layout.shownVehicles()));
}

void BoardPainter::paintLine(QPainter &p, const BoardLayout::Line &line, int index, int y, const QRect &area)
{
    const QPalette &pal = m_pal;
    const QRect row(0, y, area.width(), line.height);
    if (line.kind != BoardLayout::Line::Kind::Vehicle) {
        p.fillRect(row,
            line.kind == BoardLayout::Line::Kind::Category ? pal.color(QPalette::Mid).lighter(130)
                                                           : pal.color(QPalette::AlternateBase));
        QFont font = p.font();
        font.setBold(line.kind == BoardLayout::Line::Kind::Category);
        p.setFont(font);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(row.adjusted(line.kind == BoardLayout::Line::Kind::Category ? 6 : 14, 0, -6, 0),
            Qt::AlignLeft | Qt::AlignVCenter, line.text);
        font.setBold(false);
        p.setFont(font);
        return;
    }
    const BoardVehicle &v = m_layout.data().vehicles[line.vehicle];
    const bool current = index == m_state.currentLine;
    p.fillRect(row, current ? pal.color(QPalette::Highlight).lighter(185) : pal.color(QPalette::Base));

    // Out of service: the whole row; workshop days: their day.
    const QRect timeArea(kLabelWidth, y, area.width() - kLabelWidth, line.height);
    p.save();
    p.setClipRect(timeArea);
    if (v.status == VehicleStatus::Maintenance || v.status == VehicleStatus::Retired)
        p.fillRect(timeArea, QBrush(QColor(0x99, 0x99, 0x99, 90), Qt::BDiagPattern));
    for (int i : m_layout.shadesOf(v.id)) {
        QRect r = m_layout.shadeRect(i, m_view);
        if (r.isNull() || r.right() < kLabelWidth || r.left() > area.right())
            continue;
        r.moveTop(y);
        if (!m_layout.data().shades[i].inShop) {
            p.fillRect(r, QBrush(QColor(0xd9, 0x7a, 0x00, 110), Qt::FDiagPattern));
            continue;
        }
        // Booked into the shop: a hatched block with its name, so no one drops a trip there.
        p.fillRect(r, QColor(0xf3, 0xe3, 0xc8));
        p.fillRect(r, QBrush(QColor(0xa8, 0x5a, 0x00, 150), Qt::BDiagPattern));
        p.setPen(QPen(QColor(0xa8, 0x5a, 0x00), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(0, 1, -1, -2));
        const QString label = tr("In the shop");
        QFontMetrics labelMetrics(p.font());
        const int visibleLeft = std::max(r.left(), kLabelWidth);
        const QRect visible(
            visibleLeft, r.top(), std::min(r.right(), area.right()) - visibleLeft, r.height());
        if (visible.width() > labelMetrics.horizontalAdvance(label) + 10) {
            const QRect text = labelMetrics.boundingRect(label).adjusted(-4, -1, 4, 1);
            QRect box(0, 0, text.width(), text.height());
            box.moveCenter(visible.center());
            p.fillRect(box, QColor(0xfb, 0xf3, 0xe6));
            p.setPen(QColor(0x7a, 0x40, 0x00));
            p.drawText(box, Qt::AlignCenter, label);
        }
    }
    if (m_state.hover.active && m_state.hover.line == index) {
        const QColor verdict
            = m_state.hover.refusal.isEmpty() ? QColor(0x2e, 0x9d, 0x5b, 70) : QColor(0xd6, 0x33, 0x33, 70);
        p.fillRect(timeArea, verdict);
    }

    const qint64 first = m_layout.timeAt(kLabelWidth, m_view), last = m_layout.timeAt(area.width(), m_view);
    const QList<int> bars = m_layout.barsOf(v.id);
    QFontMetrics fm(p.font());
    for (int i : bars) {
        const BoardBar &bar = m_layout.data().bars[i];
        if (bar.endMs <= first)
            continue;
        if (bar.startMs >= last)
            break; // ordered by start
        const double left = xOf(bar.startMs), right = xOf(bar.endMs);
        QRectF r(left, y + 3, std::max(3.0, right - left), line.height - 6);
        const QColor color = stateColor(bar.state);
        const bool dragged = m_state.drag.moving && m_state.drag.bar == i;
        if (r.width() < 8 && bar.taskId != m_state.selectedTask && !dragged) {
            // Zoomed out to a month a bar is a few pixels: a plain fill looks the same and costs far less.
            p.fillRect(r, color);
            ++m_paintedBars;
            continue;
        }
        p.setPen(bar.taskId == m_state.selectedTask ? QPen(pal.color(QPalette::Text), 2)
                                                    : QPen(color.darker(130), 1));
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
        ++m_paintedBars;
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
