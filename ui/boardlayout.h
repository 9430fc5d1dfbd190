#pragma once
// The dispatch board's geometry without a widget: which lines show (categories, agencies, cars, after the
// filter), where a time and a line are in the viewport for a zoom and a scroll position, which bar or line
// is under a point, and how zooming keeps an instant in place. Plain data in, numbers out, so it is tested
// without a window; DispatchBoard (input and scrolling) and BoardPainter (drawing) both read it.
#include "domain/dispatchboarddata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>
#include <optional>

class BoardLayout
{
    Q_DECLARE_TR_FUNCTIONS(BoardLayout)

public:
    static constexpr int kLabelWidth = 220;
    static constexpr int kHeaderHeight = 42;
    static constexpr int kVehicleRow = 26;
    static constexpr int kGroupRow = 22;
    static constexpr qint64 kHourMs = 3600 * 1000LL;
    static constexpr qint64 kSnapMs = 15 * 60 * 1000LL; // a moved bar lands on the quarter hour
    static constexpr double kMinHourWidth = 2;
    static constexpr double kMaxHourWidth = 400;

    struct Line
    {
        enum class Kind { Category, Agency, Vehicle } kind;
        int vehicle = -1; // into data().vehicles
        QString text;
        int top = 0, height = 0; // in content pixels, below the header
    };
    // The viewport's size and the scroll bars' values: every position below is for one of these.
    struct View
    {
        int width = 0, height = 0;
        int scrollX = 0, scrollY = 0;
    };

    void setData(DispatchBoardData data);
    const DispatchBoardData &data() const { return m_data; }
    // Cars whose plate, model or agency contains `text`, of `category` (empty = all). False when unchanged.
    bool setFilter(const QString &text, const QString &category);

    const QList<Line> &lines() const { return m_lines; }
    int shownVehicles() const { return m_shownVehicles; }
    QList<int> barsOf(const QString &vehicleId) const { return m_barsByVehicle.value(vehicleId); } // by start
    QList<int> shadesOf(const QString &vehicleId) const { return m_shadesByVehicle.value(vehicleId); }
    int lineOf(const QString &vehicleId) const; // the car's line, or -1 (filtered out, unknown)
    QString vehicleIdAt(int line) const; // empty for a group line or none
    int barIndex(const QString &taskId) const; // into data().bars, or -1
    const BoardBar *barOf(const QString &taskId) const;

    double hourWidth() const { return m_hourWidth; }
    void setHourWidth(double pixels); // clamped; the caller keeps its scroll position right
    int contentWidth() const;
    int contentHeight() const;

    double xOf(qint64 ms, const View &view) const;
    qint64 timeAt(double x, const View &view) const;
    // The content x of `ms`: the horizontal scroll value that puts it at the label column's edge.
    double contentX(qint64 ms) const { return double(ms - m_data.fromMs) / kHourMs * m_hourWidth; }
    int lineAt(int y, const View &view) const; // viewport y → line, or -1
    int barAt(const QPoint &pos, const View &view) const; // → index into data().bars, or -1
    QRect rowRect(const QString &vehicleId, const View &view) const;
    QRect barRect(const QString &taskId, const View &view) const;
    // Why the car of `line` is not in service at `ms`, or empty.
    QString shadeAt(int line, qint64 ms) const;
    // Where shade `index` (into data().shades) lies on its car's row: its span cut to the board's, the
    // row's full height. Null when the car is filtered out or the span misses the board.
    QRect shadeRect(int index, const View &view) const;
    // The stays in the shop (BoardShade::inShop) on the car's row, by start: the "in the shop" blocks.
    QList<QRect> shopBlocks(const QString &vehicleId, const View &view) const;

    // Zooms by `factor` keeping the time under viewport x `anchorX` in place; returns the new horizontal
    // scroll value, or nothing when the zoom is at its limit and nothing changed.
    std::optional<int> zoomBy(double factor, int anchorX, const View &view);
    // Fits [fromMs, toMs] across a viewport `width` wide; returns the scroll value putting fromMs at the
    // left.
    int fitSpan(qint64 fromMs, qint64 toMs, int width);
    // The next car line `step` cars away from `line` (-1: before the first), or -1 past either end.
    int stepVehicleLine(int line, int step) const;
    // The bar `step` orders away from `taskId` among the car's (the first or last when `taskId` is not one).
    int stepBar(const QString &vehicleId, const QString &taskId, int step) const;
    // A bar dragged `dx` pixels moves this far, snapped to the quarter hour.
    qint64 snappedShift(int dx) const;
    // Car rows in a viewport `height` high, less one, at least one: what Page Up and Down move.
    static int pageRows(int height);

private:
    void rebuildLines();

    DispatchBoardData m_data;
    QHash<QString, QList<int>> m_barsByVehicle; // vehicle id → bar indices by start
    QHash<QString, QList<int>> m_shadesByVehicle;
    QList<Line> m_lines;
    QString m_filterText, m_filterCategory;
    double m_hourWidth = 40;
    int m_shownVehicles = 0;
};
