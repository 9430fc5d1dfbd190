// The compact storage form of one vehicle-day of fixes (DESIGN §4): delta-coded, zig-zag varint columns,
// deflated when that pays. Lossless to the quanta below; format described in docs/POSITIONS.md.
#pragma once

#include "positionio/positionfix.h"

#include <QByteArray>
#include <QString>

#include <vector>

class FixCodec
{
public:
    static constexpr double kDegreeQuantum = 1e-6; // ≈ 0.11 m: well under any terminal's accuracy
    static constexpr double kSpeedQuantumKmh = 0.5;
    static constexpr double kHeadingQuantumDeg = 1.0;

    enum class Compression {
        Auto, // deflate the columns if that makes the blob smaller (it does for any realistic day)
        Never,
        Always,
    };

    // Fixes must be sorted by time (equal times allowed); anything else is rejected rather than sorted, since
    // an unsorted day means the caller mixed up its input and should hear about it. Also rejected: a lat/lon
    // out of range or not finite. Returns an empty array on rejection, with the reason in *error.
    static QByteArray encode(const std::vector<PositionFix> &fixes,
        Compression compression = Compression::Auto, QString *error = nullptr);

    // Number of fixes in a blob, from its header alone; -1 if the blob is not one of ours.
    static qsizetype count(const QByteArray &blob);

    // The fast path for scans: decodes into caller-owned storage for `capacity` fixes (at least count(blob)),
    // so a scan over millions of fixes reuses one buffer and allocates nothing per fix. Returns the number of
    // fixes decoded, or -1 on a corrupt or truncated blob (never reading outside it).
    static qsizetype decode(const QByteArray &blob, PositionFix *out, qsizetype capacity);

    // Convenience form; false on a corrupt blob.
    static bool decode(const QByteArray &blob, std::vector<PositionFix> *out);

    // Time and place of a fix: all the anomaly rules read of a track.
    struct Position
    {
        qint64 timeMs = 0;
        double lat = 0;
        double lon = 0;
    };
    // The rules' path (store/trackreader): the same blob read into time, lat and lon only. The speed and
    // heading columns are still walked and checked exactly as decode() checks them, so this accepts a blob
    // iff decode() does and yields the very same times and doubles; it only leaves out storing them. A
    // deflated blob is inflated into `scratch`, which a caller decoding many days reuses.
    static qsizetype decodePositions(
        const QByteArray &blob, Position *out, qsizetype capacity, QByteArray *scratch = nullptr);
};
