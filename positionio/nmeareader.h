// Reads NMEA 0183 logs (RMC and GGA of GPS, BeiDou and multi-GNSS talkers) into position fixes in one pass,
// for bulk import of terminal logs; bad sentences are skipped and counted, never fatal.
#pragma once

#include "positionio/positionfix.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <vector>

class QIODevice;

class NmeaReader
{
public:
    // Every counter is a number of lines of the input; together they say what happened to each one.
    struct Stats
    {
        qint64 lines = 0; // non-blank lines that are not # comments
        qint64 sentences = 0; // lines framed as a sentence ($ or ! first)
        qint64 positionSentences = 0; // RMC/GGA of a known talker with a good (or no) checksum
        qint64 validRmc = 0; // RMC with status A/D that gave or joined a fix
        qint64 validGga = 0; // GGA with quality > 0 that gave or joined a fix
        qint64 beidouSentences = 0; // any sentence of the BD or GB talker (tells a BeiDou-capable terminal)
        qint64 fixes = 0; // fixes produced (distinct instants)
        qint64 merged = 0; // position sentences folded into a fix of the same instant (GGA + RMC, GP + GA...)
        qint64 badChecksum = 0;
        qint64 voidSentences = 0; // RMC status V or FAA mode N, GGA quality 0 or empty
        qint64 malformed = 0; // unparsable RMC/GGA fields, or a line that is not a sentence at all
        qint64 undatable = 0; // GGA before any valid RMC gave a date: cannot be placed in time
    };

    NmeaReader();

    // Reads the device to its end. Returns false only on an I/O error (see errorString()); bad data is
    // counted.
    bool read(QIODevice *device);
    void read(const QByteArray &data);
    // One line, without or with its line end; for feeding a live terminal stream.
    void addLine(QByteArrayView line);

    const std::vector<PositionFix> &fixes() const { return m_fixes; }
    // Hands over the fixes so far, e.g. a batch of a live stream. It also forgets their instants, so a repeat
    // of an instant already taken makes a new fix: de-duplicate across batches where they are stored.
    std::vector<PositionFix> takeFixes();
    const Stats &stats() const { return m_stats; }
    QString errorString() const { return m_error; }

private:
    enum class SentenceKind { Other, Rmc, Gga };
    struct Fields;

    void handleRmc(const Fields &f);
    void handleGga(const Fields &f);
    void addFix(const PositionFix &fix, bool fromRmc);

    std::vector<PositionFix> m_fixes;
    // Where each instant went, so that a second sentence of the same instant joins its fix, even out of
    // order.
    QHash<qint64, qsizetype> m_indexByTime;
    // RMC supplied this fix's speed/course/position, so a GGA or a later RMC must not overwrite them.
    std::vector<bool> m_fixFromRmc;
    Stats m_stats;
    QString m_error;
    bool m_haveDate = false;
    qint64 m_referenceMs = 0; // the last placed instant: gives a GGA its date
};
