#include "base/timeparse.h"
#include "interchange/csvbytes.h"
#include "interchange/csvreader.h"
#include "interchange/positionimporter.h"
#include "maps/geo/greatcircle.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QFile>
#include <QSqlError>
#include <algorithm>
#include <climits>
#include <memory>

// The CSV fast path of PositionImporter: read a block at a time as bytes, fixes held per car and merged
// into the store every so many, all inside the import's one write scope.

using CsvBytes::firstBadUtf8;
using CsvBytes::gb18030ToUtf8;
using CsvBytes::isBlank;
using CsvBytes::parseDouble;

namespace {

// DESIGN §6: two fixes of one instant this close are one report sent twice.
constexpr double kSamePlaceM = 1.0;
// A positions file is read a block at a time, whatever its size (DESIGN §9: a 6 GB file in <= 1 GB).
constexpr qint64 kBlockBytes = 8 << 20;
// A row is under 200 bytes; a "line" of a megabyte is not a positions file (or is /dev/zero).
constexpr qsizetype kMaxLineBytes = 1 << 20;

struct CsvTrack
{
    QString id; // the vehicle's
    std::vector<PositionFix> fixes; // read since the last flush
    std::vector<int> lines; // the line of each
    qint64 flushedFirst = LLONG_MAX; // the span of this import's fixes already merged into the store
    qint64 flushedLast = LLONG_MIN;
};

// A fix whose instant this import may already have stored in an earlier flush: settled at the end, when
// the file is read again to find the earlier line (rare: only files out of time order have them).
struct Suspect
{
    int track = 0;
    int line = 0;
    PositionFix fix;
    PositionFix stored;
    int firstLine = 0; // the earlier line with the same plate and instant; 0: none (stored before)
};

} // namespace

ImportOutcome PositionImporter::importCsv(const QString &path, QFile &file)
{
    ImportOutcome outcome;
    const qint64 totalKb = std::max<qint64>(file.size() >> 10, 1);
    enum class Text { Undecided, Utf8, Gb18030 } text = Text::Undecided;
    int plateCol = -1, timeCol = -1, latCol = -1, lonCol = -1, speedCol = -1, headingCol = -1, maxCol = -1;
    QHash<QByteArray, int> trackOf; // raw plate bytes -> index in tracks
    std::vector<CsvTrack> tracks;
    std::vector<Suspect> suspects;
    std::vector<std::pair<const char *, const char *>> cells;
    std::unique_ptr<RecordStore::WriteScope> scope;
    PositionStore positions(m_db);
    qint64 pending = 0, repeats = 0, changed = 0, rows = 0;
    bool stop = false; // a fatal error (the file is not one of positions) or too many errors

    auto addError = [&](int line, int column0, const QString &reason) {
        outcome.errors.append({ path, line, column0 + 1, reason });
        if (outcome.errors.size() >= m_maxErrors)
            stop = true;
    };

    // Splits one row into the cells up to maxCol; a row with quotes takes the exact RFC 4180 path, its cells
    // then point into `storage`. False when a quoted field is not closed.
    auto split = [&](const char *p, const char *eol, std::vector<QByteArray> &storage) {
        for (auto &cell : cells)
            cell = { nullptr, nullptr };
        if (std::find(p, eol, '"') != eol) {
            CsvReader row;
            if (!row.parse(QStringLiteral("h\n") + QString::fromUtf8(p, eol - p)) || row.rows().isEmpty())
                return false;
            const QStringList fields = row.rows().first().fields;
            storage.clear();
            for (const QString &f : fields)
                storage.push_back(f.toUtf8());
            for (int c = 0; c <= maxCol && c < int(storage.size()); ++c)
                cells[size_t(c)] = { storage[size_t(c)].constData(),
                    storage[size_t(c)].constData() + storage[size_t(c)].size() };
            return true;
        }
        int col = 0;
        const char *cellStart = p;
        for (const char *q = p; q <= eol && col <= maxCol; ++q) {
            if (q == eol || *q == ',') {
                cells[size_t(col++)] = { cellStart, q };
                cellStart = q + 1;
            }
        }
        return true;
    };

    // The track of a plate as written in the file; -1 (with the error added) for an unknown vehicle.
    auto trackOfPlate = [&](const QByteArray &plateBytes, int line, bool report) {
        auto it = trackOf.constFind(plateBytes);
        if (it != trackOf.constEnd())
            return *it;
        const QString plate = QString::fromUtf8(plateBytes);
        const QString id = plate.isEmpty() ? QString() : vehicleId(plate);
        if (id.isEmpty()) {
            if (report)
                addError(line, plateCol,
                    plate.isEmpty() ? tr("plate is required") : tr("vehicle %1 does not exist").arg(plate));
            return -1;
        }
        // Several spellings of one plate share one track.
        int index = -1;
        for (size_t t = 0; t < tracks.size(); ++t) {
            if (tracks[t].id == id)
                index = int(t);
        }
        if (index < 0) {
            index = int(tracks.size());
            tracks.push_back({});
            tracks.back().id = id;
        }
        trackOf.insert(QByteArray(plateBytes.constData(), plateBytes.size()), index);
        return index;
    };

    // Merges the fixes read since the last flush into the store. A fix repeated at the same instant (DESIGN
    // §6): at the same place (within 1 m), whatever its speed or heading, it is one report sent twice: the
    // first is kept and the repeats counted; at another place it contradicts the first: a bad row.
    auto flush = [&](bool final) {
        pending = 0;
        // A file in time order is still filling each car's last day: holding that day back until the next
        // merge writes each stored day once instead of twice (up to half the merge size, to stay bounded).
        std::vector<size_t> hold(tracks.size());
        qint64 held = 0;
        for (size_t t = 0; t < tracks.size(); ++t) {
            const std::vector<PositionFix> &fixes = tracks[t].fixes;
            hold[t] = fixes.size();
            if (final || fixes.empty())
                continue;
            const qint64 dayStart = TimeParse::beijingDayStartMs(fixes.back().timeMs);
            const auto from = std::partition_point(
                fixes.begin(), fixes.end(), [&](const PositionFix &f) { return f.timeMs < dayStart; });
            // Only a sorted tail is a day still filling (partition_point needs it sorted, too).
            if (std::is_sorted(from, fixes.end(),
                    [](const PositionFix &a, const PositionFix &b) { return a.timeMs < b.timeMs; })
                && std::all_of(
                    fixes.begin(), from, [&](const PositionFix &f) { return f.timeMs < dayStart; })) {
                hold[t] = size_t(from - fixes.begin());
                held += qint64(fixes.end() - from);
            }
        }
        if (held > m_flushEvery / 2) {
            for (size_t t = 0; t < tracks.size(); ++t)
                hold[t] = tracks[t].fixes.size();
            held = 0;
        }
        for (size_t t = 0; t < tracks.size() && !stop; ++t) {
            CsvTrack &track = tracks[t];
            std::vector<PositionFix> &fixes = track.fixes;
            std::vector<PositionFix> heldFixes(fixes.begin() + qsizetype(hold[t]), fixes.end());
            std::vector<int> heldLines(track.lines.begin() + qsizetype(hold[t]), track.lines.end());
            fixes.resize(hold[t]);
            track.lines.resize(hold[t]);
            pending += qint64(heldFixes.size());
            if (fixes.empty()) {
                track.fixes = std::move(heldFixes);
                track.lines = std::move(heldLines);
                continue;
            }
            std::vector<bool> drop(fixes.size(), false);
            // Files come in time order: strictly increasing times repeat nothing, no need to sort.
            if (std::adjacent_find(fixes.begin(), fixes.end(),
                    [](const PositionFix &a, const PositionFix &b) { return a.timeMs >= b.timeMs; })
                != fixes.end()) {
                std::vector<int> order(fixes.size());
                for (size_t k = 0; k < order.size(); ++k)
                    order[k] = int(k);
                // Stable: within one instant the fixes stay in file order, so a run's first is the file's.
                std::stable_sort(order.begin(), order.end(),
                    [&](int a, int b) { return fixes[size_t(a)].timeMs < fixes[size_t(b)].timeMs; });
                size_t first = 0;
                for (size_t k = 1; k < order.size() && !stop; ++k) {
                    const PositionFix &a = fixes[size_t(order[first])];
                    const PositionFix &b = fixes[size_t(order[k])];
                    if (b.timeMs != a.timeMs) {
                        first = k;
                        continue;
                    }
                    const double apartM = geo::distanceM({ a.lat, a.lon }, { b.lat, b.lon });
                    if (apartM <= kSamePlaceM) {
                        drop[size_t(order[k])] = true;
                        ++repeats;
                        continue;
                    }
                    addError(track.lines[size_t(order[k])], timeCol,
                        tr("this vehicle's fix at %1 is %2 m from its fix at the same instant on line %3")
                            .arg(TimeParse::toBeijingIso(b.timeMs))
                            .arg(apartM, 0, 'f', apartM < 10 ? 1 : 0)
                            .arg(track.lines[size_t(order[first])]));
                }
            }
            // Nothing is stored once the file is known to be bad; the rest is only checked.
            if (outcome.errors.isEmpty()) {
                // Fixes back inside the span already merged may repeat one merged before.
                qint64 lateFirst = LLONG_MAX, lateLast = LLONG_MIN;
                for (size_t k = 0; k < fixes.size(); ++k) {
                    if (!drop[k] && fixes[k].timeMs >= track.flushedFirst
                        && fixes[k].timeMs <= track.flushedLast) {
                        lateFirst = std::min(lateFirst, fixes[k].timeMs);
                        lateLast = std::max(lateLast, fixes[k].timeMs);
                    }
                }
                if (lateFirst <= lateLast) {
                    QString error;
                    const std::vector<PositionFix> stored
                        = positions.fixes(track.id, lateFirst, lateLast + 1, &error);
                    if (!error.isEmpty()) {
                        addError(0, -1, error);
                        stop = true;
                        return;
                    }
                    for (size_t k = 0; k < fixes.size(); ++k) {
                        if (drop[k] || fixes[k].timeMs < lateFirst || fixes[k].timeMs > lateLast)
                            continue;
                        const auto at = std::lower_bound(stored.begin(), stored.end(), fixes[k].timeMs,
                            [](const PositionFix &f, qint64 ms) { return f.timeMs < ms; });
                        if (at != stored.end() && at->timeMs == fixes[k].timeMs) {
                            suspects.push_back({ int(t), track.lines[k], fixes[k], *at, 0 });
                            drop[k] = true;
                        }
                    }
                }
                std::vector<PositionFix> kept;
                kept.reserve(fixes.size());
                for (size_t k = 0; k < fixes.size(); ++k) {
                    if (!drop[k])
                        kept.push_back(fixes[k]);
                }
                if (!kept.empty()) {
                    const auto [lo, hi] = std::minmax_element(kept.begin(), kept.end(),
                        [](const PositionFix &a, const PositionFix &b) { return a.timeMs < b.timeMs; });
                    track.flushedFirst = std::min(track.flushedFirst, lo->timeMs);
                    track.flushedLast = std::max(track.flushedLast, hi->timeMs);
                    if (!scope) {
                        // The write lock from the first merge to the commit; other writers wait meanwhile.
                        scope = std::make_unique<RecordStore::WriteScope>(m_store);
                        if (!scope->isOpen()) {
                            addError(0, -1, tr("could not be saved: %1").arg(scope->errorString()));
                            stop = true;
                            return;
                        }
                    }
                    const PositionStore::AddResult r = positions.add(track.id, std::move(kept));
                    if (!r.ok) {
                        addError(0, -1, r.error);
                        stop = true;
                        return;
                    }
                    changed += r.added + r.replaced;
                }
            }
            // What is held waits for the next merge; the rest of the memory goes back (which cars are busy
            // changes over a file).
            track.fixes = std::move(heldFixes);
            track.lines = std::move(heldLines);
        }
    };

    // Reads the file a block at a time and calls `row` with each line's bytes (UTF-8) and number; decides
    // the encoding on the first line that is not ASCII (UTF-8, else GB18030). False on a read error, a line
    // over kMaxLineBytes or bytes of neither encoding (the error added), or when `row` returns false.
    auto readLines = [&](const std::function<bool(const char *, const char *, int)> &row) {
        QByteArray buffer;
        QByteArray converted;
        int line = 0;
        bool first = true;
        for (;;) {
            const QByteArray block = file.read(kBlockBytes);
            if (block.isEmpty() && file.error() != QFileDevice::NoError) {
                addError(line + 1, -1, tr("cannot read the file: %1").arg(file.errorString()));
                return false;
            }
            const bool atEnd = block.isEmpty();
            if (atEnd && buffer.isEmpty())
                return true;
            buffer += block;
            const qsizetype cut = atEnd ? buffer.size() : buffer.lastIndexOf('\n') + 1;
            if (cut == 0) {
                if (buffer.size() > kMaxLineBytes) {
                    addError(line + 1, -1,
                        tr("the line is longer than %1 bytes: not a file of positions").arg(kMaxLineBytes));
                    return false;
                }
                continue;
            }
            const char *p = buffer.constData();
            const char *end = p + cut;
            if (first && end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
                p += 3;
                text = Text::Utf8;
            }
            first = false;
            // The encoding: '\n' is never part of a character in either, so a block of whole lines decodes
            // on its own.
            auto lineAt = [&](qsizetype offset) { return line + 1 + int(std::count(p, p + offset, '\n')); };
            if (text != Text::Gb18030) {
                bool ascii = true;
                const qsizetype bad = firstBadUtf8(p, end - p, &ascii);
                if (bad < 0) {
                    if (!ascii)
                        text = Text::Utf8;
                } else if (text == Text::Utf8) {
                    addError(lineAt(bad), -1,
                        tr("byte 0x%1 is not UTF-8, as the lines before are")
                            .arg(uchar(p[bad]), 2, 16, QLatin1Char('0')));
                    return false;
                } else if (gb18030ToUtf8(p, end - p, converted) < 0) {
                    text = Text::Gb18030;
                } else {
                    addError(lineAt(bad), -1,
                        tr("byte 0x%1 is neither UTF-8 nor GB18030")
                            .arg(uchar(p[bad]), 2, 16, QLatin1Char('0')));
                    return false;
                }
            } else {
                const qsizetype bad = gb18030ToUtf8(p, end - p, converted);
                if (bad >= 0) {
                    addError(lineAt(bad), -1,
                        tr("byte 0x%1 is not GB18030, as the lines before are")
                            .arg(uchar(p[bad]), 2, 16, QLatin1Char('0')));
                    return false;
                }
            }
            if (text == Text::Gb18030) {
                p = converted.constData();
                end = p + converted.size();
            }
            while (p < end) {
                const char *eol = std::find(p, end, '\n');
                ++line;
                if (eol - p > kMaxLineBytes) {
                    addError(line, -1,
                        tr("the line is longer than %1 bytes: not a file of positions").arg(kMaxLineBytes));
                    return false;
                }
                if (!row(p, eol, line))
                    return false;
                p = eol < end ? eol + 1 : end;
            }
            buffer.remove(0, cut);
            if (m_progress
                && !m_progress(int(std::min<qint64>(file.pos() >> 10, INT_MAX)),
                    int(std::min<qint64>(totalKb, INT_MAX)))) {
                outcome.cancelled = true;
                return false;
            }
            if (atEnd)
                return true;
        }
    };

    std::vector<QByteArray> quotedStorage;
    const bool read = readLines([&](const char *p, const char *eol, int line) {
        if (line == 1) {
            CsvReader header;
            header.parse(QString::fromUtf8(p, eol - p));
            const QStringList columns = header.header();
            plateCol = int(columns.indexOf(QStringLiteral("plate")));
            timeCol = int(columns.indexOf(QStringLiteral("time")));
            latCol = int(columns.indexOf(QStringLiteral("lat")));
            lonCol = int(columns.indexOf(QStringLiteral("lon")));
            speedCol = int(columns.indexOf(QStringLiteral("speed_kmh")));
            headingCol = int(columns.indexOf(QStringLiteral("heading")));
            for (const auto &[col, name] : { std::pair { plateCol, "plate" }, { timeCol, "time" },
                     { latCol, "lat" }, { lonCol, "lon" } }) {
                if (col < 0) {
                    addError(1, 0, tr("the header has no column %1").arg(QLatin1String(name)));
                    return false;
                }
            }
            maxCol = std::max({ plateCol, timeCol, latCol, lonCol, speedCol, headingCol });
            cells.resize(size_t(maxCol) + 1);
            return true;
        }
        if (isBlank(p, eol))
            return true;
        if (!split(p, eol, quotedStorage)) {
            addError(line, 0, tr("a quoted field is never closed"));
            return !stop;
        }
        const auto [plateBegin, plateEnd] = cells[size_t(plateCol)];
        const QByteArray plateBytes = QByteArray::fromRawData(plateBegin, plateEnd - plateBegin).trimmed();
        const int t = trackOfPlate(plateBytes, line, true);
        if (t < 0)
            return !stop;
        bool ok = true;
        PositionFix fix;
        const auto [timeBegin, timeEnd] = cells[size_t(timeCol)];
        const std::optional<qint64> time = timeBegin ? TimeParse::parseMs(timeBegin, timeEnd) : std::nullopt;
        if (!time) {
            ok = false;
            addError(line, timeCol,
                tr("%1 is not a time like 2026-10-08T09:30:00+08:00")
                    .arg(QString::fromUtf8(timeBegin, timeEnd - timeBegin)));
        } else if (!TimeParse::inSupportedRange(*time)) {
            // Year 0001 or 9999 is a placeholder or a receiver's rollover, never a trip (base/timeparse.h).
            ok = false;
            addError(line, timeCol,
                tr("%1 is outside the years 2000 to 2099")
                    .arg(QString::fromUtf8(timeBegin, timeEnd - timeBegin)));
        } else {
            fix.timeMs = *time;
        }
        for (const auto &[c, target, lo, hi] : { std::tuple { latCol, &fix.lat, -90.0, 90.0 },
                 std::tuple { lonCol, &fix.lon, -180.0, 180.0 } }) {
            const auto [b, e] = cells[size_t(c)];
            if (!b || !parseDouble(b, e, *target) || *target < lo || *target > hi) {
                ok = false;
                addError(line, c,
                    tr("%1 is not a coordinate from %2 to %3")
                        .arg(QString::fromUtf8(b, e - b))
                        .arg(lo)
                        .arg(hi));
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
                addError(
                    line, c, tr("%1 is not a number from 0 to %2").arg(QString::fromUtf8(b, e - b)).arg(hi));
            } else {
                *target = float(v);
            }
        }
        if (stop)
            return false;
        if (ok) {
            ++rows;
            // Once the file is known to be bad nothing more is kept: the rest is only checked.
            if (outcome.errors.isEmpty()) {
                tracks[size_t(t)].fixes.push_back(fix);
                tracks[size_t(t)].lines.push_back(line);
                if (++pending >= m_flushEvery)
                    flush(false);
            }
        }
        return !stop;
    });
    if (outcome.cancelled)
        return outcome;
    if (read && !stop)
        flush(true);

    // Fixes that met a stored fix of their instant inside the span this import had merged: read the file
    // again for an earlier line of the same car and instant. One found: a repeat (within 1 m) or a bad row
    // naming both lines. None: the stored fix is older than this import, and the file corrects it.
    if (outcome.errors.isEmpty() && !suspects.empty()) {
        QHash<QPair<int, qint64>, std::vector<size_t>> byKey;
        int lastLine = 0;
        for (size_t k = 0; k < suspects.size(); ++k) {
            byKey[{ suspects[k].track, suspects[k].fix.timeMs }].push_back(k);
            lastLine = std::max(lastLine, suspects[k].line);
        }
        file.seek(0);
        text = Text::Undecided;
        readLines([&](const char *p, const char *eol, int line) {
            if (line == 1 || isBlank(p, eol))
                return line < lastLine;
            if (!split(p, eol, quotedStorage))
                return line < lastLine;
            const auto [plateBegin, plateEnd] = cells[size_t(plateCol)];
            const int t = trackOfPlate(
                QByteArray::fromRawData(plateBegin, plateEnd - plateBegin).trimmed(), line, false);
            const auto [timeBegin, timeEnd] = cells[size_t(timeCol)];
            const std::optional<qint64> time
                = t >= 0 && timeBegin ? TimeParse::parseMs(timeBegin, timeEnd) : std::nullopt;
            if (time) {
                const auto it = byKey.constFind({ t, *time });
                if (it != byKey.constEnd()) {
                    for (const size_t k : *it) {
                        if (suspects[k].firstLine == 0 && line < suspects[k].line)
                            suspects[k].firstLine = line;
                    }
                }
            }
            return line < lastLine;
        });
        std::vector<std::vector<PositionFix>> corrections(tracks.size());
        for (const Suspect &s : suspects) {
            if (s.firstLine == 0) {
                corrections[size_t(s.track)].push_back(s.fix);
                continue;
            }
            const double apartM = geo::distanceM({ s.stored.lat, s.stored.lon }, { s.fix.lat, s.fix.lon });
            if (apartM <= kSamePlaceM) {
                ++repeats;
                continue;
            }
            addError(s.line, timeCol,
                tr("this vehicle's fix at %1 is %2 m from its fix at the same instant on line %3")
                    .arg(TimeParse::toBeijingIso(s.fix.timeMs))
                    .arg(apartM, 0, 'f', apartM < 10 ? 1 : 0)
                    .arg(s.firstLine));
        }
        for (size_t t = 0; t < tracks.size() && outcome.errors.isEmpty(); ++t) {
            if (corrections[t].empty())
                continue;
            const PositionStore::AddResult r = positions.add(tracks[t].id, std::move(corrections[t]));
            if (!r.ok)
                addError(0, -1, r.error);
            changed += r.added + r.replaced;
        }
    }
    std::stable_sort(outcome.errors.begin(), outcome.errors.end(),
        [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    if (outcome.errors.size() > m_maxErrors)
        outcome.errors.resize(m_maxErrors);
    if (!outcome.errors.isEmpty())
        return outcome; // the scope, if open, rolls back everything merged so far
    if (scope && !scope->commit()) {
        outcome.errors.append({ path, 0, 0, tr("could not be saved: %1").arg(scope->errorString()) });
        return outcome;
    }
    outcome.rows = int(std::min<qint64>(rows, INT_MAX));
    outcome.changed = int(std::min<qint64>(changed, INT_MAX));
    if (repeats > 0)
        outcome.notes << tr("%1 fixes repeat an earlier line's instant at the same place (within 1 m): one "
                            "report sent twice, counted once (the first kept)")
                             .arg(repeats);
    outcome.ok = true;
    return outcome;
}
