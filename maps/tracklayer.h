// A vehicle's track coloured by speed. Drawing a million fixes every frame is far too slow, so the layer
// works per zoom level (as GPXSee rebuilds its path only on zoom change): fixes are projected once, the GPS
// jump filter of DESIGN §5 drops impossible fixes, points closer than a pixel to the last one kept are
// dropped, each single-colour run is simplified (geo::simplifyIndices, half a pixel), repeated segments are
// drawn once, and the result is binned into 256-pixel cells that are rendered to images on first sight and
// cached. A frame then only blits the cells on screen, which keeps panning and playback at 60 fps.
#pragma once

#include "maplayer.h"

#include "positionio/positionfix.h"

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <memory>
#include <vector>

class TrackLayer : public MapLayer
{
    Q_OBJECT

public:
    using Fixes = std::shared_ptr<const std::vector<PositionFix>>;
    static constexpr int kSpeedBands = 6;

    explicit TrackLayer(QObject *parent = nullptr);

    // Fixes sorted by time (PositionStore gives them so); shared with the playback, never copied.
    void setTrack(Fixes fixes);
    const Fixes &track() const { return m_fixes; }

    // Speed bands, slow to fast: the legend and the tests use the same table.
    static int speedBand(double kmh);
    static QColor bandColor(int band);
    static double bandLowerKmh(int band);

    void paint(QPainter &painter, const MapViewport &view) override;
    geo::BoundingBox bounds() const override { return m_bounds; }

    // What the current zoom's build holds (for the benchmark and tests).
    int segmentCount() const { return int(m_lines.size()); }
    int builtZoom() const { return m_zoom; }
    // Prepares the given zoom now (otherwise the first paint at a zoom does it).
    void prepare(int zoom, MapDatum datum);

private:
    struct LineKey
    {
        qint32 x0, y0, x1, y1;
        bool operator==(const LineKey &o) const
        {
            return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1;
        }
    };
    friend size_t qHash(const LineKey &k, size_t seed) { return qHashMulti(seed, k.x0, k.y0, k.x1, k.y1); }

    void projectFixes(MapDatum datum);
    void build(int zoom, MapDatum datum);
    void flushRun(std::vector<QPointF> &run, int band, QHash<LineKey, quint32> &seen);
    QImage renderCell(qint64 cx, qint64 cy, qreal dpr);

    Fixes m_fixes;
    geo::BoundingBox m_bounds;
    std::vector<quint32> m_kept; // indices of the fixes the jump filter keeps
    std::vector<quint8> m_band; // speed band per kept fix
    std::vector<QPointF> m_unit; // per kept fix, zoom-0 world pixels in m_unitDatum
    MapDatum m_unitDatum = MapDatum::Wgs84;
    bool m_unitValid = false;

    int m_zoom = -1;
    MapDatum m_zoomDatum = MapDatum::Wgs84;
    std::vector<QLineF> m_lines; // world pixels at m_zoom
    std::vector<quint8> m_lineBand;
    QHash<quint64, std::vector<quint32>> m_cells; // 256-px cell -> lines that touch it
    std::vector<quint32> m_wide; // lines spanning too many cells to list (long gaps): tested per cell
    QCache<quint64, QImage> m_cellImages { 48 * 1024 }; // cost in KiB
    qreal m_cellDpr = 1.0;
};
