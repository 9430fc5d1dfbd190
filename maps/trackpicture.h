#pragma once
// One picture of a car's track on the map with one marker (a destination with its circle, or the place a
// caller named): the map on printed documents. Blocking: the tiles are loaded before it returns, or the
// offline basemap stands in where the source cannot be reached.
#include "maps/markerlayer.h"
#include "positionio/positionfix.h"

#include <QImage>
#include <QSize>
#include <optional>
#include <vector>

class TileSource;

namespace TrackPicture {

// A null image when there are no fixes. `source` may be null (the offline basemap).
QImage render(std::vector<PositionFix> fixes, const std::optional<MarkerLayer::Marker> &marker,
    MarkerLayer::Kind markerKind, TileSource *source, const QSize &size = QSize(1200, 800));

} // namespace TrackPicture
