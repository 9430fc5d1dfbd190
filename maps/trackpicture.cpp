#include "maps/trackpicture.h"
#include "maps/maprenderer.h"
#include "maps/tracklayer.h"

#include <memory>

QImage TrackPicture::render(std::vector<PositionFix> fixes, const std::optional<MarkerLayer::Marker> &marker,
    MarkerLayer::Kind markerKind, TileSource *source, const QSize &size)
{
    if (fixes.empty())
        return {};
    TrackLayer track;
    track.setTrack(std::make_shared<const std::vector<PositionFix>>(std::move(fixes)));
    MarkerLayer markers(markerKind);
    if (marker)
        markers.setMarkers({ *marker });
    MapRenderer renderer;
    renderer.setTileSource(source);
    renderer.addLayer(&track);
    renderer.addLayer(&markers);
    return renderer.render(size);
}
