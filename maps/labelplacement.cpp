#include "maps/labelplacement.h"

#include <vector>

QList<QRectF> LabelPlacement::candidates(const Item &item)
{
    const QRectF &m = item.marker;
    const qreal w = item.label.width();
    const qreal h = item.label.height();
    const QPointF c = m.center();
    return {
        QRectF(m.right() + kGap, c.y() - h / 2, w, h), // right
        QRectF(m.left() - kGap - w, c.y() - h / 2, w, h), // left
        QRectF(c.x() - w / 2, m.top() - kGap - h, w, h), // above
        QRectF(c.x() - w / 2, m.bottom() + kGap, w, h), // below
    };
}

QList<QRectF> LabelPlacement::place(const QList<Item> &items, const QList<int> &preferred)
{
    const int n = int(items.size());
    QList<QRectF> placed(n);
    std::vector<bool> isPreferred(size_t(n), false);
    QList<int> order;
    order.reserve(n);
    for (int i : preferred) {
        if (i >= 0 && i < n && !isPreferred[size_t(i)]) {
            isPreferred[size_t(i)] = true;
            order << i;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (!isPreferred[size_t(i)])
            order << i;
    }
    QList<QRectF> taken; // labels placed so far
    for (int i : std::as_const(order)) {
        const Item &item = items.at(i);
        if (item.label.isEmpty())
            continue;
        const QList<QRectF> places = candidates(item);
        QRectF chosen;
        for (const QRectF &r : places) {
            bool free = true;
            for (const QRectF &t : std::as_const(taken))
                free = free && !r.intersects(t);
            for (int j = 0; free && j < n; ++j)
                free = j == i || !r.intersects(items.at(j).marker);
            if (free) {
                chosen = r;
                break;
            }
        }
        if (chosen.isNull() && isPreferred[size_t(i)])
            chosen = places.first();
        if (!chosen.isNull()) {
            placed[i] = chosen;
            taken << chosen;
        }
    }
    return placed;
}
