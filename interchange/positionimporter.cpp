#include "interchange/positionimporter.h"
#include "base/timeparse.h"
#include "positionio/gpxreader.h"
#include "positionio/nmeareader.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"
#include "store/recordvalidator.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QStringDecoder>
#include <algorithm>
#include <memory>

PositionImporter::PositionImporter(RecordStore &store, const QSqlDatabase &db)
    : m_store(store)
    , m_db(db)
{ }

PositionImporter::Format PositionImporter::sniff(const QByteArray &head)
{
    for (const char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\xEF' || c == '\xBB' || c == '\xBF')
            continue;
        if (c == '$' || c == '#' || c == '!')
            return Format::Nmea;
        if (c == '<')
            return Format::Gpx;
        return Format::Csv;
    }
    return Format::Csv;
}

QString PositionImporter::vehicleId(const QString &plate)
{
    const QString normalized = RecordValidator::normalizedPlate(plate);
    auto it = m_vehicleIds.constFind(normalized);
    if (it == m_vehicleIds.constEnd()) {
        const std::optional<Record> v = m_store.findByKey(Kind::Vehicles, normalized);
        it = m_vehicleIds.insert(normalized, v && !v->deleted ? v->id : QString());
    }
    return *it;
}

PositionImporter::Encoding PositionImporter::sniffEncoding(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return Encoding::Utf16Le;
    if (head.startsWith("\xFE\xFF"))
        return Encoding::Utf16Be;
    // Without a byte order mark, an ASCII character in UTF-16 has one zero byte: the first two tell.
    if (head.size() >= 2 && (head[0] == '\0') != (head[1] == '\0'))
        return head[0] == '\0' ? Encoding::Utf16Be : Encoding::Utf16Le;
    return Encoding::Bytes;
}

bool PositionImporter::isBlankFile(const QByteArray &head)
{
    for (const char c : head) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\xEF' && c != '\xBB' && c != '\xBF'
            && c != '\xFF' && c != '\xFE' && c != '\0')
            return false;
    }
    return true;
}

ImportOutcome PositionImporter::importFile(const QString &path, const QString &plate)
{
    ImportOutcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.errors.append({ path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()) });
        return outcome;
    }
    // The format and the text encoding from the first bytes; the file itself is read as a stream.
    const QByteArray head = file.peek(64 * 1024);
    if (!head.isEmpty() && head.count('\0') == head.size()) {
        outcome.errors.append({ path, 1, 1, tr("the file holds only zero bytes: not a file of positions") });
        return outcome;
    }
    if (isBlankFile(head) && (head.size() < 64 * 1024 || file.size() == head.size())) {
        outcome.errors.append({ path, 1, 1, tr("the file is empty") });
        return outcome;
    }
    const Encoding encoding = sniffEncoding(head.left(256));
    Format format;
    if (encoding == Encoding::Bytes) {
        format = sniff(head.left(256));
    } else {
        // NMEA is ASCII and GPX is XML, which may be UTF-16; Windows tools write both so.
        QStringDecoder decode(
            encoding == Encoding::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        format = sniff(QString(decode(head.left(512))).toUtf8());
        if (format == Format::Csv) {
            outcome.errors.append({ path, 1, 1,
                tr("the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8) and import it again") });
            return outcome;
        }
    }
    if (format == Format::Csv)
        return importCsv(path, file);
    if (plate.isEmpty()) {
        outcome.errors.append({ path, 1, 1, tr("an NMEA or GPX track needs the vehicle's plate (--plate)") });
        return outcome;
    }
    return importTrack(path, plate, format, encoding, file);
}

ImportOutcome PositionImporter::importTrack(
    const QString &path, const QString &plate, Format format, Encoding encoding, QFile &file)
{
    ImportOutcome outcome;
    const QString id = vehicleId(plate);
    if (id.isEmpty()) {
        outcome.errors.append({ path, 1, 1, tr("vehicle %1 does not exist").arg(plate) });
        return outcome;
    }
    std::vector<PositionFix> fixes;
    if (format == Format::Nmea) {
        NmeaReader reader;
        if (encoding == Encoding::Bytes) {
            if (!reader.read(&file)) {
                outcome.errors.append(
                    { path, 0, 0, tr("cannot read the file: %1").arg(reader.errorString()) });
                return outcome;
            }
        } else {
            QStringDecoder decode(
                encoding == Encoding::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            reader.read(QString(decode(file.readAll())).toUtf8());
        }
        const NmeaReader::Stats &s = reader.stats();
        fixes = reader.takeFixes();
        outcome.notes << tr(
            "%1 sentences, %2 fixes; skipped: %3 bad checksum, %4 void, %5 malformed, %6 without a date")
                             .arg(s.sentences)
                             .arg(fixes.size())
                             .arg(s.badChecksum)
                             .arg(s.voidSentences)
                             .arg(s.malformed)
                             .arg(s.undatable);
        if (fixes.empty()) {
            outcome.errors.append({ path, 1, 1,
                tr("no position fix in the file: %1 lines, %2 sentences; %3 bad checksum, %4 void (no "
                   "satellite fix), %5 malformed, %6 without a date")
                    .arg(s.lines)
                    .arg(s.sentences)
                    .arg(s.badChecksum)
                    .arg(s.voidSentences)
                    .arg(s.malformed)
                    .arg(s.undatable) });
            return outcome;
        }
    } else {
        // QXmlStreamReader reads the device as a stream and decodes UTF-16 itself.
        GpxReader reader;
        if (!reader.read(&file)) {
            outcome.errors.append(
                { path, int(reader.errorLine()), int(reader.errorColumn()), reader.errorString() });
            return outcome;
        }
        fixes = reader.takeFixes();
        if (fixes.empty()) {
            outcome.errors.append({ path, 1, 1,
                tr("no track point with a time in the file (%1 points without <time>)")
                    .arg(reader.untimedPoints()) });
            return outcome;
        }
    }
    outcome.rows = int(fixes.size());
    PositionStore positions(m_db);
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen()) {
        outcome.errors.append({ path, 0, 0, tr("could not be saved: %1").arg(scope.errorString()) });
        return outcome;
    }
    const PositionStore::AddResult r = positions.add(id, std::move(fixes));
    if (!r.ok) {
        outcome.errors.append({ path, 0, 0, r.error });
        return outcome; // the scope rolls back
    }
    if (!scope.commit()) {
        outcome.errors.append({ path, 0, 0, tr("could not be saved: %1").arg(scope.errorString()) });
        return outcome;
    }
    outcome.ok = true;
    outcome.changed = int(r.added + r.replaced);
    return outcome;
}

// A positions CSV of any size: read a block at a time, the rows checked as they come, and every m_flushEvery
// fixes (two million) merged into the store, all inside one write scope (one transaction: a bad row anywhere
// and nothing is stored). Memory stays bounded by the block, the fixes held between merges and the few fixes
// out of time order that must be settled at the end.
