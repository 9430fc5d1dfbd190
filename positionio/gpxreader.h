// Reads the points of a GPX 1.1 (or 1.0) file into position fixes, for importing tracks exported by
// navigation apps and other fleet systems; a file that is not well-formed GPX fails with its line and column.
#pragma once

#include "positionio/positionfix.h"

#include <QByteArray>
#include <QString>

#include <vector>

class QIODevice;
class QXmlStreamReader;

class GpxReader
{
public:
    struct Options
    {
        bool routePoints = false; // <rtept>: planned routes, usually without times
        bool waypoints = false; // <wpt>: places, not a track
    };

    GpxReader() = default;
    explicit GpxReader(const Options &options)
        : m_options(options)
    { }

    // False on malformed XML, a root that is not <gpx>, or a point with a bad value; see error*().
    bool read(QIODevice *device);
    bool read(const QByteArray &data);

    const std::vector<PositionFix> &fixes() const { return m_fixes; }
    std::vector<PositionFix> takeFixes() { return std::exchange(m_fixes, {}); }
    // Points without a <time> cannot be placed on a track; they are skipped and counted here.
    qint64 untimedPoints() const { return m_untimed; }

    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

private:
    bool parse(QXmlStreamReader &xml);
    bool readPoint(QXmlStreamReader &xml);
    bool fail(QXmlStreamReader &xml, const QString &message);

    Options m_options;
    std::vector<PositionFix> m_fixes;
    qint64 m_untimed = 0;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};
