#include "positionio/fixcodec.h"

#include <cmath>
#include <libdeflate.h>
#include <limits>
#include <memory>
#include <type_traits>

namespace {

// Blob: [format byte][varint fix count][columns, raw or qCompress()ed].
// Columns, each a run of zig-zag varints, so that deflate sees alike numbers together:
//   first fix: time ms, lat, lon (quanta); then n-1 time delta-of-deltas (a steady 10 s cadence codes as 0);
//   n-1 lat deltas; n-1 lon deltas; n speed-code deltas; n heading-code deltas (mod 361).
// Codes: 0 = unknown (NaN), else value / quantum + 1.
constexpr char kFormatRaw = 1;
constexpr char kFormatDeflated = 2;
constexpr qint64 kTimeLimitMs = qint64(1) << 60; // keeps every delta-of-delta inside 64 bits
constexpr double kMaxSpeedKmh = 100000; // faster is not a vehicle's measurement: stored as unknown
constexpr qint64 kHeadingCodes = 361; // 0 = unknown, 1..360 = 0..359 degrees
constexpr qint64 kMaxDegreeStep = qint64(360 / FixCodec::kDegreeQuantum) + 1; // widest possible lon step

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

void putSigned(QByteArray &out, qint64 v)
{
    putVarint(out, zigzag(v));
}

// Bounds-checked reader over one buffer; a failed read latches `ok` off so loops can check once at the end.
struct VarintReader
{
    const uchar *p;
    const uchar *end;
    bool ok = true;

    quint64 next()
    {
        if (p != end && *p < 0x80) // most deltas fit one byte
            return *p++;
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p == end) {
                ok = false;
                return 0;
            }
            const uchar b = *p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        ok = false; // more than 10 bytes: not a varint we wrote
        return 0;
    }
    qint64 nextSigned() { return unzigzag(next()); }
};

qint64 quantiseDegrees(double deg)
{
    return std::llround(deg / FixCodec::kDegreeQuantum);
}

qint64 speedCode(float kmh)
{
    if (!(kmh >= 0 && kmh < kMaxSpeedKmh)) // also false for NaN
        return 0;
    return std::llround(kmh / FixCodec::kSpeedQuantumKmh) + 1;
}

qint64 headingCode(float deg)
{
    if (!std::isfinite(deg))
        return 0;
    double d = std::fmod(double(deg), 360.0);
    if (d < 0)
        d += 360;
    return std::llround(d / FixCodec::kHeadingQuantumDeg) % 360 + 1;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool validate(const std::vector<PositionFix> &fixes, QString *error)
{
    for (size_t i = 0; i < fixes.size(); ++i) {
        const PositionFix &f = fixes[i];
        if (!(std::abs(f.lat) <= 90) || !(std::abs(f.lon) <= 180))
            return fail(error, QStringLiteral("fix %1: lat/lon out of range").arg(i));
        if (f.timeMs <= -kTimeLimitMs || f.timeMs >= kTimeLimitMs)
            return fail(error, QStringLiteral("fix %1: time out of range").arg(i));
        if (i > 0 && f.timeMs < fixes[i - 1].timeMs)
            return fail(error, QStringLiteral("fix %1: not sorted by time").arg(i));
    }
    return true;
}

QByteArray encodeColumns(const std::vector<PositionFix> &fixes)
{
    QByteArray out;
    const size_t n = fixes.size();
    out.reserve(qsizetype(n * 8 + 16));
    if (n == 0)
        return out;
    putSigned(out, fixes[0].timeMs);
    putSigned(out, quantiseDegrees(fixes[0].lat));
    putSigned(out, quantiseDegrees(fixes[0].lon));

    qint64 previousDelta = 0;
    for (size_t i = 1; i < n; ++i) {
        const qint64 delta = fixes[i].timeMs - fixes[i - 1].timeMs;
        putSigned(out, delta - previousDelta);
        previousDelta = delta;
    }
    // Deltas of the quantised values, not quantised deltas: rounding errors must not accumulate.
    for (size_t i = 1; i < n; ++i)
        putSigned(out, quantiseDegrees(fixes[i].lat) - quantiseDegrees(fixes[i - 1].lat));
    for (size_t i = 1; i < n; ++i)
        putSigned(out, quantiseDegrees(fixes[i].lon) - quantiseDegrees(fixes[i - 1].lon));
    qint64 previous = 0;
    for (size_t i = 0; i < n; ++i) {
        const qint64 code = speedCode(fixes[i].speedKmh);
        putSigned(out, code - previous);
        previous = code;
    }
    previous = 0;
    for (size_t i = 0; i < n; ++i) {
        const qint64 code = headingCode(fixes[i].headingDeg);
        qint64 delta = code - previous;
        if (delta > kHeadingCodes / 2)
            delta -= kHeadingCodes;
        else if (delta < -(kHeadingCodes / 2))
            delta += kHeadingCodes;
        putSigned(out, delta);
        previous = code;
    }
    return out;
}

// Splits a blob into its count and its raw columns (without `decompress`, a deflated blob's body as it is);
// false if it is not one of ours.
bool openBlob(const QByteArray &blob, quint64 *count, QByteArray *columns, bool decompress)
{
    if (blob.isEmpty() || (blob[0] != kFormatRaw && blob[0] != kFormatDeflated))
        return false;
    VarintReader header { reinterpret_cast<const uchar *>(blob.constData()) + 1,
        reinterpret_cast<const uchar *>(blob.constData()) + blob.size() };
    *count = header.next();
    if (!header.ok)
        return false;
    const qsizetype offset = qsizetype(header.p - reinterpret_cast<const uchar *>(blob.constData()));
    const QByteArray body = QByteArray::fromRawData(blob.constData() + offset, blob.size() - offset);
    if (blob[0] == kFormatRaw) {
        // Every fix takes at least one byte in each of its columns: a larger count is a lie.
        if (*count > quint64(body.size()))
            return false;
        if (columns)
            *columns = body;
        return true;
    }
    if (body.size() < 4)
        return false;
    const quint64 rawSize = (quint64(uchar(body[0])) << 24) | (quint64(uchar(body[1])) << 16)
        | (quint64(uchar(body[2])) << 8) | quint64(uchar(body[3]));
    if (*count > rawSize)
        return false;
    if (decompress && columns) {
        *columns = qUncompress(body);
        if (columns->isEmpty() && *count > 0)
            return false;
    } else if (columns) {
        *columns = body; // still deflated, size header included
    }
    return true;
}

// openBlob(…, decompress = true) for a caller that decodes many blobs: the columns of a deflated blob are
// inflated into `scratch`, reused from blob to blob, instead of a new array each time. Accepts exactly what
// openBlob accepts and yields the same bytes: qUncompress is zlib's uncompress() into a buffer of the size
// the 4-byte header states (any shorter result is taken as it is; a longer one, or a header it would not
// trust, goes to qUncompress itself), and a corrupt stream is an empty result.
bool openBlobInto(
    const QByteArray &blob, quint64 *count, QByteArray *scratch, const uchar **begin, const uchar **end)
{
    QByteArray body;
    if (!openBlob(blob, count, &body, false))
        return false;
    if (blob[0] == kFormatRaw) {
        *begin = reinterpret_cast<const uchar *>(body.constData());
        *end = *begin + body.size();
        return true;
    }
    const uchar *in = reinterpret_cast<const uchar *>(body.constData());
    const qsizetype inSize = body.size();
    qsizetype length = -1;
    if (inSize > 4) {
        const quint64 expected
            = (quint64(in[0]) << 24) | (quint64(in[1]) << 16) | (quint64(in[2]) << 8) | quint64(in[3]);
        if (expected > 0 && expected < (quint64(1) << 30)) {
            if (scratch->size() < qsizetype(expected))
                scratch->resize(qsizetype(expected));
            // libdeflate rather than zlib's inflate: the same zlib stream, checksum included, at about twice
            // the speed, and inflating was a tenth of a check. One decompressor per thread (not shareable).
            struct Free
            {
                void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
            };
            thread_local const std::unique_ptr<libdeflate_decompressor, Free> inflater(
                libdeflate_alloc_decompressor());
            std::size_t got = 0;
            const libdeflate_result rc = inflater
                ? libdeflate_zlib_decompress(inflater.get(), in + 4, std::size_t(inSize - 4), scratch->data(),
                    std::size_t(expected), &got)
                : LIBDEFLATE_INSUFFICIENT_SPACE; // no memory for it: qUncompress below decides
            if (rc == LIBDEFLATE_SUCCESS)
                length = qsizetype(got);
            else if (rc != LIBDEFLATE_INSUFFICIENT_SPACE)
                length = 0; // qUncompress: an empty array
        }
    }
    if (length < 0) {
        *scratch = qUncompress(body);
        length = scratch->size();
    }
    if (length == 0 && *count > 0)
        return false;
    *begin = reinterpret_cast<const uchar *>(scratch->constData());
    *end = *begin + length;
    return true;
}

template<class Out>
constexpr bool kHasMotion = std::is_same_v<Out, PositionFix>;

// The columns after the header, into `out` (n fixes); -1 when they are not what encode() writes. For
// FixCodec::Position the speed and heading columns are walked and checked the same way, not stored.
template<class Out>
qsizetype decodeColumns(const uchar *begin, const uchar *end, qsizetype n, Out *out)
{
    if (n == 0)
        return begin == end ? 0 : -1;

    VarintReader in { begin, end };
    // Every step is bounded before it is added, so a corrupt blob fails instead of overflowing.
    qint64 time = in.nextSigned();
    qint64 lat = in.nextSigned();
    qint64 lon = in.nextSigned();
    if (time <= -kTimeLimitMs || time >= kTimeLimitMs)
        return -1;
    out[0].timeMs = time;
    qint64 delta = 0;
    for (qsizetype i = 1; i < n; ++i) {
        const qint64 step = in.nextSigned();
        if (step <= -2 * kTimeLimitMs || step >= 2 * kTimeLimitMs)
            return -1;
        delta += step;
        time += delta;
        out[i].timeMs = time;
        if (delta < 0 || time >= kTimeLimitMs) // sorted input never steps back
            return -1;
    }
    // Positions stay integers while summing, so decoding is exact; division rather than multiplication by
    // the quantum gives the nearest double to the decimal value (31247950 -> 31.24795).
    constexpr double perDegree = 1.0 / FixCodec::kDegreeQuantum;
    out[0].lat = double(lat) / perDegree;
    for (qsizetype i = 1; i < n; ++i) {
        const qint64 step = in.nextSigned();
        if (step < -kMaxDegreeStep || step > kMaxDegreeStep)
            return -1;
        lat += step;
        out[i].lat = double(lat) / perDegree;
    }
    out[0].lon = double(lon) / perDegree;
    for (qsizetype i = 1; i < n; ++i) {
        const qint64 step = in.nextSigned();
        if (step < -kMaxDegreeStep || step > kMaxDegreeStep)
            return -1;
        lon += step;
        out[i].lon = double(lon) / perDegree;
    }
    [[maybe_unused]] constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    qint64 code = 0;
    constexpr qint64 maxSpeedCode = qint64(kMaxSpeedKmh / FixCodec::kSpeedQuantumKmh) + 1;
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 step = in.nextSigned();
        if (step < -maxSpeedCode || step > maxSpeedCode)
            return -1;
        code += step;
        if (code < 0 || code > maxSpeedCode)
            return -1;
        if constexpr (kHasMotion<Out>)
            out[i].speedKmh = code == 0 ? nan : float(double(code - 1) * FixCodec::kSpeedQuantumKmh);
    }
    code = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 step = in.nextSigned();
        if (step < -(kHeadingCodes / 2) || step > kHeadingCodes / 2)
            return -1;
        code += step;
        if (code < 0)
            code += kHeadingCodes;
        else if (code >= kHeadingCodes)
            code -= kHeadingCodes;
        if (code < 0 || code >= kHeadingCodes)
            return -1;
        if constexpr (kHasMotion<Out>)
            out[i].headingDeg = code == 0 ? nan : float(double(code - 1) * FixCodec::kHeadingQuantumDeg);
    }
    if (!in.ok || in.p != in.end)
        return -1;
    for (qsizetype i = 0; i < n; ++i)
        if (!(std::abs(out[i].lat) <= 90) || !(std::abs(out[i].lon) <= 180))
            return -1;
    return n;
}

} // namespace

QByteArray FixCodec::encode(const std::vector<PositionFix> &fixes, Compression compression, QString *error)
{
    if (!validate(fixes, error))
        return {};
    const QByteArray columns = encodeColumns(fixes);
    QByteArray blob;
    blob.append(kFormatRaw);
    putVarint(blob, fixes.size());
    if (compression != Compression::Never && !columns.isEmpty()) {
        const QByteArray deflated = qCompress(columns, 9);
        if (compression == Compression::Always || deflated.size() < columns.size()) {
            blob[0] = kFormatDeflated;
            return blob + deflated;
        }
    }
    return blob + columns;
}

qsizetype FixCodec::count(const QByteArray &blob)
{
    quint64 n = 0;
    if (!openBlob(blob, &n, nullptr, false))
        return -1;
    return qsizetype(n);
}

qsizetype FixCodec::decode(const QByteArray &blob, PositionFix *out, qsizetype capacity)
{
    quint64 count = 0;
    QByteArray columns;
    if (!openBlob(blob, &count, &columns, true) || count > quint64(capacity))
        return -1;
    const uchar *begin = reinterpret_cast<const uchar *>(columns.constData());
    return decodeColumns(begin, begin + columns.size(), qsizetype(count), out);
}

qsizetype FixCodec::decodePositions(
    const QByteArray &blob, Position *out, qsizetype capacity, QByteArray *scratch)
{
    QByteArray own;
    quint64 count = 0;
    const uchar *begin = nullptr;
    const uchar *end = nullptr;
    if (!openBlobInto(blob, &count, scratch ? scratch : &own, &begin, &end) || count > quint64(capacity))
        return -1;
    return decodeColumns(begin, end, qsizetype(count), out);
}

bool FixCodec::decode(const QByteArray &blob, std::vector<PositionFix> *out)
{
    const qsizetype n = count(blob);
    if (n < 0)
        return false;
    out->resize(size_t(n));
    const qsizetype decoded = decode(blob, out->data(), n);
    if (decoded < 0) {
        out->clear();
        return false;
    }
    return true;
}
