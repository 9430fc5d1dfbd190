// Marker labels that do not cover one another (maps/labelplacement): pure geometry, no widget.
#include "maps/labelplacement.h"

#include <QTest>
#include <algorithm>

namespace {

LabelPlacement::Item station(QPointF at, QSizeF label = QSizeF(60, 16))
{
    return { QRectF(at - QPointF(6, 6), QSizeF(12, 12)), label };
}

// No two placed labels overlap, and no placed label covers a marker other than its own.
void verifyClear(const QList<LabelPlacement::Item> &items, const QList<QRectF> &rects)
{
    QCOMPARE(rects.size(), items.size());
    for (int i = 0; i < rects.size(); ++i) {
        if (rects[i].isNull())
            continue;
        for (int j = 0; j < rects.size(); ++j) {
            if (j == i)
                continue;
            QVERIFY2(rects[j].isNull() || !rects[i].intersects(rects[j]),
                qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
            QVERIFY2(!rects[i].intersects(items[j].marker),
                qPrintable(QStringLiteral("label %1 covers marker %2").arg(i).arg(j)));
        }
    }
}

} // namespace

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private slots:
    void aLoneStationIsLabelledToTheRight()
    {
        const QList<LabelPlacement::Item> items { station(QPointF(100, 100)) };
        const QList<QRectF> rects = LabelPlacement::place(items);
        QCOMPARE(rects.size(), 1);
        // Right of the 12 px marker with the gap, centred on it vertically.
        QCOMPARE(rects[0], QRectF(106 + LabelPlacement::kGap, 92, 60, 16));
    }

    void twoStationsOnOneSpotDoNotOverlap()
    {
        const QList<LabelPlacement::Item> items { station(QPointF(100, 100)), station(QPointF(100, 100)) };
        const QList<QRectF> rects = LabelPlacement::place(items);
        verifyClear(items, rects);
        QVERIFY(!rects[0].isNull()); // the first keeps its place on the right
        QCOMPARE(rects[0], LabelPlacement::candidates(items[0]).at(0));
        QVERIFY(!rects[1].isNull()); // and the second fits to the left
        QCOMPARE(rects[1], LabelPlacement::candidates(items[1]).at(1));
    }

    void stationsCloseTogetherAreLabelledOrLeftOut()
    {
        // Six stations within a few pixels: four sides around a spot, so at most four labels; the rest
        // unlabelled.
        QList<LabelPlacement::Item> items;
        for (int i = 0; i < 6; ++i)
            items << station(QPointF(200 + (i % 2), 200 + (i % 3)));
        const QList<QRectF> rects = LabelPlacement::place(items);
        verifyClear(items, rects);
        const auto placed
            = std::count_if(rects.begin(), rects.end(), [](const QRectF &r) { return !r.isNull(); });
        QVERIFY(placed >= 1);
        QVERIFY(placed < 6);
    }

    void aLabelKeepsOffTheNextMarker()
    {
        // B stands 30 px right of A: A's label on the right would cover B, so it goes left; B's goes right.
        const QList<LabelPlacement::Item> items { station(QPointF(100, 100)), station(QPointF(130, 100)) };
        const QList<QRectF> rects = LabelPlacement::place(items);
        verifyClear(items, rects);
        QCOMPARE(rects[0], LabelPlacement::candidates(items[0]).at(1));
        QCOMPARE(rects[1], LabelPlacement::candidates(items[1]).at(0));
    }

    void thePreferredStationIsAlwaysLabelled()
    {
        QList<LabelPlacement::Item> items;
        for (int i = 0; i < 8; ++i)
            items << station(QPointF(300, 300));
        const QList<QRectF> plain = LabelPlacement::place(items);
        QVERIFY(plain[7].isNull()); // the last of eight on one spot finds no side free
        const QList<QRectF> rects = LabelPlacement::place(items, { 7 });
        verifyClear(items, rects);
        QCOMPARE(rects[7], LabelPlacement::candidates(items[7]).at(0)); // placed first: the right side

        // Two preferred on one crowded spot: both labelled, still clear of each other.
        const QList<QRectF> both = LabelPlacement::place(items, { 6, 7, 99, -1 });
        verifyClear(items, both);
        QVERIFY(!both[6].isNull() && !both[7].isNull());
    }

    void placementIsDeterministic()
    {
        QList<LabelPlacement::Item> items;
        for (int i = 0; i < 40; ++i)
            items << station(QPointF(50 + (i * 37) % 300, 50 + (i * 53) % 200), QSizeF(30 + i % 5 * 12, 16));
        const QList<QRectF> first = LabelPlacement::place(items, { 12 });
        verifyClear(items, first);
        for (int run = 0; run < 3; ++run)
            QCOMPARE(LabelPlacement::place(items, { 12 }), first);
    }

    void anEmptyLabelTakesNoPlace()
    {
        const QList<LabelPlacement::Item> items { station(QPointF(100, 100), QSizeF()),
            station(QPointF(100, 100)) };
        const QList<QRectF> rects = LabelPlacement::place(items);
        QVERIFY(rects[0].isNull());
        QCOMPARE(rects[1], LabelPlacement::candidates(items[1]).at(0));
    }
};

QTEST_APPLESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
