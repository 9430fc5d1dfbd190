#include "ui/boardlayout.h"
#include "base/timeparse.h"
#include "store/recordkinds.h"

#include <algorithm>
#include <cmath>

void BoardLayout::setData(DispatchBoardData data)
{
    m_data = std::move(data);
    m_barsByVehicle.clear();
    for (int i = 0; i < m_data.bars.size(); ++i)
        m_barsByVehicle[m_data.bars[i].vehicleId].append(i); // already ordered by start within a car
    m_shadesByVehicle.clear();
    for (int i = 0; i < m_data.shades.size(); ++i)
        m_shadesByVehicle[m_data.shades[i].vehicleId].append(i);
    rebuildLines();
}

bool BoardLayout::setFilter(const QString &text, const QString &category)
{
    if (text == m_filterText && category == m_filterCategory)
        return false;
    m_filterText = text;
    m_filterCategory = category;
    rebuildLines();
    return true;
}

void BoardLayout::rebuildLines()
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

int BoardLayout::lineOf(const QString &vehicleId) const
{
    int found = -1;
    for (int i = 0; i < m_lines.size() && !vehicleId.isEmpty(); ++i) {
        if (m_lines[i].vehicle >= 0 && m_data.vehicles[m_lines[i].vehicle].id == vehicleId)
            found = i;
    }
    return found;
}

QString BoardLayout::vehicleIdAt(int line) const
{
    if (line < 0 || line >= m_lines.size() || m_lines[line].vehicle < 0)
        return {};
    return m_data.vehicles[m_lines[line].vehicle].id;
}

int BoardLayout::barIndex(const QString &taskId) const
{
    for (int i = 0; i < m_data.bars.size(); ++i) {
        if (m_data.bars[i].taskId == taskId)
            return i;
    }
    return -1;
}

const BoardBar *BoardLayout::barOf(const QString &taskId) const
{
    const int i = barIndex(taskId);
    return i < 0 ? nullptr : &m_data.bars[i];
}

void BoardLayout::setHourWidth(double pixels)
{
    m_hourWidth = std::clamp(pixels, kMinHourWidth, kMaxHourWidth);
}

int BoardLayout::contentWidth() const
{
    return int(std::ceil(double(m_data.toMs - m_data.fromMs) / kHourMs * m_hourWidth));
}

int BoardLayout::contentHeight() const
{
    return m_lines.isEmpty() ? 0 : m_lines.last().top + m_lines.last().height;
}

double BoardLayout::xOf(qint64 ms, const View &view) const
{
    return kLabelWidth + contentX(ms) - view.scrollX;
}

qint64 BoardLayout::timeAt(double x, const View &view) const
{
    return m_data.fromMs + qint64((x - kLabelWidth + view.scrollX) / m_hourWidth * kHourMs);
}

int BoardLayout::lineAt(int y, const View &view) const
{
    if (y < kHeaderHeight)
        return -1;
    const int contentY = y - kHeaderHeight + view.scrollY;
    auto it = std::upper_bound(m_lines.begin(), m_lines.end(), contentY,
        [](int value, const Line &line) { return value < line.top; });
    if (it == m_lines.begin())
        return -1;
    const int index = int(std::distance(m_lines.begin(), it)) - 1;
    return contentY < m_lines[index].top + m_lines[index].height ? index : -1;
}

int BoardLayout::barAt(const QPoint &pos, const View &view) const
{
    const int line = lineAt(pos.y(), view);
    if (line < 0 || m_lines[line].vehicle < 0 || pos.x() < kLabelWidth)
        return -1;
    const qint64 t = timeAt(pos.x(), view);
    const qint64 slack = qint64(3 / m_hourWidth * kHourMs); // a thin bar is still easy to hit
    for (int i : m_barsByVehicle.value(m_data.vehicles[m_lines[line].vehicle].id)) {
        const BoardBar &bar = m_data.bars[i];
        if (bar.startMs - slack <= t && t < bar.endMs + slack)
            return i;
    }
    return -1;
}

QRect BoardLayout::rowRect(const QString &vehicleId, const View &view) const
{
    for (const Line &line : m_lines) {
        if (line.vehicle >= 0 && m_data.vehicles[line.vehicle].id == vehicleId)
            return QRect(0, kHeaderHeight + line.top - view.scrollY, view.width, line.height);
    }
    return {};
}

QRect BoardLayout::barRect(const QString &taskId, const View &view) const
{
    const BoardBar *bar = barOf(taskId);
    if (!bar)
        return {};
    const QRect row = rowRect(bar->vehicleId, view);
    if (row.isNull())
        return {};
    const int left = int(xOf(std::max(bar->startMs, m_data.fromMs), view));
    const int right = int(xOf(std::min(bar->endMs, m_data.toMs), view));
    return QRect(left, row.top() + 3, std::max(3, right - left), row.height() - 6);
}

QString BoardLayout::shadeAt(int line, qint64 ms) const
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
            return s.inShop
                ? tr("In the shop until %1: %2").arg(TimeParse::toBeijingIso(s.endMs - 1).left(10), s.reason)
                : tr("Maintenance: %1").arg(s.reason);
    }
    return {};
}

QRect BoardLayout::shadeRect(int index, const View &view) const
{
    if (index < 0 || index >= m_data.shades.size())
        return {};
    const BoardShade &s = m_data.shades[index];
    const QRect row = rowRect(s.vehicleId, view);
    const qint64 from = std::max(s.startMs, m_data.fromMs), to = std::min(s.endMs, m_data.toMs);
    if (row.isNull() || to <= from)
        return {};
    const int left = int(std::floor(xOf(from, view)));
    const int right = int(std::ceil(xOf(to, view)));
    return QRect(left, row.top(), std::max(1, right - left), row.height());
}

QList<QRect> BoardLayout::shopBlocks(const QString &vehicleId, const View &view) const
{
    QList<QRect> out;
    for (int i : m_shadesByVehicle.value(vehicleId)) {
        if (!m_data.shades[i].inShop)
            continue;
        if (const QRect r = shadeRect(i, view); !r.isNull())
            out << r;
    }
    std::sort(out.begin(), out.end(), [](const QRect &a, const QRect &b) { return a.left() < b.left(); });
    return out;
}

std::optional<int> BoardLayout::zoomBy(double factor, int anchorX, const View &view)
{
    const double width = std::clamp(m_hourWidth * factor, kMinHourWidth, kMaxHourWidth);
    if (width == m_hourWidth)
        return std::nullopt;
    const qint64 anchorTime = timeAt(anchorX, view);
    m_hourWidth = width;
    return int(std::lround(contentX(anchorTime) - (anchorX - kLabelWidth)));
}

int BoardLayout::fitSpan(qint64 fromMs, qint64 toMs, int width)
{
    m_hourWidth = std::clamp(
        (width - kLabelWidth - 2) / (double(toMs - fromMs) / kHourMs), kMinHourWidth, kMaxHourWidth);
    return int(std::lround(contentX(fromMs)));
}

int BoardLayout::stepVehicleLine(int line, int step) const
{
    for (int moved = 0; moved < std::abs(step);) {
        line += step > 0 ? 1 : -1;
        if (line < 0 || line >= m_lines.size())
            return -1;
        if (m_lines[line].vehicle >= 0)
            ++moved;
    }
    return line;
}

int BoardLayout::stepBar(const QString &vehicleId, const QString &taskId, int step) const
{
    const QList<int> bars = m_barsByVehicle.value(vehicleId);
    if (bars.isEmpty())
        return -1;
    int at = -1;
    for (int i = 0; i < bars.size(); ++i) {
        if (m_data.bars[bars[i]].taskId == taskId)
            at = i;
    }
    const int next
        = at < 0 ? (step > 0 ? 0 : int(bars.size()) - 1) : std::clamp(at + step, 0, int(bars.size()) - 1);
    return bars[next];
}

qint64 BoardLayout::snappedShift(int dx) const
{
    const qint64 shift = qint64(dx / m_hourWidth * kHourMs);
    return (shift >= 0 ? shift + kSnapMs / 2 : shift - kSnapMs / 2) / kSnapMs * kSnapMs;
}

int BoardLayout::pageRows(int height)
{
    return std::max(1, (height - kHeaderHeight) / kVehicleRow - 1);
}
