// The board's geometry without a widget: lines after the filter, positions for a zoom and a scroll, hit
// tests, zooming about an anchor, stepping through cars and orders, and snapping a moved bar.
#include "store/recordkinds.h"
#include "ui/boardlayout.h"

#include <QTest>

namespace {

constexpr qint64 kHour = BoardLayout::kHourMs;
constexpr qint64 kDay0 = 1767225600000LL - 8 * kHour; // 2026-01-01 00:00 Beijing

BoardVehicle car(const QString &id, const QString &plate, const QString &category, const QString &unit,
    const QString &status = VehicleStatus::Active)
{
    BoardVehicle v;
    v.id = id;
    v.plate = plate;
    v.model = QStringLiteral("Model ") + id;
    v.category = category;
    v.unitId = unit;
    v.unitName = QStringLiteral("Agency ") + unit;
    v.status = status;
    v.seats = 5;
    return v;
}

BoardBar bar(const QString &task, const QString &vehicle, int fromHour, int toHour)
{
    BoardBar b;
    b.taskId = task;
    b.taskCode = task.toUpper();
    b.vehicleId = vehicle;
    b.startMs = kDay0 + fromHour * kHour;
    b.endMs = kDay0 + toHour * kHour;
    b.state = BoardBar::State::Dispatched;
    return b;
}

DispatchBoardData sample()
{
    DispatchBoardData d;
    d.fromMs = kDay0;
    d.toMs = kDay0 + 24 * kHour;
    d.vehicles = { car(QStringLiteral("v1"), QStringLiteral("京A001"), QStringLiteral("sedan"),
                       QStringLiteral("u1")),
        car(QStringLiteral("v2"), QStringLiteral("京A002"), QStringLiteral("sedan"), QStringLiteral("u1")),
        car(QStringLiteral("v3"), QStringLiteral("京A003"), QStringLiteral("sedan"), QStringLiteral("u2"),
            VehicleStatus::Maintenance),
        car(QStringLiteral("v4"), QStringLiteral("京B004"), QStringLiteral("bus"), QStringLiteral("u2")) };
    d.bars = { bar(QStringLiteral("t1"), QStringLiteral("v1"), 8, 10),
        bar(QStringLiteral("t2"), QStringLiteral("v1"), 14, 15),
        bar(QStringLiteral("t3"), QStringLiteral("v4"), 9, 12) };
    BoardShade shade;
    shade.vehicleId = QStringLiteral("v2");
    shade.startMs = kDay0 + 12 * kHour;
    shade.endMs = kDay0 + 18 * kHour;
    shade.reason = QStringLiteral("tyres");
    d.shades = { shade };
    return d;
}

} // namespace

class TestBoardLayout : public QObject
{
    Q_OBJECT

private slots:
    void linesGroupByCategoryAndAgency()
    {
        BoardLayout layout;
        layout.setData(sample());
        // sedan, u1, v1, v2, u2, v3, bus, u2, v4
        QCOMPARE(layout.lines().size(), 9);
        QCOMPARE(layout.shownVehicles(), 4);
        QCOMPARE(layout.lines()[0].kind, BoardLayout::Line::Kind::Category);
        QCOMPARE(layout.lines()[1].kind, BoardLayout::Line::Kind::Agency);
        QCOMPARE(layout.lines()[1].text, QStringLiteral("Agency u1"));
        QCOMPARE(layout.vehicleIdAt(2), QStringLiteral("v1"));
        QCOMPARE(layout.vehicleIdAt(1), QString());
        QCOMPARE(layout.lineOf(QStringLiteral("v4")), 8);
        QCOMPARE(layout.lines()[2].top, 2 * BoardLayout::kGroupRow);
        QCOMPARE(layout.contentHeight(), 5 * BoardLayout::kGroupRow + 4 * BoardLayout::kVehicleRow);
    }

    void filterKeepsMatchingCarsAndTheirGroups()
    {
        BoardLayout layout;
        layout.setData(sample());
        QVERIFY(layout.setFilter(QStringLiteral("b004"), QString()));
        QCOMPARE(layout.shownVehicles(), 1);
        QCOMPARE(layout.lines().size(), 3);
        QCOMPARE(layout.lineOf(QStringLiteral("v1")), -1);
        QVERIFY(!layout.setFilter(QStringLiteral("b004"), QString())); // unchanged
        QVERIFY(layout.setFilter(QString(), QStringLiteral("sedan")));
        QCOMPARE(layout.shownVehicles(), 3);
        QVERIFY(layout.setFilter(QStringLiteral("agency u2"), QString())); // the agency's name matches too
        QCOMPARE(layout.shownVehicles(), 2);
    }

    void positionsFollowZoomAndScroll()
    {
        BoardLayout layout;
        layout.setData(sample());
        layout.setHourWidth(50);
        QCOMPARE(layout.contentWidth(), 24 * 50);
        const BoardLayout::View view { 800, 400, 100, 0 };
        QCOMPARE(layout.xOf(kDay0 + 4 * kHour, view), double(BoardLayout::kLabelWidth + 200 - 100));
        QCOMPARE(layout.timeAt(BoardLayout::kLabelWidth + 100, view), kDay0 + 4 * kHour);
        layout.setHourWidth(10000); // clamped
        QCOMPARE(layout.hourWidth(), BoardLayout::kMaxHourWidth);
        layout.setHourWidth(0);
        QCOMPARE(layout.hourWidth(), BoardLayout::kMinHourWidth);
    }

    void hitTests()
    {
        BoardLayout layout;
        layout.setData(sample());
        layout.setHourWidth(40);
        const BoardLayout::View view { 1200, 600, 0, 0 };
        const int v1Y = BoardLayout::kHeaderHeight + layout.lines()[2].top + 5;
        QCOMPARE(layout.lineAt(v1Y, view), 2);
        QCOMPARE(layout.lineAt(10, view), -1); // the header
        QCOMPARE(layout.lineAt(590, view), -1); // below the last line
        const int nine = int(layout.xOf(kDay0 + 9 * kHour, view));
        QCOMPARE(layout.barAt(QPoint(nine, v1Y), view), 0);
        QCOMPARE(layout.barAt(QPoint(int(layout.xOf(kDay0 + 12 * kHour, view)), v1Y), view), -1);
        QCOMPARE(layout.barAt(QPoint(100, v1Y), view), -1); // the label column
        // Scrolled down by one group row, the same car is that much higher.
        const BoardLayout::View down { 1200, 600, 0, BoardLayout::kGroupRow };
        QCOMPARE(layout.lineAt(v1Y - BoardLayout::kGroupRow, down), 2);
        const QRect r = layout.barRect(QStringLiteral("t1"), view);
        QCOMPARE(r.left(), int(layout.xOf(kDay0 + 8 * kHour, view)));
        QCOMPARE(r.width(), 80);
        QCOMPARE(layout.rowRect(QStringLiteral("v1"), view).top(), v1Y - 5);
        QVERIFY(layout.barRect(QStringLiteral("nope"), view).isNull());
        QCOMPARE(layout.barOf(QStringLiteral("t3"))->vehicleId, QStringLiteral("v4"));
    }

    void shadesSayWhy()
    {
        BoardLayout layout;
        layout.setData(sample());
        QCOMPARE(layout.shadeAt(layout.lineOf(QStringLiteral("v2")), kDay0 + 13 * kHour),
            QStringLiteral("Maintenance: tyres"));
        QCOMPARE(layout.shadeAt(layout.lineOf(QStringLiteral("v2")), kDay0 + 19 * kHour), QString());
        QCOMPARE(
            layout.shadeAt(layout.lineOf(QStringLiteral("v3")), kDay0), QStringLiteral("In maintenance"));
        QCOMPARE(layout.shadeAt(0, kDay0), QString()); // a group line
    }

    // A car booked into the shop: its stay is a block on the car's row, cut to the board's span, and the
    // tooltip says until when; a one-day repair is a shade but no shop block.
    void aStayInTheShopIsABlockOnTheRow()
    {
        DispatchBoardData d = sample();
        BoardShade stay;
        stay.vehicleId = QStringLiteral("v1");
        stay.startMs = kDay0 - 24 * kHour; // began the day before the board
        stay.endMs = kDay0 + 6 * kHour;
        stay.reason = QStringLiteral("通达 · 大修");
        stay.inShop = true;
        d.shades << stay;
        BoardLayout layout;
        layout.setData(d);
        layout.setHourWidth(40);
        const BoardLayout::View view { 1000, 400, 0, 0 };
        const QList<QRect> blocks = layout.shopBlocks(QStringLiteral("v1"), view);
        QCOMPARE(blocks.size(), 1);
        const QRect row = layout.rowRect(QStringLiteral("v1"), view);
        QCOMPARE(blocks[0], QRect(BoardLayout::kLabelWidth, row.top(), 6 * 40, row.height()));
        QVERIFY(layout.shopBlocks(QStringLiteral("v2"), view).isEmpty()); // a repair's day, not a stay
        QVERIFY(!layout.shadeRect(0, view).isNull());
        QVERIFY(layout.shadeAt(layout.lineOf(QStringLiteral("v1")), kDay0 + kHour)
                    .contains(QStringLiteral("大修")));
        QVERIFY(layout.shadeAt(layout.lineOf(QStringLiteral("v1")), kDay0 + kHour)
                    .contains(QStringLiteral("2026-01-01")));
        // Filtered out: no block.
        layout.setFilter(QStringLiteral("京B"), QString());
        QVERIFY(layout.shopBlocks(QStringLiteral("v1"), view).isEmpty());
    }

    void zoomKeepsTheAnchor()
    {
        BoardLayout layout;
        layout.setData(sample());
        layout.setHourWidth(40);
        const BoardLayout::View view { 1000, 400, 200, 0 };
        const int anchorX = 600;
        const qint64 before = layout.timeAt(anchorX, view);
        const std::optional<int> scroll = layout.zoomBy(2, anchorX, view);
        QVERIFY(scroll);
        QCOMPARE(layout.hourWidth(), 80.0);
        const BoardLayout::View after { 1000, 400, *scroll, 0 };
        QVERIFY(qAbs(layout.timeAt(anchorX, after) - before) < kHour / 80);
        layout.setHourWidth(BoardLayout::kMaxHourWidth);
        QVERIFY(!layout.zoomBy(2, anchorX, view)); // at the limit nothing changes
    }

    void fitSpanPutsItAcross()
    {
        BoardLayout layout;
        layout.setData(sample());
        const int width = BoardLayout::kLabelWidth + 2 + 8 * 60;
        const int scroll = layout.fitSpan(kDay0 + 8 * kHour, kDay0 + 16 * kHour, width);
        QCOMPARE(layout.hourWidth(), 60.0);
        QCOMPARE(scroll, 8 * 60);
    }

    void stepping()
    {
        BoardLayout layout;
        layout.setData(sample());
        QCOMPARE(layout.stepVehicleLine(-1, 1), 2); // the first car, past the groups
        QCOMPARE(layout.stepVehicleLine(2, 2), 5); // v1 → v2 → (u2) v3
        QCOMPARE(layout.stepVehicleLine(5, 1), 8); // over the bus groups
        QCOMPARE(layout.stepVehicleLine(8, 1), -1); // past the end
        QCOMPARE(layout.stepVehicleLine(int(layout.lines().size()), -1), 8);
        QCOMPARE(layout.stepBar(QStringLiteral("v1"), QString(), 1), 0);
        QCOMPARE(layout.stepBar(QStringLiteral("v1"), QString(), -1), 1);
        QCOMPARE(layout.stepBar(QStringLiteral("v1"), QStringLiteral("t1"), 1), 1);
        QCOMPARE(layout.stepBar(QStringLiteral("v1"), QStringLiteral("t2"), 1), 1); // stays on the last
        QCOMPARE(layout.stepBar(QStringLiteral("v2"), QString(), 1), -1);
        QCOMPARE(BoardLayout::pageRows(BoardLayout::kHeaderHeight + 10 * BoardLayout::kVehicleRow), 9);
        QCOMPARE(BoardLayout::pageRows(10), 1);
    }

    void movedBarSnapsToTheQuarterHour()
    {
        BoardLayout layout;
        layout.setData(sample());
        layout.setHourWidth(40); // 10 px a quarter
        QCOMPARE(layout.snappedShift(0), 0);
        QCOMPARE(layout.snappedShift(4), 0);
        QCOMPARE(layout.snappedShift(6), BoardLayout::kSnapMs);
        QCOMPARE(layout.snappedShift(-16), -2 * BoardLayout::kSnapMs);
        QCOMPARE(layout.snappedShift(40), 4 * BoardLayout::kSnapMs);
    }
};

QTEST_GUILESS_MAIN(TestBoardLayout)
#include "tst_boardlayout.moc"
