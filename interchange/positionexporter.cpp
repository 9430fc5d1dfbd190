#include "interchange/positionexporter.h"
#include "base/timeparse.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordvalidator.h"

#include <QSaveFile>
#include <QXmlStreamWriter>

namespace {

QByteArray csvRow(const QByteArray &plate, const PositionFix &f)
{
    return plate + ',' + TimeParse::toBeijingIso(f.timeMs).toLatin1() + ','
        + QByteArray::number(f.lat, 'f', 6) + ',' + QByteArray::number(f.lon, 'f', 6) + ','
        + (f.hasSpeed() ? QByteArray::number(f.speedKmh, 'f', 1) : QByteArray()) + ','
        + (f.hasHeading() ? QByteArray::number(f.headingDeg, 'f', 0) : QByteArray()) + "\r\n";
}

} // namespace

PositionExporter::PositionExporter(const RecordStore &store)
    : m_store(store)
{ }

bool PositionExporter::exportFile(const QString &path)
{
    m_error.clear();
    m_fixes = 0;
    QList<Record> vehicles;
    if (m_plate.isEmpty()) {
        vehicles = m_store.records(Kind::Vehicles, true);
    } else {
        const std::optional<Record> v
            = m_store.findByKey(Kind::Vehicles, RecordValidator::normalizedPlate(m_plate));
        if (!v) {
            m_error = tr("%1: vehicle %2 does not exist").arg(path, m_plate);
            return false;
        }
        vehicles << *v;
    }
    const bool gpx = path.endsWith(QStringLiteral(".gpx"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamWriter xml(&file);
    if (gpx) {
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(1);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("gpx"));
        xml.writeDefaultNamespace(QStringLiteral("http://www.topografix.com/GPX/1/1"));
        xml.writeNamespace(QStringLiteral("http://www.garmin.com/xmlschemas/TrackPointExtension/v2"),
            QStringLiteral("gpxtpx"));
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
        xml.writeAttribute(QStringLiteral("creator"), QStringLiteral("FleetDesk"));
    } else {
        file.write("plate,time,lat,lon,speed_kmh,heading\r\n");
    }
    const QString ext = QStringLiteral("http://www.garmin.com/xmlschemas/TrackPointExtension/v2");
    const PositionStore positions(m_store.database());
    for (const Record &vehicle : std::as_const(vehicles)) {
        const QString plate = vehicle.text(Field::Plate);
        const QByteArray plateBytes = plate.toUtf8();
        bool trackOpen = false;
        QString error;
        const bool ok = positions.forEachDay(
            vehicle.id, m_fromMs, m_toMs,
            [&](const std::vector<PositionFix> &day) {
                if (!gpx) {
                    QByteArray chunk;
                    chunk.reserve(qsizetype(day.size()) * 64);
                    for (const PositionFix &f : day)
                        chunk += csvRow(plateBytes, f);
                    m_fixes += qint64(day.size());
                    return file.write(chunk) == chunk.size();
                }
                if (!trackOpen) {
                    xml.writeStartElement(QStringLiteral("trk"));
                    xml.writeTextElement(QStringLiteral("name"), plate);
                    xml.writeStartElement(QStringLiteral("trkseg"));
                    trackOpen = true;
                }
                for (const PositionFix &f : day) {
                    xml.writeStartElement(QStringLiteral("trkpt"));
                    xml.writeAttribute(QStringLiteral("lat"), QString::number(f.lat, 'f', 6));
                    xml.writeAttribute(QStringLiteral("lon"), QString::number(f.lon, 'f', 6));
                    xml.writeTextElement(QStringLiteral("time"), TimeParse::toUtcIso(f.timeMs));
                    if (f.hasSpeed() || f.hasHeading()) {
                        xml.writeStartElement(QStringLiteral("extensions"));
                        xml.writeStartElement(ext, QStringLiteral("TrackPointExtension"));
                        if (f.hasSpeed()) // GPX speaks metres a second
                            xml.writeTextElement(
                                ext, QStringLiteral("speed"), QString::number(f.speedKmh / 3.6, 'f', 2));
                        if (f.hasHeading())
                            xml.writeTextElement(
                                ext, QStringLiteral("course"), QString::number(f.headingDeg, 'f', 0));
                        xml.writeEndElement();
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                m_fixes += qint64(day.size());
                return !xml.hasError();
            },
            &error);
        if (!ok) {
            file.cancelWriting();
            m_error = tr("%1: not written: %2").arg(path, error);
            return false;
        }
        if (trackOpen) {
            xml.writeEndElement(); // trkseg
            xml.writeEndElement(); // trk
        }
        if (xml.hasError() || file.error() != QFileDevice::NoError)
            break;
    }
    if (gpx) {
        xml.writeEndElement();
        xml.writeEndDocument();
    }
    if (xml.hasError() || file.error() != QFileDevice::NoError || !file.commit()) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
