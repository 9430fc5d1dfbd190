// Geofences drawn as translucent polygons with their names, so an auditor sees where a car was allowed. A
// fence marked subdued (one that does not apply to the vehicle under review) is drawn grey, dotted and
// fainter.
#pragma once

#include "maps/maplayer.h"

#include <QColor>
#include <QString>
#include <vector>

class FenceLayer : public MapLayer
{
    Q_OBJECT

public:
    struct Fence
    {
        QString name;
        geo::MultiPolygon area; // WGS-84
        bool subdued = false;
    };

    explicit FenceLayer(QObject *parent = nullptr);

    void setFences(std::vector<Fence> fences);
    const std::vector<Fence> &fences() const { return m_fences; }

    void paint(QPainter &painter, const MapViewport &view) override;
    geo::BoundingBox bounds() const override;

private:
    std::vector<Fence> m_fences;
};
