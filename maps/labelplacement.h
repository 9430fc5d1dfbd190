// Where the map's marker labels go so that none covers another (the stations map, where stations a few
// hundred metres apart are drawn almost on one spot). Greedy and deterministic: each label in turn tries a
// few places around its marker -- right, left, above, below -- and takes the first that overlaps neither a
// label placed before it nor any marker; one that fits nowhere is not drawn (its tooltip and the list still
// name it). Labels named as preferred (the selected or hovered marker) are placed first and always get a
// place: if none is free they take the one to the right. Pure geometry in screen pixels, no fonts and no
// painter, so it is tested without a widget; the layer measures the text and draws what this returns.
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

class LabelPlacement
{
public:
    struct Item
    {
        QRectF marker; // the marker's symbol on screen; the label keeps clear of it
        QSizeF label; // the label's size (text with its halo)
    };

    // The gap between a marker and its label, in pixels.
    static constexpr qreal kGap = 4.0;

    // One rect per item, in the items' order; an empty (null) rect for a label left out. `preferred` are item
    // indexes placed first, in that order (out-of-range ones are ignored); the others follow in item order.
    static QList<QRectF> place(const QList<Item> &items, const QList<int> &preferred = {});

    // The places tried for one label, in order: right, left, above, below the marker.
    static QList<QRectF> candidates(const Item &item);
};
