#pragma once
// Many trips' lines at once (the car's file: where it went in a month or a year), each a plain polyline in
// one colour, thinned to the screen's pixels while painting. For one trip with speeds and playback use
// TrackLayer; this layer is for the overview, drawn complete in every frame.
#include "maps/geo/latlon.h"
#include "maps/maplayer.h"

#include <vector>

class RoutesLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit RoutesLayer(QObject *parent = nullptr);

    void setRoutes(std::vector<std::vector<geo::LatLon>> routes);
    const std::vector<std::vector<geo::LatLon>> &routes() const { return m_routes; }

    void paint(QPainter &painter, const MapViewport &view) override;
    geo::BoundingBox bounds() const override { return m_bounds; }

private:
    std::vector<std::vector<geo::LatLon>> m_routes;
    geo::BoundingBox m_bounds;
};
