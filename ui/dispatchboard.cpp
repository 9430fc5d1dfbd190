#include "ui/dispatchboard.h"
#include "base/timeparse.h"
#include "models/requestqueuemodel.h"
#include "ui/boardpainter.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr int kLabelWidth = BoardLayout::kLabelWidth;
constexpr int kHeaderHeight = BoardLayout::kHeaderHeight;

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

BoardLayout::View DispatchBoard::view() const
{
    return { viewport()->width(), viewport()->height(), horizontalScrollBar()->value(),
        verticalScrollBar()->value() };
}

void DispatchBoard::setData(DispatchBoardData data)
{
    const QString current = currentVehicleId();
    m_layout.setData(std::move(data));
    m_judgements.clear();
    m_barDrag = {};
    if (!m_layout.barOf(m_selectedTask))
        m_selectedTask.clear();
    setCurrentVehicle(current);
    updateScrollBars();
    viewport()->update();
}

void DispatchBoard::setFilter(const QString &text, const QString &category)
{
    const QString current = currentVehicleId();
    if (!m_layout.setFilter(text, category))
        return;
    setCurrentVehicle(current);
    updateScrollBars();
    viewport()->update();
}

void DispatchBoard::setNow(qint64 ms)
{
    m_nowMs = ms;
    viewport()->update();
}

void DispatchBoard::updateScrollBars()
{
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, m_layout.contentWidth() - (area.width() - kLabelWidth)));
    horizontalScrollBar()->setPageStep(std::max(1, area.width() - kLabelWidth));
    horizontalScrollBar()->setSingleStep(std::max(1, int(m_layout.hourWidth() / 2)));
    verticalScrollBar()->setRange(0, std::max(0, m_layout.contentHeight() - (area.height() - kHeaderHeight)));
    verticalScrollBar()->setPageStep(std::max(1, area.height() - kHeaderHeight));
    verticalScrollBar()->setSingleStep(BoardLayout::kVehicleRow);
}

void DispatchBoard::setHourWidth(double pixels)
{
    zoomBy(pixels / m_layout.hourWidth(), kLabelWidth + (viewport()->width() - kLabelWidth) / 2);
}

void DispatchBoard::zoomBy(double factor, int anchorX)
{
    m_spanFrom = m_spanTo = 0;
    const std::optional<int> scroll = m_layout.zoomBy(factor, anchorX, view());
    if (!scroll)
        return;
    updateScrollBars();
    horizontalScrollBar()->setValue(*scroll);
    viewport()->update();
}

void DispatchBoard::fitSpan()
{
    m_spanFrom = m_spanTo = 0; // replaces a span still waiting for a width
    const DispatchBoardData &data = m_layout.data();
    if (data.toMs <= data.fromMs)
        return;
    m_layout.fitSpan(data.fromMs, data.toMs, viewport()->width());
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
    const int scroll = m_layout.fitSpan(fromMs, toMs, viewport()->width());
    updateScrollBars();
    horizontalScrollBar()->setValue(scroll);
    viewport()->update();
}

void DispatchBoard::scrollToTime(qint64 ms)
{
    m_spanFrom = m_spanTo = 0;
    horizontalScrollBar()->setValue(int(m_layout.contentX(ms) - (viewport()->width() - kLabelWidth) / 4.0));
}

QString DispatchBoard::currentVehicleId() const
{
    return m_layout.vehicleIdAt(m_currentLine);
}

void DispatchBoard::setCurrentVehicle(const QString &vehicleId)
{
    const int found = m_layout.lineOf(vehicleId);
    if (found == m_currentLine)
        return;
    m_currentLine = found;
    if (found >= 0)
        ensureLineVisible(found);
    viewport()->update();
    emit currentVehicleChanged(currentVehicleId());
}

void DispatchBoard::stepSelection(int step)
{
    const int next = m_layout.stepBar(currentVehicleId(), m_selectedTask, step);
    if (next < 0)
        return;
    const BoardBar &bar = m_layout.data().bars[next];
    selectTask(bar.taskId);
    const double x = m_layout.xOf(bar.startMs, view());
    if (x < kLabelWidth || x > viewport()->width() - 40)
        scrollToTime(bar.startMs);
}

void DispatchBoard::selectTask(const QString &taskId)
{
    if (taskId == m_selectedTask)
        return;
    m_selectedTask = taskId;
    for (const BoardBar &bar : m_layout.data().bars) {
        if (bar.taskId == taskId)
            setCurrentVehicle(bar.vehicleId);
    }
    viewport()->update();
    emit taskSelected(taskId);
}

QRect DispatchBoard::rowRect(const QString &vehicleId) const
{
    return m_layout.rowRect(vehicleId, view());
}

QRect DispatchBoard::barRect(const QString &taskId) const
{
    return m_layout.barRect(taskId, view());
}

QString DispatchBoard::barToolTip(const BoardBar &bar) const
{
    QString text
        = QStringLiteral("<b>%1</b> · %2<br>%3 – %4<br>%5")
              .arg(bar.taskCode.toHtmlEscaped(), DispatchBoardData::stateLabel(bar.state).toHtmlEscaped(),
                  TimeParse::toBeijingShort(bar.startMs), TimeParse::toBeijingShort(bar.endMs),
                  tr("Driver: %1").arg(bar.driverName).toHtmlEscaped());
    // The whole order, since the bar's label is cut to the bar: the car too.
    for (const BoardVehicle &v : m_layout.data().vehicles) {
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

void DispatchBoard::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const BoardPainter::State state { m_currentLine, m_selectedTask, m_hover, m_barDrag, m_nowMs };
    m_lastPaintedBars = BoardPainter(m_layout, view(), palette(), state).paint(p, viewport()->rect());
}

bool DispatchBoard::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bar = m_layout.barAt(help->pos(), view());
        if (bar >= 0) {
            QToolTip::showText(help->globalPos(), barToolTip(m_layout.data().bars[bar]), viewport());
        } else {
            const QString shade = help->pos().x() >= kLabelWidth
                ? m_layout.shadeAt(
                    m_layout.lineAt(help->pos().y(), view()), m_layout.timeAt(help->pos().x(), view()))
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
    const BoardLayout::Line &l = m_layout.lines()[line];
    const int top = l.top, bottom = top + l.height;
    const int visible = viewport()->height() - kHeaderHeight;
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (bottom > bar->value() + visible)
        bar->setValue(bottom - visible);
}

void DispatchBoard::moveCurrentLine(int step)
{
    const int from = m_currentLine < 0 ? (step > 0 ? -1 : int(m_layout.lines().size())) : m_currentLine;
    const int line = m_layout.stepVehicleLine(from, step);
    if (line >= 0)
        setCurrentVehicle(m_layout.vehicleIdAt(line));
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
        moveCurrentLine(BoardLayout::pageRows(viewport()->height()));
        break;
    case Qt::Key_PageUp:
        moveCurrentLine(-BoardLayout::pageRows(viewport()->height()));
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Ctrl steps through the current car's orders (so departure, return and print are reachable without a
        // mouse); plain arrows move through time.
        if (event->modifiers() & Qt::ControlModifier)
            stepSelection(event->key() == Qt::Key_Right ? 1 : -1);
        else {
            m_spanFrom = m_spanTo = 0; // the user moved: a later resize keeps their view
            horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                + (event->key() == Qt::Key_Right ? 1 : -1) * int(m_layout.hourWidth()));
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
    const int line = m_layout.lineAt(pos.y(), view());
    if (line >= 0 && !m_layout.vehicleIdAt(line).isEmpty())
        setCurrentVehicle(m_layout.vehicleIdAt(line));
    const int bar = m_layout.barAt(pos, view());
    selectTask(bar >= 0 ? m_layout.data().bars[bar].taskId : QString());
    m_barDrag = {};
    if (event->button() == Qt::LeftButton && bar >= 0
        && m_layout.data().bars[bar].state == BoardBar::State::Dispatched) {
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
    const int line = m_layout.lineAt(pos.y(), view());
    if (line >= 0 && !m_layout.vehicleIdAt(line).isEmpty())
        m_barDrag.line = line;
    m_barDrag.shiftMs = m_layout.snappedShift(pos.x() - m_barDrag.pressPos.x());
    viewport()->update();
}

void DispatchBoard::mouseReleaseEvent(QMouseEvent *)
{
    const BoardBarDrag drag = m_barDrag;
    m_barDrag = {};
    viewport()->update();
    if (!drag.moving || drag.line < 0)
        return;
    const BoardBar bar = m_layout.data().bars[drag.bar];
    const QString vehicleId = m_layout.vehicleIdAt(drag.line);
    if (vehicleId == bar.vehicleId && drag.shiftMs == 0)
        return;
    emit barMoveRequested(bar.taskId, vehicleId, bar.startMs + drag.shiftMs, bar.endMs + drag.shiftMs);
}

void DispatchBoard::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int bar = m_layout.barAt(pos, view());
    if (bar >= 0) {
        emit barActivated(m_layout.data().bars[bar].taskId);
        return;
    }
    // A double-click on a car's name opens its file.
    const int line = m_layout.lineAt(pos.y(), view());
    if (pos.x() < BoardLayout::kLabelWidth && line >= 0
        && m_layout.lines()[line].kind == BoardLayout::Line::Kind::Vehicle)
        emit vehicleActivated(m_layout.data().vehicles[m_layout.lines()[line].vehicle].id);
}

void DispatchBoard::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint pos = viewport()->mapFrom(this, event->pos());
    int bar = m_layout.barAt(pos, view());
    if (event->reason() == QContextMenuEvent::Keyboard && !m_selectedTask.isEmpty()) {
        pos = barRect(m_selectedTask).center();
        bar = m_layout.barAt(pos, view());
    }
    if (bar < 0) {
        // A car's row outside its bars: what can be done with the car itself (its file).
        const int line = m_layout.lineAt(pos.y(), view());
        if (line >= 0 && m_layout.lines()[line].kind == BoardLayout::Line::Kind::Vehicle) {
            const QString vehicleId = m_layout.data().vehicles[m_layout.lines()[line].vehicle].id;
            setCurrentVehicle(vehicleId);
            emit vehicleMenuRequested(vehicleId, viewport()->mapToGlobal(pos));
        }
        return;
    }
    selectTask(m_layout.data().bars[bar].taskId);
    emit barMenuRequested(m_layout.data().bars[bar].taskId, viewport()->mapToGlobal(pos));
}

void DispatchBoard::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasFormat(RequestQueueModel::kMimeType))
        return;
    m_hover = {};
    m_hover.active = true;
    m_hover.requestCode = QString::fromUtf8(event->mimeData()->data(RequestQueueModel::kMimeType));
    m_hover.requestId = QString::fromUtf8(event->mimeData()->data(RequestQueueModel::kIdMimeType));
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
    const int line = m_layout.lineAt(event->position().toPoint().y(), view());
    const bool onCar = line >= 0 && !m_layout.vehicleIdAt(line).isEmpty();
    if (line != m_hover.line) {
        m_hover.line = onCar ? line : -1;
        m_hover.refusal.clear();
        if (onCar && m_judge) {
            const QString vehicleId = m_layout.vehicleIdAt(line);
            const QString key = m_hover.requestId + QLatin1Char('\n') + vehicleId;
            if (!m_judgements.contains(key))
                m_judgements.insert(key, m_judge(m_hover.requestId, vehicleId));
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
    const BoardHover hover = m_hover;
    m_hover = {};
    viewport()->update();
    if (!hover.active || hover.line < 0)
        return;
    event->acceptProposedAction();
    emit requestDropped(hover.requestId, m_layout.vehicleIdAt(hover.line));
}
