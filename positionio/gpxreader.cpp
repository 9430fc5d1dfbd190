#include "positionio/gpxreader.h"

#include <QDateTime>
#include <QIODevice>
#include <QXmlStreamReader>

#include <cmath>

namespace {

// GPX says times are UTC; a time written without a zone designator is still UTC, not local (unlike our CSV,
// where such a time is Beijing time).
bool parseGpxTime(const QString &text, qint64 *ms)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    *ms = t.toMSecsSinceEpoch();
    return true;
}

bool parseDouble(QStringView text, double *value)
{
    bool ok = false;
    *value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(*value);
}

} // namespace

bool GpxReader::read(QIODevice *device)
{
    QXmlStreamReader xml(device);
    return parse(xml);
}

bool GpxReader::read(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    return parse(xml);
}

bool GpxReader::fail(QXmlStreamReader &xml, const QString &message)
{
    m_error = message;
    m_errorLine = xml.lineNumber();
    m_errorColumn = xml.columnNumber();
    return false;
}

bool GpxReader::parse(QXmlStreamReader &xml)
{
    m_error.clear();
    m_errorLine = m_errorColumn = 0;
    if (!xml.readNextStartElement())
        return fail(xml, xml.hasError() ? xml.errorString() : QStringLiteral("empty document"));
    if (xml.name() != QLatin1String("gpx"))
        return fail(xml, QStringLiteral("not a GPX file: the root element is <%1>").arg(xml.name()));

    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        const bool wanted = name == QLatin1String("trkpt")
            || (m_options.routePoints && name == QLatin1String("rtept"))
            || (m_options.waypoints && name == QLatin1String("wpt"));
        if (wanted && !readPoint(xml))
            return false;
    }
    if (xml.hasError())
        return fail(xml, xml.errorString());
    return true;
}

bool GpxReader::readPoint(QXmlStreamReader &xml)
{
    PositionFix fix;
    const QXmlStreamAttributes attributes = xml.attributes();
    if (!parseDouble(attributes.value(QLatin1String("lat")), &fix.lat) || std::abs(fix.lat) > 90)
        return fail(xml, QStringLiteral("<%1> needs a lat attribute in [-90, 90]").arg(xml.name()));
    if (!parseDouble(attributes.value(QLatin1String("lon")), &fix.lon) || std::abs(fix.lon) > 180)
        return fail(xml, QStringLiteral("<%1> needs a lon attribute in [-180, 180]").arg(xml.name()));

    bool timed = false;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        double value = 0;
        // <time> is the point's own child; speed and course come either as GPX 1.0 children or inside
        // <extensions> (Garmin TrackPointExtension v2, OsmAnd), all in m/s and degrees true.
        if (depth == 1 && name == QLatin1String("time")) {
            const QString text = xml.readElementText();
            if (!parseGpxTime(text, &fix.timeMs))
                return fail(xml, QStringLiteral("<time> is not an ISO 8601 time"));
            if (fix.timeMs < FixLimits::kEarliestMs || fix.timeMs > FixLimits::kLatestMs)
                return fail(
                    xml, QStringLiteral("<time> %1 is outside the years 2000 to 2099").arg(text.trimmed()));
            timed = true;
        } else if (name == QLatin1String("speed")) {
            const QString text = xml.readElementText();
            if (!parseDouble(text, &value) || value < 0)
                return fail(xml, QStringLiteral("<speed> is not a speed in m/s"));
            // 1e308 m/s parses as a finite double but is stored as an infinite float: no car goes so fast.
            if (value * 3.6 > FixLimits::kMaxSpeedKmh)
                return fail(xml,
                    QStringLiteral("<speed> %1 m/s is over %2 km/h")
                        .arg(text.trimmed())
                        .arg(FixLimits::kMaxSpeedKmh));
            fix.speedKmh = float(value * 3.6);
        } else if (name == QLatin1String("course")) {
            if (!parseDouble(xml.readElementText(), &value) || value < 0 || value > 360)
                return fail(xml, QStringLiteral("<course> is not a course in degrees"));
            fix.headingDeg = float(value == 360 ? 0.0 : value);
        } else {
            ++depth;
        }
    }
    if (xml.hasError())
        return fail(xml, xml.errorString());
    if (timed)
        m_fixes.push_back(fix);
    else
        ++m_untimed;
    return true;
}
