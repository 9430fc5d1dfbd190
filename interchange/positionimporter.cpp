#include "interchange/positionimporter.h"
#include "base/timeparse.h"
#include "interchange/csvreader.h"
#include "maps/geo/greatcircle.h"
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
#include <charconv>
#include <cstring>

namespace {

// DESIGN §6: two fixes of one instant this close are one report sent twice.
constexpr double kSamePlaceM = 1.0;

bool parseDouble(const char *begin, const char *end, double &out)
{
    while (begin < end && *begin == ' ')
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\r'))
        --end;
    if (begin < end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

// Well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), which is
// what QStringDecoder accepts; checked on the bytes so a 200 MB file is not first turned into UTF-16.
bool isUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const unsigned char *end = p + bytes.size();
    while (p < end) {
        // ASCII eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (end - p <= n || p[1] < lo || p[1] > hi)
            return false;
        for (int k = 2; k <= n; ++k) {
            if (p[k] < 0x80 || p[k] > 0xBF)
                return false;
        }
        p += n + 1;
    }
    return true;
}

bool isBlank(const char *begin, const char *end)
{
    for (; begin < end; ++begin) {
        if (*begin != ' ' && *begin != '\r')
            return false;
    }
    return true;
}

} // namespace

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
    // Without a byte order mark, text of ASCII characters in UTF-16 has every other byte zero.
    const qsizetype nul = head.indexOf('\0');
    if (nul >= 0)
        return nul % 2 ? Encoding::Utf16Le : Encoding::Utf16Be;
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
    QByteArray bytes = file.readAll();
    if (isBlankFile(bytes)) {
        outcome.errors.append({ path, 1, 1, tr("the file is empty") });
        return outcome;
    }
    const Encoding encoding = sniffEncoding(bytes.left(256));
    Format format;
    if (encoding == Encoding::Bytes) {
        format = sniff(bytes.left(256));
    } else {
        // NMEA is ASCII and GPX is XML, which may be UTF-16; Windows tools write both so.
        const QString head
            = QStringDecoder(encoding == Encoding::Utf16Le ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE)(bytes.left(512));
        format = sniff(head.toUtf8());
        if (format == Format::Csv) {
            outcome.errors.append({ path, 1, 1,
                tr("the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8) and import it again") });
            return outcome;
        }
        if (format == Format::Nmea) {
            QStringDecoder decode(
                encoding == Encoding::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            bytes = QString(decode(bytes)).toUtf8();
        }
        // GPX: QXmlStreamReader reads UTF-16 itself (byte order mark or declaration).
    }
    if (format == Format::Csv)
        return importCsv(path, bytes);
    if (plate.isEmpty()) {
        outcome.errors.append({ path, 1, 1, tr("an NMEA or GPX track needs the vehicle's plate (--plate)") });
        return outcome;
    }
    return importTrack(path, plate, format, bytes);
}

ImportOutcome PositionImporter::importTrack(
    const QString &path, const QString &plate, Format format, const QByteArray &bytes)
{
    ImportOutcome outcome;
    const QString id = vehicleId(plate);
    if (id.isEmpty()) {
        outcome.errors.append({ path, 1, 1, tr("vehicle %1 does not exist").arg(plate) });
        return outcome;
    }
    std::vector<std::pair<QString, std::vector<PositionFix>>> tracks(1);
    tracks.front().first = id;
    if (format == Format::Nmea) {
        NmeaReader reader;
        reader.read(bytes);
        const NmeaReader::Stats &s = reader.stats();
        tracks.front().second = reader.takeFixes();
        outcome.notes << tr(
            "%1 sentences, %2 fixes; skipped: %3 bad checksum, %4 void, %5 malformed, %6 without a date")
                             .arg(s.sentences)
                             .arg(tracks.front().second.size())
                             .arg(s.badChecksum)
                             .arg(s.voidSentences)
                             .arg(s.malformed)
                             .arg(s.undatable);
        if (tracks.front().second.empty()) {
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
        GpxReader reader;
        if (!reader.read(bytes)) {
            outcome.errors.append(
                { path, int(reader.errorLine()), int(reader.errorColumn()), reader.errorString() });
            return outcome;
        }
        tracks.front().second = reader.takeFixes();
        if (tracks.front().second.empty()) {
            outcome.errors.append({ path, 1, 1,
                tr("no track point with a time in the file (%1 points without <time>)")
                    .arg(reader.untimedPoints()) });
            return outcome;
        }
    }
    outcome.rows = int(tracks.front().second.size());
    return store(path, tracks, outcome);
}

ImportOutcome PositionImporter::importCsv(const QString &path, const QByteArray &raw)
{
    ImportOutcome outcome;
    // The fast path reads UTF-8 bytes; a GB18030 file is converted once, up front.
    const QByteArray bytes = isUtf8(raw) ? raw : CsvReader::decode(raw).toUtf8();
    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    const char *headerEnd = std::find(p, end, '\n');
    CsvReader header;
    header.parse(QString::fromUtf8(p, headerEnd - p));
    const QStringList columns = header.header();
    const int plateCol = int(columns.indexOf(QStringLiteral("plate")));
    const int timeCol = int(columns.indexOf(QStringLiteral("time")));
    const int latCol = int(columns.indexOf(QStringLiteral("lat")));
    const int lonCol = int(columns.indexOf(QStringLiteral("lon")));
    const int speedCol = int(columns.indexOf(QStringLiteral("speed_kmh")));
    const int headingCol = int(columns.indexOf(QStringLiteral("heading")));
    for (const auto &[col, name] :
        { std::pair { plateCol, "plate" }, { timeCol, "time" }, { latCol, "lat" }, { lonCol, "lon" } }) {
        if (col < 0) {
            outcome.errors.append({ path, 1, 1, tr("the header has no column %1").arg(QLatin1String(name)) });
            return outcome;
        }
    }
    const int maxCol = std::max({ plateCol, timeCol, latCol, lonCol, speedCol, headingCol });
    p = headerEnd < end ? headerEnd + 1 : end;

    QHash<QByteArray, int> trackOf; // raw plate bytes -> index in tracks
    std::vector<std::pair<QString, std::vector<PositionFix>>> tracks;
    std::vector<std::vector<int>> lineOf; // per track, the line of each fix (for repeated instants)
    std::vector<std::pair<const char *, const char *>> cells(size_t(maxCol) + 1);
    int line = 1;
    const qint64 total = end - p;
    while (p < end) {
        ++line;
        const char *eol = std::find(p, end, '\n');
        if (m_progress && (line & 0xFFFF) == 0
            && !m_progress(int((p - bytes.constData()) >> 10), int(total >> 10))) {
            outcome.cancelled = true;
            return outcome;
        }
        if (isBlank(p, eol)) {
            p = eol + 1;
            continue;
        }
        auto error = [&](int column, const QString &reason) {
            outcome.errors.append({ path, line, column + 1, reason });
            return outcome.errors.size() < m_maxErrors;
        };
        QStringList quoted; // a row with quotes takes the slow, exact RFC 4180 path
        if (std::find(p, eol, '"') != eol) {
            CsvReader row;
            if (!row.parse(QStringLiteral("h\n") + QString::fromUtf8(p, eol - p)) || row.rows().isEmpty()) {
                if (!error(0, tr("a quoted field is never closed")))
                    return outcome;
                p = eol + 1;
                continue;
            }
            quoted = row.rows().first().fields;
        }
        int col = 0;
        const char *cellStart = p;
        std::vector<QByteArray> quotedBytes; // the cells point into these for the rest of the row
        if (!quoted.isEmpty()) {
            quotedBytes.reserve(size_t(quoted.size()));
            for (const QString &f : quoted)
                quotedBytes.push_back(f.toUtf8());
            for (int c = 0; c <= maxCol; ++c) {
                if (c < int(quotedBytes.size()))
                    cells[size_t(c)] = { quotedBytes[size_t(c)].constData(),
                        quotedBytes[size_t(c)].constData() + quotedBytes[size_t(c)].size() };
                else
                    cells[size_t(c)] = { nullptr, nullptr };
            }
        } else {
            for (auto &cell : cells)
                cell = { nullptr, nullptr };
            for (const char *q = p; q <= eol && col <= maxCol; ++q) {
                if (q == eol || *q == ',') {
                    cells[size_t(col++)] = { cellStart, q };
                    cellStart = q + 1;
                }
            }
        }
        p = eol + 1;
        bool ok = true;
        const auto [plateBegin, plateEnd] = cells[size_t(plateCol)];
        const QByteArray plateBytes = QByteArray::fromRawData(plateBegin, plateEnd - plateBegin).trimmed();
        auto it = trackOf.constFind(plateBytes);
        if (it == trackOf.constEnd()) {
            const QString plate = QString::fromUtf8(plateBytes);
            const QString id = plate.isEmpty() ? QString() : vehicleId(plate);
            if (id.isEmpty()) {
                if (!error(plateCol,
                        plate.isEmpty() ? tr("plate is required")
                                        : tr("vehicle %1 does not exist").arg(plate)))
                    return outcome;
                continue;
            }
            // Several spellings of one plate share one track.
            int index = -1;
            for (size_t t = 0; t < tracks.size(); ++t) {
                if (tracks[t].first == id)
                    index = int(t);
            }
            if (index < 0) {
                index = int(tracks.size());
                tracks.push_back({ id, {} });
                lineOf.emplace_back();
            }
            it = trackOf.insert(QByteArray(plateBytes.constData(), plateBytes.size()), index);
        }
        PositionFix fix;
        const auto [timeBegin, timeEnd] = cells[size_t(timeCol)];
        const std::optional<qint64> time = timeBegin ? TimeParse::parseMs(timeBegin, timeEnd) : std::nullopt;
        if (!time) {
            ok = false;
            if (!error(timeCol,
                    tr("%1 is not a time like 2026-10-08T09:30:00+08:00")
                        .arg(QString::fromUtf8(timeBegin, timeEnd - timeBegin))))
                return outcome;
        } else {
            fix.timeMs = *time;
        }
        for (const auto &[c, target, lo, hi] : { std::tuple { latCol, &fix.lat, -90.0, 90.0 },
                 std::tuple { lonCol, &fix.lon, -180.0, 180.0 } }) {
            const auto [b, e] = cells[size_t(c)];
            if (!b || !parseDouble(b, e, *target) || *target < lo || *target > hi) {
                ok = false;
                if (!error(c,
                        tr("%1 is not a coordinate from %2 to %3")
                            .arg(QString::fromUtf8(b, e - b))
                            .arg(lo)
                            .arg(hi)))
                    return outcome;
            }
        }
        for (const auto &[c, target, hi] : { std::tuple { speedCol, &fix.speedKmh, 1000.0 },
                 std::tuple { headingCol, &fix.headingDeg, 360.0 } }) {
            if (c < 0 || !cells[size_t(c)].first || isBlank(cells[size_t(c)].first, cells[size_t(c)].second))
                continue;
            double v = 0;
            const auto [b, e] = cells[size_t(c)];
            if (!parseDouble(b, e, v) || v < 0 || v > hi) {
                ok = false;
                if (!error(c, tr("%1 is not a number from 0 to %2").arg(QString::fromUtf8(b, e - b)).arg(hi)))
                    return outcome;
            } else {
                *target = float(v);
            }
        }
        if (ok) {
            tracks[size_t(*it)].second.push_back(fix);
            lineOf[size_t(*it)].push_back(line);
        }
    }
    // A key (plate, time) repeated within the file (DESIGN §6): at the same place (within 1 m), whatever its
    // speed or heading, it is one report sent twice (terminals resend when an acknowledgement is lost): the
    // first is kept and the repeats counted. At another place it contradicts the first: a bad row.
    qint64 repeats = 0;
    for (size_t t = 0; t < tracks.size() && outcome.errors.size() < m_maxErrors; ++t) {
        std::vector<PositionFix> &fixes = tracks[t].second;
        // Files come in time order: strictly increasing times repeat nothing, no need to sort.
        if (std::adjacent_find(fixes.begin(), fixes.end(),
                [](const PositionFix &a, const PositionFix &b) { return a.timeMs >= b.timeMs; })
            == fixes.end())
            continue;
        std::vector<int> order(fixes.size());
        for (size_t k = 0; k < order.size(); ++k)
            order[k] = int(k);
        // Stable: within one instant the fixes stay in file order, so the run's first is the file's first.
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return fixes[size_t(a)].timeMs < fixes[size_t(b)].timeMs; });
        std::vector<bool> repeat(fixes.size(), false);
        size_t first = 0;
        for (size_t k = 1; k < order.size(); ++k) {
            const PositionFix &a = fixes[size_t(order[first])];
            const PositionFix &b = fixes[size_t(order[k])];
            if (b.timeMs != a.timeMs) {
                first = k;
                continue;
            }
            const double apartM = geo::distanceM({ a.lat, a.lon }, { b.lat, b.lon });
            if (apartM <= kSamePlaceM) {
                repeat[size_t(order[k])] = true;
                ++repeats;
                continue;
            }
            outcome.errors.append({ path, lineOf[t][size_t(order[k])], timeCol + 1,
                tr("this vehicle's fix at %1 is %2 m from its fix at the same instant on line %3")
                    .arg(TimeParse::toBeijingIso(b.timeMs))
                    .arg(apartM, 0, 'f', apartM < 10 ? 1 : 0)
                    .arg(lineOf[t][size_t(order[first])]) });
            if (outcome.errors.size() >= m_maxErrors)
                break;
        }
        size_t kept = 0;
        for (size_t k = 0; k < fixes.size(); ++k) {
            if (!repeat[k])
                fixes[kept++] = fixes[k];
        }
        fixes.resize(kept);
    }
    std::sort(outcome.errors.begin(), outcome.errors.end(),
        [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    if (!outcome.errors.isEmpty())
        return outcome;
    for (const auto &track : tracks)
        outcome.rows += int(track.second.size());
    outcome.rows += int(repeats);
    if (repeats > 0)
        outcome.notes << tr("%1 fixes repeat an earlier line's instant at the same place (within 1 m): one "
                            "report sent twice, counted once (the first kept)")
                             .arg(repeats);
    return store(path, tracks, outcome);
}

ImportOutcome PositionImporter::store(const QString &path,
    std::vector<std::pair<QString, std::vector<PositionFix>>> &tracks, ImportOutcome outcome)
{
    PositionStore positions(m_db);
    // The store's write scope (BEGIN IMMEDIATE): the write lock is taken before the stored days are read, so
    // another program's write makes this wait (busy timeout) instead of failing at the first INSERT, and
    // nothing can change a day between reading and merging it.
    RecordStore::WriteScope scope(m_store);
    if (!scope.isOpen()) {
        outcome.errors.append({ path, 0, 0, tr("could not be saved: %1").arg(m_db.lastError().text()) });
        return outcome;
    }
    qint64 changed = 0;
    for (auto &[id, fixes] : tracks) {
        const PositionStore::AddResult r = positions.add(id, std::move(fixes));
        if (!r.ok) {
            outcome.errors.append({ path, 0, 0, r.error });
            return outcome; // the scope rolls back
        }
        changed += r.added + r.replaced;
    }
    if (!scope.commit()) {
        outcome.errors.append({ path, 0, 0, tr("could not be saved: %1").arg(m_db.lastError().text()) });
        return outcome;
    }
    outcome.ok = true;
    outcome.changed = int(changed);
    return outcome;
}
